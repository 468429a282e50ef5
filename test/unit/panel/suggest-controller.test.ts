// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureController } from '@/entrypoints/portal.content/capture-controller';
import { SuggestController } from '@/entrypoints/portal.content/suggest-controller';
import type { CaptureSpec, Flow, Step } from '@/utils/engine/flow';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { checkApiPassword, checkApiUsername } from '@/utils/rules';
import type { Vault } from '@/utils/vault/vault';
import { backgroundInMemory, siteTab, type Send } from './background-in-memory';
import { trusted } from '../engine/events';
import { otpAccepted, portal } from '../engine/replica';

/** The suggestion against the real background handlers and a vault in memory, on the replica. */
const step = sandboxFlow.steps.find((s) => s.id === 'sandbox.erp-details')!;
const USER_CLICK = { isTrusted: true };

let vault: Vault;
let sent: unknown[];
let send: Send;
let pageVisit: AbortController;

beforeEach(() => {
  pageVisit?.abort();
  fakeBrowser.reset();
  ({ vault, send, sent } = backgroundInMemory(
    siteTab('https://einv-apisandbox.nic.in/einvapiclient/EncDesc/Registration.aspx'),
  ));
  pageVisit = new AbortController();
  // Create Account as the portal shows it after Validate (trade name filled) and the OTP.
  otpAccepted('29AAFCC9980M1ZR');
  portal.field('txtTradeName').value = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED';
  portal.field('rblRegThrough_1').checked = true;
  portal.listCompanies('ERP');
  portal.field('btnCreate').disabled = false;
});

const box = (id: 'txtUserName' | 'txtPassword' | 'txtConfirmPassword') => portal.field(id).value;
const controller = (sender = send) => new SuggestController(sandboxFlow, document, pageVisit.signal, sender);

describe('the suggest controller', () => {
  it('on the user click, types a compliant pair into the boxes and has it kept at once as "suggested"', async () => {
    const suggest = controller();
    await suggest.suggest(USER_CLICK, step);

    const username = box('txtUserName');
    const password = box('txtPassword');
    expect(username).toMatch(/^cloudzen\d{3}$/);
    expect(box('txtConfirmPassword')).toBe(password);
    expect(checkApiUsername(username, 'sandbox').status).toBe('ok');
    expect(checkApiPassword(password, { username }).status).toBe('ok');

    expect(await vault.list()).toEqual([
      expect.objectContaining({ status: 'suggested', env: 'sandbox', gstin: '29AAFCC9980M1ZR', username, password }),
    ]);
    const { notice, busy } = suggest.getState();
    expect(busy).toBe(false);
    expect(notice).toEqual({ kind: 'suggested', username, stepId: 'sandbox.erp-details' });
    expect(JSON.stringify(suggest.getState())).not.toContain(password);
  });

  it('ignores a click made by the page', async () => {
    await controller().suggest({ isTrusted: false }, step);
    expect([box('txtUserName'), box('txtPassword'), box('txtConfirmPassword')]).toEqual(['', '', '']);
    expect(sent).toEqual([]);
  });

  it('does nothing on a step without a suggestion', async () => {
    const other = sandboxFlow.steps.find((s) => s.id === 'sandbox.registration-through') as Step;
    const suggest = controller();
    await suggest.suggest(USER_CLICK, other);
    expect(box('txtUserName')).toBe('');
    expect(suggest.getState().notice).toBeNull();
  });

  it('then the press with those values leaves one set, now captured', async () => {
    await controller().suggest(USER_CLICK, step);
    const capture = new CaptureController(
      sandboxFlow as Flow & { capture: CaptureSpec },
      document,
      pageVisit.signal,
      send,
    );
    await capture.start();
    const create = portal.field('btnCreate');
    document.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true }), create));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sets = await vault.list();
    expect(sets).toEqual([expect.objectContaining({ status: 'captured', username: box('txtUserName') })]);
  });

  it('says the pair was not kept when the background refuses, without the password', async () => {
    const refusing = (() => Promise.reject(new Error('Refused capture.suggest: test'))) as typeof send;
    const suggest = controller(refusing);
    await suggest.suggest(USER_CLICK, step);
    expect(box('txtPassword')).not.toBe('');
    const { notice } = suggest.getState();
    expect(notice).toMatchObject({ kind: 'not-kept', username: box('txtUserName'), reason: /Refused/ });
    expect(JSON.stringify(notice)).not.toContain(box('txtPassword'));
  });

  it('types and keeps nothing when a box is missing, and says what to do', async () => {
    portal.field('txtConfirmPassword').remove();
    const suggest = controller();
    await suggest.suggest(USER_CLICK, step);
    expect(box('txtUserName')).toBe('');
    expect(sent).toEqual([]);
    expect(suggest.getState().notice).toMatchObject({ kind: 'manual', message: /typed nothing/ });
  });

  it('bases the name on a neutral stem when the page shows no trade name', async () => {
    portal.field('txtTradeName').value = '';
    await controller().suggest(USER_CLICK, step);
    expect(box('txtUserName')).toMatch(/^einv\d{3}$/);
  });
});
