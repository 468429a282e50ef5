// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { performAction } from '@/utils/engine/actions';
import { readTypedCredentials } from '@/utils/engine/capture';
import type { DialogEntry } from '@/utils/engine/dialogs';
import { evaluateFlow } from '@/utils/engine/evaluate';
import { createPageQuery } from '@/utils/engine/page-query';
import { CLOUDZEN_COMPANY } from '@/utils/flows/sandbox';
import { createdUsername, prefixShown, productionFlow } from '@/utils/flows/production';
import { namesTypedUser } from '@/utils/rules/api-user';
import { ADD_ON_BOX, BOX, IN_BOX, LOGGED_IN_HEADER, MENU, REGISTRATION, load } from './production-pages';

const now = (dialogs: DialogEntry[] = []) => evaluateFlow(productionFlow, document, { dialogs });
const doStep = () => {
  const { action } = now().step;
  if (!action) throw new Error('this step has no action');
  return performAction(document, action, productionFlow.policy, { optionWaitMs: 50 });
};
const typeIn = (id: string, value: string) => {
  const el = document.getElementById(id) as HTMLInputElement;
  el.value = value;
};
const alertSaid = (text: string, at = Date.now()): DialogEntry => ({ kind: 'alert', text, at });

describe('the production flow, step by step', () => {
  beforeEach(() => load(''));

  it('is on Login on the home page, the login form and the login OTP page', () => {
    load('<button id="btnLogin" type="button">Login</button>');
    expect(now()).toMatchObject({ step: { id: 'prod.login' }, found: true });
    load(
      '<form><label for="u">Username</label><input id="u"><label for="p">Password</label><input type="password" id="p"><label for="c">Enter Captcha</label><input id="c"><button>Login</button></form>',
      '/Home/Login',
    );
    expect(now()).toMatchObject({ step: { id: 'prod.login' }, found: true });
    expect(now().target?.id).toBe('u');
    load('<label for="txtOtp">Enter OTP</label><input id="txtOtp"><button id="btnVerifyOTP">Verify OTP</button>');
    expect(now()).toMatchObject({ step: { id: 'prod.login' }, found: true });
    expect(now().step.action).toBeUndefined();
  });

  it('is on API Registration on the dashboard until its menu is open, then on Create API User', async () => {
    load(`${LOGGED_IN_HEADER}${MENU()}<h2>Dash Board</h2>`, '/Home/MainMenu');
    expect(now().step.id).toBe('prod.api-registration');
    // The menu opens as Bootstrap's collapse would, on the toggle's click.
    document.getElementById('apiRegToggle')!.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById('apiReg')!.style.display = '';
    });
    document.getElementById('credsToggle')!.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById('userCreds')!.style.display = '';
    });
    expect(await doStep()).toMatchObject({ ok: true });
    expect(now().step.id).toBe('prod.create-api-user');
    expect(now().target?.textContent).toBe('User Credentials');
    expect(await doStep()).toMatchObject({ ok: true });
    const snapshot = now();
    expect(snapshot.step.id).toBe('prod.create-api-user');
    // The user follows Create API User (it sends an OTP): the button has nothing left to do.
    expect(snapshot.actionAvailable).toBe(false);
    expect(snapshot.target?.textContent).toBe('Create API User');
  });

  it('points at the Exit of "Contacts of Technical Person" while it covers the dashboard', () => {
    load(
      `${LOGGED_IN_HEADER}${MENU()}<div role="dialog"><h3>Contacts of Technical Person</h3><button type="button" id="exit">Exit</button></div>`,
      '/Home/MainMenu',
    );
    expect(now()).toMatchObject({ step: { id: 'prod.api-registration' }, found: true });
    expect(now().target?.id).toBe('exit');
    document.querySelector<HTMLElement>('[role=dialog]')!.style.display = 'none';
    expect(now().target?.id).toBe('apiRegToggle');
  });

  it('is on API Registration on any logged-in page that shows no later step, by hand when no menu shows', () => {
    load(`${LOGGED_IN_HEADER}<h2>Contacts of Technical Person</h2>`, '/UserAccount/TechPersonContacts');
    expect(now()).toMatchObject({ step: { id: 'prod.api-registration' }, found: false });
  });

  it('never follows Create API User itself', async () => {
    load(`${LOGGED_IN_HEADER}${MENU({ api: true, creds: true })}`);
    let followed = false;
    document.querySelector('a[href$="CreateAPIUser"]')!.addEventListener('click', (e) => {
      followed = true;
      e.preventDefault();
    });
    const result = await performAction(
      document,
      { kind: 'follow-link', label: () => 'Follow it', targets: [{ kind: 'link', text: 'Create API User' }] },
      productionFlow.policy,
    );
    expect(result.ok).toBe(false);
    expect(followed).toBe(false);
  });

  it('is on the OTP once logged in, then Through ERP, then the ERP list, then the credentials', async () => {
    load(
      `${LOGGED_IN_HEADER}${MENU()}<label for="txtOtp">Enter OTP:</label><input id="txtOtp"><button id="btnVerifyOTP">Verify OTP</button>`,
      '/APIUserAccount/CreateAPIUser',
    );
    expect(now().step.id).toBe('prod.otp');

    load(REGISTRATION(BOX, 'none'), '/APIUserAccount/VerifyRegOTP');
    expect(now().step.id).toBe('prod.through-erp');
    expect(await doStep()).toMatchObject({ ok: true });
    expect((document.getElementById('rd3') as HTMLInputElement).checked).toBe(true);

    expect(now().step.id).toBe('prod.select-erp');
    expect(await doStep()).toMatchObject({ ok: true });
    const erp = document.getElementById('erp') as HTMLSelectElement;
    const gsp = document.getElementById('gsp') as HTMLSelectElement;
    expect(erp.selectedOptions[0]!.text).toBe(CLOUDZEN_COMPANY);
    // Never the GSP list, though it lists CloudZen too.
    expect(gsp.selectedIndex).toBe(0);

    expect(now().step.id).toBe('prod.credentials');
    expect(now().target?.id).toBe('un');
  });

  it('is not past Through ERP while Through GSP is chosen', () => {
    load(REGISTRATION(BOX, 'none'));
    (document.getElementById('rd2') as HTMLInputElement).checked = true;
    expect(now().step.id).toBe('prod.through-erp');
  });

  it('keeps a look-alike company from counting as CloudZen', () => {
    load(REGISTRATION(BOX));
    const erp = document.getElementById('erp') as HTMLSelectElement;
    erp.selectedIndex = 1; // "... PVT LTD (OLD)"
    const snapshot = now();
    expect(snapshot.step.id).toBe('prod.select-erp');
    expect(snapshot.checks.find((c) => c.id === 'company')?.result.status).toBe('error');
  });

  it('reads a success dialog as the created step', () => {
    load(`${LOGGED_IN_HEADER}<h2>API Users</h2>`, '/APIUserAccount/CreateUserdata');
    expect(now([alertSaid('Api user API_acme01 has been created successfully')]).step.id).toBe('prod.created');
  });
});

describe('production username checks follow how the page shows API_', () => {
  const usernameCheck = () => now().checks.find((c) => c.id === 'username')!.result;

  it('detects an add-on, a prefix in the box, or nothing', () => {
    load(REGISTRATION(ADD_ON_BOX));
    expect(prefixShown(createPageQuery(document))).toBe('add-on');
    load(REGISTRATION(IN_BOX));
    expect(prefixShown(createPageQuery(document))).toBe('in-box');
    load(REGISTRATION(BOX));
    expect(prefixShown(createPageQuery(document))).toBe('none');
  });

  it('shows the final name and the right severity for API_ typed', () => {
    load(REGISTRATION(ADD_ON_BOX));
    document.getElementById('erp')!.querySelectorAll('option')[2]!.selected = true;
    typeIn('un', 'API_acme01');
    expect(usernameCheck()).toMatchObject({ status: 'error' });
    expect(usernameCheck().message).toMatch(/API_API_acme01/);
    typeIn('un', 'acme01');
    expect(usernameCheck()).toMatchObject({ status: 'ok' });
    expect(usernameCheck().message).toMatch(/API_acme01/);

    load(REGISTRATION(IN_BOX));
    document.getElementById('erp')!.querySelectorAll('option')[2]!.selected = true;
    typeIn('un', 'acme01');
    expect(usernameCheck()).toMatchObject({ status: 'error' });
    typeIn('un', 'API_acme01');
    expect(usernameCheck()).toMatchObject({ status: 'ok' });

    load(REGISTRATION(BOX));
    document.getElementById('erp')!.querySelectorAll('option')[2]!.selected = true;
    typeIn('un', 'API_acme01');
    expect(usernameCheck()).toMatchObject({ status: 'warning' });
  });
});

describe('the production answer', () => {
  const answer = (typed: string, dialogs: DialogEntry[] = []) =>
    productionFlow.capture!.answer(createPageQuery(document, { dialogs }), typed);

  it('parses only the success wording, and the name in it', () => {
    expect(createdUsername('Api user API_acme01 has been created successfully')).toBe('API_acme01');
    expect(createdUsername('  Api user  API_acme01 has been created successfully. ')).toBe('API_acme01');
    expect(createdUsername('API user API_acme01 has been created successfully')).toBe('API_acme01');
    for (const other of [
      'Api user API_acme01 has been created',
      'Api user API_acme01 has not been created successfully',
      'Api user acme01 has been created successfully',
      'User API_acme01 has been created successfully',
      'Api user API_acme01 has been created successfully, but ...',
      'Error: Api user API_acme01 has been created successfully',
      'has been created successfully',
    ]) {
      expect(createdUsername(other), other).toBeNull();
    }
  });

  it('matches the typed name exactly, with API_ added or already in the box', () => {
    expect(namesTypedUser('API_acme01', 'acme01')).toBe(true);
    expect(namesTypedUser('API_acme01', 'API_acme01')).toBe(true);
    expect(namesTypedUser('API_API_acme01', 'API_acme01')).toBe(true);
    expect(namesTypedUser('API_acme02', 'acme01')).toBe(false);
    expect(namesTypedUser('API_ACME01', 'acme01')).toBe(false);
    expect(namesTypedUser('API_acme01', 'acme0')).toBe(false);
  });

  it('confirms from an alert, a dialog or a page, naming the typed user', () => {
    load('');
    expect(answer('acme01', [alertSaid('Api user API_acme01 has been created successfully')])).toEqual({
      status: 'confirmed',
      finalUsername: 'API_acme01',
    });
    load('<div role="dialog"><p>Api user API_acme01 has been created successfully</p><button>OK</button></div>');
    expect(answer('acme01')).toEqual({ status: 'confirmed', finalUsername: 'API_acme01' });
    load('<p>Api user <b>API_acme01</b> has been created successfully</p>');
    expect(answer('acme01')).toEqual({ status: 'confirmed', finalUsername: 'API_acme01' });
  });

  it('changes nothing for another user, or another wording', () => {
    load('');
    expect(answer('acme01', [alertSaid('Api user API_other1 has been created successfully')])).toBeNull();
    expect(answer('acme01', [alertSaid('Api user API_acme01 has been created')])).toBeNull();
    expect(answer('acme01', [alertSaid('Welcome to the e-Invoice System')])).toBeNull();
  });

  it("rejects with the portal's words when the name is taken, from an alert or beside the form", () => {
    load('');
    const taken = 'This username is already registered. Please choose a different username.';
    expect(answer('gstzen1234', [alertSaid(taken)])).toEqual({
      status: 'rejected',
      portalMessage: taken,
      alreadyCreated: false,
    });
    load(REGISTRATION(BOX) + `<div class="divError">${taken}</div>`);
    expect(answer('gstzen1234')).toMatchObject({ status: 'rejected', portalMessage: taken });
    // The same words on a page without the form answer nothing, nor the login page's own message
    // (a lost session brings the user there; it has a Username box too).
    load(`<div class="divError">${taken}</div>`);
    expect(answer('gstzen1234')).toBeNull();
    load(
      '<form><label for="u">Username</label><input id="u"><label for="c">Enter Captcha</label><input id="c"><div class="divError">Invalid Captcha. Please try again.</div></form>',
    );
    expect(answer('gstzen1234')).toBeNull();
  });

  it('takes the newest dialog: a refusal after a success is the answer', () => {
    load('');
    const dialogs = [
      alertSaid('Api user API_acme01 has been created successfully', 1),
      alertSaid('You are already registered.', 2),
    ];
    expect(answer('acme01', dialogs)).toMatchObject({ status: 'rejected', alreadyCreated: true });
  });

  it('ignores dialogs recorded before the press, whatever their clock says', () => {
    load('');
    const said = 'Api user API_acme01 has been created successfully';
    // Recorded 1st (n 0) at the very millisecond of the press (place 1 in the log): before it.
    const q = createPageQuery(document, { dialogs: [{ ...alertSaid(said, 200), n: 0 }], dialogsFrom: 1 });
    expect(productionFlow.capture!.answer(q, 'acme01')).toBeNull();
    const after = createPageQuery(document, { dialogs: [{ ...alertSaid(said, 100), n: 1 }], dialogsFrom: 1 });
    expect(productionFlow.capture!.answer(after, 'acme01')).toMatchObject({ status: 'confirmed' });
  });

  it('reads the GSTIN shown at the top of the registration screen', () => {
    load(REGISTRATION(BOX));
    typeIn('un', 'acme01');
    typeIn('pw', 'Zen@Live2026');
    expect(readTypedCredentials(document, productionFlow.capture!)).toEqual({
      gstin: '29AAFCC9980M1ZR',
      username: 'acme01',
      password: 'Zen@Live2026',
    });
  });
});
