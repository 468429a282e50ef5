// @vitest-environment happy-dom
// The panel's hand-off on GSTZen's form: what it offers, that only the user's click fills, what it
// fills where (never a hidden or off-screen box), the environment warning, and no submit.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HandOffController } from '@/entrypoints/portal.content/hand-off-controller';
import { evaluateFlow } from '@/utils/engine/evaluate';
import { isVisible } from '@/utils/engine/locator';
import { gstzenLoginFlow } from '@/utils/flows/gstzen';
import type { RequestOf, RequestType } from '@/utils/messages';
import { GSTIN, LOGIN_FORM, load, type Shape } from './gstzen-pages';

const PASSWORD = 'Live$ecret-22';
const offers = [
  { id: 's1', env: 'sandbox', gstin: GSTIN, username: 'zensand01', status: 'confirmed', capturedAt: 1 },
  { id: 'p1', env: 'production', gstin: GSTIN, username: 'API_zenlive01', status: 'confirmed', capturedAt: 2 },
] as const;
const fills = {
  s1: {
    env: 'sandbox',
    username: 'zensand01',
    password: 'Sandbox$ecret-1',
    clientId: 'ZENTRIAL',
    clientSecret: 'ZENTRIAL',
  },
  p1: {
    env: 'production',
    username: 'API_zenlive01',
    password: PASSWORD,
    clientId: 'ZENLIVE',
    clientSecret: 'ZENLIVE',
  },
} as const;

// happy-dom lays nothing out: "fillable" here is "visible" (display, [hidden], pushed off-screen).
const fillable = (el: Element): el is HTMLInputElement => el instanceof HTMLInputElement && isVisible(el);

let sent: RequestOf<RequestType>[];
/** What the page does while the background answers a fill (nothing, unless a test says). */
let whileAnswering: () => void = () => undefined;
const send = vi.fn(async (request: RequestOf<RequestType>) => {
  sent.push(request);
  if (request.type === 'handoff.offer') return { grant: `grant-${sent.length}`.padEnd(16, '0'), sets: [...offers] };
  if (request.type === 'handoff.fill') {
    whileAnswering();
    return fills[request.id as keyof typeof fills];
  }
  throw new Error('unexpected');
}) as unknown as ConstructorParameters<typeof HandOffController>[2];

function start(shape: Shape, environment: string | null) {
  load(LOGIN_FORM(shape, environment), `/gstin/${GSTIN}/einvoicing/login/`);
  const controller = new HandOffController(document, new AbortController().signal, send, fillable);
  controller.pageChanged(evaluateFlow(gstzenLoginFlow, document), gstzenLoginFlow);
  return controller;
}
const settle = () => new Promise((r) => setTimeout(r, 0));
const values = () => Array.from(document.querySelectorAll<HTMLInputElement>('input')).map((i) => [i.id, i.value]);
const box = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  sent = [];
  whileAnswering = () => undefined;
});

describe('the hand-off on GSTZen’s form', () => {
  it('offers the page’s GSTIN’s sets and fills nothing before the click', async () => {
    const controller = start('plain', 'Sandbox (testing)');
    await settle();
    expect(sent).toEqual([{ type: 'handoff.offer', site: 'gstzen', gstin: GSTIN }]);
    expect(controller.getState()).toMatchObject({ active: true, gstin: GSTIN, offers: offers });
    expect(values().every(([, v]) => v === '')).toBe(true);
    await controller.pick('s1', { isTrusted: false });
    expect(sent.some((r) => r.type === 'handoff.fill')).toBe(false);
    expect(values().every(([, v]) => v === '')).toBe(true);
  });

  it.each<Shape>(['plain', 'framework'])(
    'fills the four visible boxes of the %s form, and never submits',
    async (shape) => {
      const controller = start(shape, 'Production');
      await settle();
      let submitted = false;
      document.querySelector('form')!.addEventListener('submit', () => (submitted = true));
      await controller.pick('p1', { isTrusted: true });
      const ids =
        shape === 'plain'
          ? ['u', 'p', 'c', 's']
          : [
              'id_einv_form-0-api_username',
              'id_einv_form-0-api_password',
              'id_einv_form-0-client_id',
              'id_einv_form-0-client_secret',
            ];
      expect(ids.map((id) => box(id).value)).toEqual(['API_zenlive01', PASSWORD, 'ZENLIVE', 'ZENLIVE']);
      if (shape === 'framework') {
        expect(box('id_legacy_pw').value).toBe('');
        expect(box('id_trap').value).toBe('');
      }
      expect(submitted).toBe(false);
      expect(sent.find((r) => r.type === 'handoff.fill')).toMatchObject({
        site: 'gstzen',
        gstin: GSTIN,
        id: 'p1',
        grant: 'grant-1000000000',
      });
      const state = controller.getState();
      expect(state.result).toMatchObject({
        ok: true,
        message: expect.stringMatching(/API_zenlive01.*press Login yourself/) as unknown,
      });
      // The panel's state never holds the password.
      expect(JSON.stringify(state)).not.toContain(PASSWORD);
      await settle();
      expect(sent.filter((r) => r.type === 'handoff.offer')).toHaveLength(2);
    },
  );

  it('warns before putting sandbox credentials where production ones belong, and fills only on “Fill anyway”', async () => {
    const controller = start('plain', 'Production');
    await settle();
    await controller.pick('s1', { isTrusted: true });
    expect(controller.getState().pending).toMatchObject({
      id: 's1',
      warning: expect.stringMatching(/for production.*sandbox/) as unknown,
    });
    expect(box('u').value).toBe('');
    await controller.confirm({ isTrusted: false });
    expect(box('u').value).toBe('');
    await controller.confirm({ isTrusted: true });
    expect([box('u').value, box('c').value]).toEqual(['zensand01', 'ZENTRIAL']);
  });

  it('warns the other way round too, and Cancel fills nothing', async () => {
    const controller = start('plain', 'Sandbox (testing)');
    await settle();
    await controller.pick('p1', { isTrusted: true });
    expect(controller.getState().pending?.warning).toMatch(/for sandbox.*production/);
    controller.cancel({ isTrusted: true });
    expect(controller.getState().pending).toBeNull();
    expect(box('u').value).toBe('');
  });

  it('fills nothing and asks for nothing when a box is missing', async () => {
    const controller = start('plain', null);
    await settle();
    document.getElementById('p')!.style.display = 'none';
    await controller.pick('s1', { isTrusted: true });
    expect(sent.some((r) => r.type === 'handoff.fill')).toBe(false);
    expect(controller.getState().result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Password.*filled nothing/) as unknown,
    });
    expect(box('u').value).toBe('');
  });

  it.each([
    ['re-draws the form', () => load(LOGIN_FORM('plain', 'Sandbox (testing)'), `/gstin/${GSTIN}/einvoicing/login/`)],
    ['turns the password box into a text box', () => void (box('p').type = 'text')],
    ['hides a box', () => void (box('c').style.display = 'none')],
  ])('types nothing when the page %s while the background answers', async (_what, change) => {
    const controller = start('plain', 'Sandbox (testing)');
    await settle();
    whileAnswering = change;
    await controller.pick('s1', { isTrusted: true });
    expect(sent.some((r) => r.type === 'handoff.fill')).toBe(true);
    expect(values().every(([, v]) => v === '')).toBe(true);
    expect(controller.getState().result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed/) as unknown,
    });
  });

  it('offers nothing on a form whose GSTIN it cannot tell', async () => {
    load(LOGIN_FORM('framework', 'Sandbox (testing)'), '/einvoicing/login/');
    const controller = new HandOffController(document, new AbortController().signal, send, fillable);
    controller.pageChanged(evaluateFlow(gstzenLoginFlow, document), gstzenLoginFlow);
    await settle();
    expect(controller.getState()).toMatchObject({ active: true, gstin: null, offers: [] });
    expect(sent).toEqual([]);
  });
});
