// @vitest-environment happy-dom
// GSTZen's two tasks on one site: the guide picks the flow the page belongs to, the user picks the
// task on the pages both share, and each step is recognised in both markup shapes.
import { beforeEach, describe, expect, it } from 'vitest';
import { GuideController } from '@/entrypoints/portal.content/guide-controller';
import { performAction } from '@/utils/engine/actions';
import { createPageQuery } from '@/utils/engine/page-query';
import { flowsForOrigin } from '@/utils/flows';
import {
  gstzenDeleteFlow,
  gstzenLoginFlow,
  gstzenPageEnvironment,
  gstzenPageGstin,
  nextGstzenTask,
} from '@/utils/flows/gstzen';
import {
  DASHBOARD,
  DELETE_CONFIRM,
  EINVOICING,
  GSTIN,
  GSTIN_HOME,
  LOGIN_DETAILS,
  LOGIN_FORM,
  SALES_REGISTER,
  load,
  type Shape,
} from './gstzen-pages';

const flows = flowsForOrigin('https://my.gstzen.in');
const trusted = { isTrusted: true };

function guide() {
  return new GuideController(flows, document, new AbortController().signal);
}
const now = () => guide().getState();

beforeEach(() => {
  sessionStorage.clear();
  load('');
});

describe('GSTZen: entering the e-Invoice login', () => {
  it('walks dashboard › GSTIN › E-Invoicing › Tally/SAP › Change › form', () => {
    load(DASHBOARD, '/');
    expect(now()).toMatchObject({ snapshot: { step: { id: 'gstzen.dashboard' }, found: true } });
    expect(now().snapshot.target?.textContent).toBe(GSTIN);

    load(GSTIN_HOME(), `/gstin/${GSTIN}/`);
    const home = now();
    expect(home.snapshot.step.id).toBe('gstzen.gstin');
    expect(home.flow.task?.id).toBe('gstzen-login');
    expect(home.snapshot.target?.textContent).toBe('E-Invoicing');
    expect(home.tasks?.map((t) => t.id)).toEqual(['gstzen-login', 'gstzen-delete']);

    load(EINVOICING, `/gstin/${GSTIN}/einvoicing/`);
    expect(now()).toMatchObject({ snapshot: { step: { id: 'gstzen.einvoicing' } }, tasks: null });

    load(LOGIN_DETAILS(), `/gstin/${GSTIN}/einvoicing/tally-sap/`);
    expect(now().snapshot).toMatchObject({
      step: { id: 'gstzen.login-details' },
      actionAvailable: true,
      status: 'GSTZen now has the sandbox login zensand01.',
    });

    load(LOGIN_FORM(), `/gstin/${GSTIN}/einvoicing/login/`);
    expect(now().snapshot).toMatchObject({ step: { id: 'gstzen.login-form' }, found: true });
    expect(now().snapshot.step.handOff).toBeDefined();

    load(LOGIN_DETAILS('ZENLIVE', 'API_zenlive01', 'Logged in to the E-Invoice portal as API_zenlive01.'));
    expect(now().snapshot).toMatchObject({
      step: { id: 'gstzen.logged-in' },
      status: 'Logged in to the E-Invoice portal as API_zenlive01.',
    });
  });

  it.each<Shape>(['plain', 'framework'])('recognises the form and its checks in the %s shape', (shape) => {
    load(LOGIN_FORM(shape, 'Production'), `/gstin/${GSTIN}/einvoicing/login/`);
    const typeIn = (label: RegExp, value: string) => {
      const field = Array.from(document.querySelectorAll('label'))
        .filter((l) => label.test(l.textContent ?? '') && l.parentElement?.getAttribute('style') === null)
        .map((l) => document.getElementById(l.htmlFor) as HTMLInputElement)[0]!;
      field.value = value;
    };
    typeIn(/Username/, 'zenlive01');
    typeIn(/Client ID/, 'ZENTRIAL');
    typeIn(/Secret/, 'ZENTRIAL');
    const checks = Object.fromEntries(now().snapshot.checks.map((c) => [c.id, c.result]));
    expect(checks['gstzen-username']).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/API_zenlive01/) as unknown,
    });
    expect(checks['gstzen-client']).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/ZENLIVE/) as unknown,
    });
    expect(gstzenPageEnvironment(createPageQuery(document))).toBe('production');
  });

  it('says what GSTZen answered when it refused the login', () => {
    load(LOGIN_FORM('plain', 'Sandbox (testing)', 'Invalid Client ID or Client Secret Key.'));
    expect(now().snapshot.status).toBe('GSTZen says: Invalid Client ID or Client Secret Key.');
  });
});

describe('GSTZen: deleting the sandbox test invoices', () => {
  it('follows the chosen task on the shared pages, remembered across pages', () => {
    load(GSTIN_HOME(), `/gstin/${GSTIN}/`);
    const controller = guide();
    controller.chooseTask('gstzen-delete', { isTrusted: false });
    expect(controller.getState().flow.task?.id).toBe('gstzen-login');
    controller.chooseTask('gstzen-delete', trusted);
    expect(controller.getState()).toMatchObject({ flow: { task: { id: 'gstzen-delete' } } });
    expect(controller.getState().snapshot.target?.textContent).toBe('Sales Register');
    // The next page of the visit keeps the choice.
    load(DASHBOARD, '/');
    expect(now().flow.task?.id).toBe('gstzen-delete');
  });

  it('shows the task the board says is next on shared pages, until the user picks one', () => {
    const done =
      (...ids: string[]) =>
      (id: string) =>
        ids.includes(id);
    expect(nextGstzenTask(done())).toBe('gstzen-login');
    expect(nextGstzenTask(done('sandbox-api-user', 'sandbox-gstzen-login'))).toBe('gstzen-delete');
    expect(nextGstzenTask(done('sandbox-gstzen-login', 'delete-test-invoices'))).toBe('gstzen-login');
    expect(nextGstzenTask(done('sandbox-gstzen-login', 'production-api-user'))).toBe('gstzen-login');

    load(GSTIN_HOME(), `/gstin/${GSTIN}/`);
    const controller = guide();
    controller.suggestTask('gstzen-delete');
    expect(controller.getState().flow.task?.id).toBe('gstzen-delete');
    controller.chooseTask('gstzen-login', trusted);
    controller.suggestTask('gstzen-delete');
    expect(controller.getState().flow.task?.id).toBe('gstzen-login');
  });

  it('points at select-all, then Delete selected, and says how many the register holds', () => {
    load(SALES_REGISTER(12), `/gstin/${GSTIN}/sales/`);
    const first = now();
    expect(first.flow.task?.id).toBe('gstzen-delete');
    expect(first.snapshot).toMatchObject({
      step: { id: 'gstzen.sales-register' },
      status: 'The page says the Sales Register holds 12 invoices (all pages).',
      actionAvailable: false,
    });
    expect(first.snapshot.target?.getAttribute('aria-label')).toBe('Select all invoices in page');
    document.querySelector<HTMLInputElement>('input[aria-label]')!.checked = true;
    expect(now().snapshot.target?.textContent).toBe('Delete selected Invoices in page');
  });

  it('says how many the page will delete, points at Approve then Delete Invoices, and presses neither', async () => {
    load(DELETE_CONFIRM(12), `/gstin/${GSTIN}/sales/delete/`);
    const state = now();
    expect(state.snapshot).toMatchObject({
      step: { id: 'gstzen.delete-confirm' },
      status: 'The page says it will delete 12 invoices.',
    });
    expect(state.snapshot.step.action).toBeUndefined();
    expect(state.snapshot.target).toBe(document.querySelector('input[name=approve]'));
    // Even an action that asked for it would be refused by the policy.
    let submitted = false;
    document.querySelector('form')!.addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });
    for (const flow of [gstzenDeleteFlow, gstzenLoginFlow]) {
      const result = await performAction(
        document,
        { kind: 'follow-link', label: () => 'x', targets: [{ kind: 'link', text: /go back/i }] },
        flow.policy,
      );
      expect(result.ok).toBe(false);
    }
    expect(submitted).toBe(false);
    expect(document.querySelector<HTMLInputElement>('input[name=approve]')!.checked).toBe(false);
  });

  it.each([
    'Delete Invoices',
    'Delete all Filtered Invoices',
    'Approve',
    'Login',
    'Log in',
    'Login to E-Invoice Portal',
    'No, Go Back',
    'Change',
  ])('never follows a link named “%s”, whichever task', async (words) => {
    load(`<a href="/gstin/${GSTIN}/somewhere/">${words}</a>`, `/gstin/${GSTIN}/`);
    let clicked = false;
    document.querySelector('a')!.addEventListener('click', (e) => {
      clicked = true;
      e.preventDefault();
    });
    for (const flow of [gstzenDeleteFlow, gstzenLoginFlow]) {
      const result = await performAction(
        document,
        { kind: 'follow-link', label: () => 'x', targets: [{ kind: 'link', text: words }] },
        flow.policy,
      );
      expect(result.ok).toBe(false);
    }
    expect(clicked).toBe(false);
  });

  it('does follow the links on the way, “Change E-Invoice Portal Login details” among them', () => {
    for (const words of [
      'E-Invoicing',
      'Tally/SAP Integration',
      'Sales Register',
      'Change E-Invoice Portal Login details',
    ]) {
      expect(gstzenLoginFlow.policy.neverPress.test(words)).toBe(false);
    }
  });

  it('sees the deletion GSTZen reports', () => {
    load(SALES_REGISTER(0, '12 Invoices deleted.'), `/gstin/${GSTIN}/sales/`);
    expect(now().snapshot).toMatchObject({
      step: { id: 'gstzen.deleted' },
      status: 'GSTZen says: 12 Invoices deleted.',
    });
    expect(gstzenDeleteFlow.observe?.(createPageQuery(document))).toContainEqual({
      kind: 'test-invoices-deleted',
      count: 12,
    });
  });
});

describe('which GSTIN a GSTZen page is about', () => {
  const gstinOf = (path: string) => gstzenPageGstin(createPageQuery(document), new URL(`https://my.gstzen.in${path}`));

  it('reads the address first, then the heading, else none', () => {
    load(LOGIN_FORM('framework'));
    expect(gstinOf(`/gstin/${GSTIN}/einvoicing/login/`)).toBe(GSTIN);
    expect(gstinOf('/einvoicing/login/')).toBeNull();
    load(LOGIN_FORM('plain'));
    expect(gstinOf('/einvoicing/login/')).toBe(GSTIN);
    load(DASHBOARD);
    expect(gstinOf('/')).toBeNull();
  });

  it('reports the login GSTZen shows and the trade name to the board', () => {
    load(GSTIN_HOME('plain') + LOGIN_DETAILS('ZENLIVE', 'API_zenlive01'));
    expect(gstzenLoginFlow.observe?.(createPageQuery(document))).toEqual([
      { kind: 'gstin-seen', tradeName: 'CloudZen Software Labs Pvt. Ltd.' },
      { kind: 'gstzen-login', env: 'production', username: 'API_zenlive01' },
    ]);
    load(LOGIN_DETAILS('Not set', 'Not set'));
    expect(gstzenLoginFlow.observe?.(createPageQuery(document))).toEqual([{ kind: 'gstin-seen' }]);
  });
});
