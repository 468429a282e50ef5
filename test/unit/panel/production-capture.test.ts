// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLAIMED_ANSWER_WAIT_MS, CaptureController } from '@/entrypoints/portal.content/capture-controller';
import { DialogLog } from '@/utils/engine/dialogs';
import type { CaptureSpec, Flow } from '@/utils/engine/flow';
import { productionFlow } from '@/utils/flows/production';
import type { Vault } from '@/utils/vault/vault';
import { backgroundInMemory, siteTab, type Send } from './background-in-memory';
import { trusted } from '../engine/events';
import { BOX, REGISTRATION, load } from '../engine/production-pages';

/**
 * Production's answer is a native alert: what the main-world tap reports is only text the page
 * chose to show. It settles a capture only after a trusted Submit on this page (or for a press
 * an earlier page kept waiting), and only when it names exactly API_ + the typed name.
 */
const PASSWORD = 'Zen@Live2026';
const flow = productionFlow as Flow & { capture: CaptureSpec };

let vault: Vault;
let send: Send;
let pageVisit: AbortController;
let dialogs: DialogLog;

beforeEach(() => {
  pageVisit?.abort();
  fakeBrowser.reset();
  ({ vault, send } = backgroundInMemory(siteTab('https://einvoice1.gst.gov.in/APIUserAccount/VerifyRegOTP', 4)));
  pageVisit = new AbortController();
  dialogs = new DialogLog();
});

function filledRegistration(username = 'acme01') {
  load(REGISTRATION(BOX), '/APIUserAccount/VerifyRegOTP');
  (document.getElementById('erp') as HTMLSelectElement).selectedIndex = 2;
  for (const [id, value] of [
    ['un', username],
    ['pw', PASSWORD],
    ['pw2', PASSWORD],
  ] as const) {
    (document.getElementById(id) as HTMLInputElement).value = value;
  }
}

async function startVisit() {
  const controller = new CaptureController(flow, document, pageVisit.signal, send, dialogs);
  await controller.start();
  return controller;
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 10));
const pressSubmit = () =>
  document.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true }), document.getElementById('btnSave')!));
/** The tap reports an alert (the page showed it, or its script pretends to). */
function alertShown(controller: CaptureController, text: string) {
  dialogs.record({ kind: 'alert', text, at: Date.now() });
  controller.pageChanged();
}

describe('production capture and the alert', () => {
  it('confirms a trusted Submit with the API_ name the alert gives', async () => {
    filledRegistration();
    const controller = await startVisit();
    pressSubmit();
    await settled();
    expect((await vault.list())[0]).toMatchObject({
      env: 'production',
      gstin: '29AAFCC9980M1ZR',
      username: 'acme01',
      status: 'captured',
    });
    // Before the answer the panel already names the API_ name, and production's button.
    expect(controller.getState().notice).toEqual({ kind: 'captured', username: 'API_acme01', button: 'Submit' });
    alertShown(controller, 'Api user API_acme01 has been created successfully');
    await settled();
    expect((await vault.list())[0]).toMatchObject({ status: 'confirmed', finalUsername: 'API_acme01' });
    expect(controller.getState().notice).toEqual({ kind: 'confirmed', username: 'API_acme01' });
  });

  it('confirms nothing for an alert forged with nothing submitted', async () => {
    filledRegistration();
    const controller = await startVisit();
    alertShown(controller, 'Api user API_acme01 has been created successfully');
    // The page's script "presses" Submit too: untrusted, so nothing is kept.
    document.getElementById('btnSave')!.click();
    await settled();
    expect(await vault.list()).toEqual([]);
    expect(controller.getState().notice).toBeNull();
  });

  it('changes nothing for an alert naming another user, or shown before the press', async () => {
    filledRegistration();
    const controller = await startVisit();
    alertShown(controller, 'Api user API_acme01 has been created successfully');
    pressSubmit();
    await settled();
    alertShown(controller, 'Api user API_someone has been created successfully');
    await settled();
    expect((await vault.list())[0]).toMatchObject({ status: 'captured' });
  });

  it("keeps a taken name rejected with the portal's words", async () => {
    filledRegistration('gstzen1234');
    const controller = await startVisit();
    pressSubmit();
    await settled();
    alertShown(controller, 'This username is already registered. Please choose a different username.');
    await settled();
    const [set] = await vault.list();
    expect(set).toMatchObject({
      status: 'rejected',
      portalMessage: 'This username is already registered. Please choose a different username.',
    });
    expect(set?.alreadyCreated ?? false).toBe(false);
    expect(controller.getState().notice).toMatchObject({
      kind: 'rejected',
      username: 'API_gstzen1234',
      button: 'Submit',
    });
  });

  describe('for a press an earlier page kept waiting', () => {
    /** The press on the registration page; the next page's visit starts (no alert yet). */
    async function pressThenNextPage() {
      filledRegistration();
      await startVisit();
      pressSubmit();
      await settled();
      pageVisit.abort();
      pageVisit = new AbortController();
      load('<h2>API Users</h2>', '/APIUserAccount/CreateUserdata');
      dialogs = new DialogLog();
    }

    /**
     * The next page's visit: `blockedMs` of it pass while an alert blocks the page (its timers
     * run only afterwards), then its success alert is reported after the 10 s wait's timer ran.
     */
    async function alertAfterWait(blockedMs: number, text = 'Api user API_acme01 has been created successfully') {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      try {
        const controller = await startVisit();
        vi.spyOn(performance, 'now').mockReturnValue(performance.now() + blockedMs);
        await vi.advanceTimersByTimeAsync(CLAIMED_ANSWER_WAIT_MS + 10);
        alertShown(controller, text);
        await vi.advanceTimersByTimeAsync(10);
      } finally {
        vi.useRealTimers();
      }
      await settled();
      return (await vault.list())[0];
    }

    it('is settled by the alert the next page shows as it loads, before the assistant runs', async () => {
      await pressThenNextPage();
      dialogs.record({ kind: 'alert', text: 'Api user API_acme01 has been created successfully', at: Date.now() });
      await startVisit();
      await settled();
      expect((await vault.list())[0]).toMatchObject({ status: 'confirmed', finalUsername: 'API_acme01' });
    });

    it('reads an alert the user left open past the wait (the page ran no script meanwhile)', async () => {
      await pressThenNextPage();
      expect(await alertAfterWait(15_000)).toMatchObject({ status: 'confirmed', finalUsername: 'API_acme01' });
    });

    it('stops listening after the wait when the page was not blocked: a refusal then answers something else', async () => {
      await pressThenNextPage();
      expect(await alertAfterWait(0, 'Invalid OTP. Please try again.')).toMatchObject({ status: 'captured' });
    });

    it('still takes a success that names the user after the wait (a late answer, issue 8 item 8)', async () => {
      await pressThenNextPage();
      expect(await alertAfterWait(0)).toMatchObject({ status: 'confirmed', finalUsername: 'API_acme01' });
    });
  });
});
