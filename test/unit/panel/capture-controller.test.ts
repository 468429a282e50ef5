// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureController, MAX_CAPTURES_PER_VISIT } from '@/entrypoints/portal.content/capture-controller';
import type { CaptureSpec, Flow } from '@/utils/engine/flow';
import { sandboxFlow } from '@/utils/flows/sandbox';
import type { RequestOf, RequestType } from '@/utils/messages';
import type { Vault } from '@/utils/vault/vault';
import { backgroundInMemory, siteTab, type Send } from './background-in-memory';
import { trusted, trustedSubmit } from '../engine/events';
import { loadPage, otpAccepted, portal } from '../engine/replica';

/**
 * The capture lifecycle against the real background handlers and a vault in memory, on the
 * replica's pages: only the transport (runtime.sendMessage) is replaced.
 */
const PASSWORD = 'Zen@Trial26';
const flow = sandboxFlow as Flow & { capture: CaptureSpec };

let vault: Vault;
let sent: RequestOf<RequestType>[];
let send: Send;
let pageVisit: AbortController;

beforeEach(() => {
  pageVisit?.abort(); // The previous test's page visit ends with it.
  fakeBrowser.reset();
  ({ vault, send, sent } = backgroundInMemory(
    siteTab('https://einv-apisandbox.nic.in/einvapiclient/EncDesc/Registration.aspx'),
  ));
  pageVisit = new AbortController();
});

/** The Create Account form filled in, as the user leaves it before pressing Create. */
function filledCreateAccount(message = '') {
  otpAccepted();
  document.getElementById('ctl00_ContentPlaceHolder1_lblMsg')!.textContent = message;
  portal.field('rblRegThrough_1').checked = true;
  portal.listCompanies('ERP');
  portal.field('btnCreate').disabled = false;
  portal.type('txtUserName', 'gstzen01');
  portal.type('txtPassword', PASSWORD);
  portal.type('txtConfirmPassword', PASSWORD);
}

async function startVisit() {
  const controller = new CaptureController(flow, document, pageVisit.signal, send);
  await controller.start();
  return controller;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

/** The user presses Create on the filled form, and the form posts: that page visit ends. */
async function pressThenLeave() {
  filledCreateAccount();
  await startVisit();
  pressCreate();
  await settled();
  pageVisit.abort();
  pageVisit = new AbortController();
}
const create = () => portal.field('btnCreate');
const pressCreate = (how: 'click' | 'submit' = 'click') =>
  document.dispatchEvent(
    how === 'submit'
      ? trustedSubmit(create().form!, create())
      : trusted(new MouseEvent('click', { bubbles: true }), create()),
  );

/** The user types on the page, then the acknowledgement's name shows (a late answer). */
async function nameShowsAfterUserActed(visit: CaptureController, name: string) {
  document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a' }), document.body));
  document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = name;
  visit.pageChanged();
  await settled();
}

describe('the capture controller', () => {
  it('keeps what was typed at the press, then confirms it with the name the acknowledgement shows', async () => {
    filledCreateAccount();
    const controller = await startVisit();
    pressCreate();
    await settled();
    expect(controller.getState().notice).toEqual({ kind: 'captured', username: 'gstzen01', button: 'Create' });
    expect(await vault.list()).toEqual([
      expect.objectContaining({
        gstin: '29AAFCC9980M1ZR',
        username: 'gstzen01',
        password: PASSWORD,
        status: 'captured',
      }),
    ]);

    // The portal answers on this page (an SPA-style answer): the acknowledgement replaces the form.
    loadPage('acknowledgement');
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = 'gstzen01';
    controller.pageChanged();
    await settled();
    expect(controller.getState().notice).toEqual({ kind: 'confirmed', username: 'gstzen01' });
    expect((await vault.list())[0]).toMatchObject({ status: 'confirmed', finalUsername: 'gstzen01' });
  });

  it('counts a click and the submit that follows as one press', async () => {
    filledCreateAccount();
    await startVisit();
    pressCreate();
    pressCreate('submit'); // No Enter before it: the click alone is the press.
    await settled();
    expect(sent.filter((r) => r.type === 'capture.save')).toHaveLength(1);
    expect(await vault.list()).toHaveLength(1);
  });

  it("counts a submit only after the user's Enter in the form, not one the page requests", async () => {
    filledCreateAccount();
    await startVisit();
    // form.requestSubmit(create) by the page: the browser's submit event is trusted, yet no press.
    pressCreate('submit');
    await settled();
    expect(sent.map((r) => r.type)).not.toContain('capture.save');
    // The user presses Enter in the password box: the implicit submission is their press.
    const field = portal.field('txtPassword');
    field.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }), field));
    pressCreate('submit');
    await settled();
    expect(sent.filter((r) => r.type === 'capture.save')).toHaveLength(1);
    expect(await vault.list()).toHaveLength(1);
  });

  it("ignores the page script's own clicks and submits", async () => {
    filledCreateAccount();
    await startVisit();
    create().click();
    create().form!.dispatchEvent(new Event('submit', { bubbles: true }));
    await settled();
    expect(sent.map((r) => r.type)).not.toContain('capture.save');
    expect(await vault.list()).toEqual([]);
  });

  it(`keeps at most ${MAX_CAPTURES_PER_VISIT} presses per page visit, and says so`, async () => {
    filledCreateAccount();
    const controller = await startVisit();
    for (let i = 0; i < MAX_CAPTURES_PER_VISIT + 3; i++) {
      portal.type('txtUserName', `gstzen${String(i).padStart(2, '0')}`);
      pressCreate();
      await settled();
    }
    expect(sent.filter((r) => r.type === 'capture.save')).toHaveLength(MAX_CAPTURES_PER_VISIT);
    expect(controller.getState().notice).toMatchObject({
      kind: 'not-kept',
      reason: { maxPresses: MAX_CAPTURES_PER_VISIT },
    });
  });

  it('says so, without the password, when the copy cannot be kept', async () => {
    filledCreateAccount();
    send = async (request) => {
      if (request.type === 'capture.save') throw new Error('The extension did not answer.');
      return { pending: null } as never;
    };
    const controller = await startVisit();
    pressCreate();
    await settled();
    expect(controller.getState().notice).toEqual({ kind: 'not-kept', reason: 'The extension did not answer.' });
    expect(JSON.stringify(controller.getState())).not.toContain(PASSWORD);
  });

  it('marks a refusal of the "already created" kind, which may be untrue, and keeps the password', async () => {
    filledCreateAccount();
    await startVisit();
    pressCreate();
    await settled();
    // The postback answers with the same form and the portal's words.
    filledCreateAccount('You are already registered Pl.use already created username and password...');
    const next = await startVisit();
    await settled();
    expect(next.getState().notice).toMatchObject({ kind: 'rejected', alreadyCreated: true, username: 'gstzen01' });
    expect((await vault.list())[0]).toMatchObject({ status: 'rejected', alreadyCreated: true, password: PASSWORD });
  });

  it('does not take the refusal still on screen from an earlier press as the answer to a new one', async () => {
    filledCreateAccount('This username is already registered. Please choose a different username.');
    const controller = await startVisit();
    pressCreate();
    await settled();
    expect(controller.getState().notice).toEqual({ kind: 'captured', username: 'gstzen01', button: 'Create' });
    expect((await vault.list())[0]?.status).toBe('captured');
  });

  it('settles a capture left waiting by the previous page, on the page that answers', async () => {
    filledCreateAccount();
    await startVisit();
    pressCreate();
    await settled();
    pageVisit.abort(); // The form posts; this page visit ends.

    pageVisit = new AbortController();
    loadPage('acknowledgement');
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = 'gstzen01';
    const next = await startVisit();
    await settled();
    expect(next.getState().notice).toEqual({ kind: 'confirmed', username: 'gstzen01' });
    expect((await vault.list())[0]?.status).toBe('confirmed');
  });

  it('does nothing once its page visit has ended', async () => {
    filledCreateAccount();
    await startVisit();
    pageVisit.abort();
    pressCreate();
    await settled();
    expect(await vault.list()).toEqual([]);
  });
});

describe("an earlier press's capture on a later page", () => {
  it('is settled only by the first page loaded after the press', async () => {
    await pressThenLeave();
    // The answer page is one the flow does not recognise (a server error): nothing to settle.
    document.body.innerHTML = "<h1>Server Error in '/' Application.</h1>";
    await startVisit();
    await settled();
    pageVisit.abort();
    pageVisit = new AbortController();
    // The user starts again and mistypes the captcha: that message is not Create's answer.
    loadPage('registration', 'Invalid Captcha. Please try again.');
    const later = await startVisit();
    await settled();
    expect(later.getState().notice).toBeNull();
    expect((await vault.list())[0]?.status).toBe('captured');
  });

  it("is not settled by a login page's error", async () => {
    await pressThenLeave();
    loadPage('login', '');
    document.body.insertAdjacentHTML('beforeend', '<span class="msg">Invalid login details.</span>');
    await startVisit();
    await settled();
    expect((await vault.list())[0]?.status).toBe('captured');
  });

  it('stops listening once the user acts on the new page', async () => {
    await pressThenLeave();
    loadPage('registration');
    const next = await startVisit();
    await settled();
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a' }), document.body));
    // A message the page shows after the user typed answers what they did here, not the press.
    document.getElementById('ctl00_ContentPlaceHolder1_lblMsg')!.textContent =
      'Invalid GSTIN. Please enter a valid GSTIN.';
    next.pageChanged();
    await settled();
    expect((await vault.list())[0]?.status).toBe('captured');
  });
});

describe('a late answer (issue 8, item 8)', () => {
  async function pressThenMissTheAnswer() {
    await pressThenLeave();
    // The first page after the press is not the answer (a server error): it spends the claim.
    document.body.innerHTML = "<h1>Server Error in '/' Application.</h1>";
    await startVisit();
    await settled();
    pageVisit.abort();
    pageVisit = new AbortController();
    expect((await vault.list())[0]?.status).toBe('captured');
  }

  function acknowledgementNaming(name: string) {
    loadPage('acknowledgement');
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = name;
  }

  it('settles a capture no page claimed when an acknowledgement names its user', async () => {
    await pressThenMissTheAnswer();
    acknowledgementNaming('gstzen01');
    const later = await startVisit();
    await settled();
    expect((await vault.list())[0]).toMatchObject({ status: 'confirmed', finalUsername: 'gstzen01' });
    expect(later.getState().notice).toEqual({ kind: 'confirmed', username: 'gstzen01' });
  });

  it('also when the name shows after the user acted on the page', async () => {
    await pressThenMissTheAnswer();
    loadPage('acknowledgement');
    const later = await startVisit();
    await settled();
    await nameShowsAfterUserActed(later, 'GSTZEN01');
    expect((await vault.list())[0]?.status).toBe('confirmed');
  });

  it('leaves it waiting when the acknowledgement names someone else, or no one', async () => {
    await pressThenMissTheAnswer();
    acknowledgementNaming('someoneelse');
    await startVisit();
    await settled();
    pageVisit.abort();
    pageVisit = new AbortController();
    acknowledgementNaming('');
    await startVisit();
    await settled();
    expect((await vault.list())[0]?.status).toBe('captured');
    expect(sent.filter((r) => r.type === 'capture.settle-named')).toEqual([
      expect.objectContaining({ username: 'someoneelse' }),
    ]);
  });
});

describe('a late answer never stands in for a press on the page', () => {
  it('keeps "not kept" when this page\'s save was refused, and confirms no older set of that name', async () => {
    // An older press of that name, another password and GSTIN, never answered (another tab).
    const old = await vault.save(
      {
        env: 'sandbox',
        gstin: '36AAECB7633H1ZN',
        username: 'gstzen01',
        password: 'Old@Pass111',
        capturedAt: Date.now(),
      },
      99,
    );
    filledCreateAccount();
    const refusing: Send = async (request) => {
      if (request.type === 'capture.save') throw new Error('The assistant already keeps 100 sets');
      return send(request);
    };
    const controller = new CaptureController(flow, document, pageVisit.signal, refusing);
    await controller.start();
    pressCreate();
    await settled();
    loadPage('acknowledgement');
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = 'gstzen01';
    controller.pageChanged();
    await settled();
    expect(controller.getState().notice).toMatchObject({ kind: 'not-kept' });
    expect((await vault.get(old.id))?.status).toBe('captured');
  });

  it('settles a claimed capture by name once the page stopped listening for its answer', async () => {
    filledCreateAccount();
    await startVisit();
    pressCreate();
    await settled();
    pageVisit.abort();
    pageVisit = new AbortController();
    loadPage('acknowledgement');
    const next = await startVisit();
    await settled();
    await nameShowsAfterUserActed(next, 'gstzen01');
    expect((await vault.list())[0]?.status).toBe('confirmed');
    expect(next.getState().notice).toEqual({ kind: 'confirmed', username: 'gstzen01' });
  });
});

describe('a press answered on the same page', () => {
  it('takes the same refusal again as a new answer once the page cleared it', async () => {
    filledCreateAccount('This username is already registered. Please choose a different username.');
    const controller = await startVisit();
    const message = document.getElementById('ctl00_ContentPlaceHolder1_lblMsg')!;
    pressCreate();
    await settled();
    expect((await vault.list())[0]?.status).toBe('captured');
    // A single-page portal clears its message while it asks, then shows its answer: the same words.
    message.textContent = '';
    controller.pageChanged();
    message.textContent = 'This username is already registered. Please choose a different username.';
    controller.pageChanged();
    await settled();
    const [set] = await vault.list();
    expect(set?.status).toBe('rejected');
    expect(set?.alreadyCreated).toBeUndefined(); // a taken username is a real refusal
  });
});
