// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { performAction } from '@/utils/engine/actions';
import { isCaptureTrigger, readTypedCredentials } from '@/utils/engine/capture';
import { evaluateFlow } from '@/utils/engine/evaluate';
import { createPageQuery } from '@/utils/engine/page-query';
import type { SafeAction } from '@/utils/engine/flow';
import { trusted, trustedSubmit } from './events';
import { CLOUDZEN_COMPANY, SANDBOX_ERP_CLIENT_ID, sandboxFlow } from '@/utils/flows/sandbox';
import { loadPage, otpAccepted, portal } from './replica';

const step = () => evaluateFlow(sandboxFlow, document);
const doStep = () => {
  const { action } = step().step;
  if (!action) throw new Error('this step has no action');
  return performAction(document, action, sandboxFlow.policy, { optionWaitMs: 50 });
};

describe('the sandbox flow read against the practice portal pages', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('points at Login on the home page and at "Register here" on the Login page', async () => {
    loadPage('home');
    let now = step();
    expect(now.step.id).toBe('sandbox.click-register');
    expect(now.found).toBe(true);
    expect(now.target?.textContent?.trim()).toBe('Login');

    loadPage('login');
    now = step();
    expect(now.step.id).toBe('sandbox.click-register');
    expect(now.target?.textContent?.trim()).toBe('Register here');
    expect(now.target?.getAttribute('href')).toMatch(/Registration\.aspx$/);
  });

  it('asks for Tax Payer first, and the button chooses it with a real click', async () => {
    loadPage('registration');
    expect(step().step.id).toBe('sandbox.user-type');
    const taxPayer = portal.field('rblUserType_0');
    let clicks = 0;
    taxPayer.addEventListener('click', () => clicks++);
    expect(await doStep()).toMatchObject({ ok: true });
    expect(taxPayer.checked).toBe(true);
    expect(clicks).toBe(1);
    expect(step().step.id).toBe('sandbox.taxpayer-details');
  });

  it('outlines the next empty field, then Validate, then Send OTP, and checks the GSTIN live', async () => {
    loadPage('registration');
    portal.field('rblUserType_0').checked = true;
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_txtGSTIN');
    expect(step().checks.find((c) => c.id === 'gstin')?.result.status).toBe('empty');

    portal.type('txtGSTIN', '29AAFCC9980M1ZX');
    expect(step().checks.find((c) => c.id === 'gstin')?.result.status).toBe('error');
    // A wrong GSTIN keeps the outline on it.
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_txtGSTIN');
    portal.type('txtGSTIN', '29AAFCC9980M1ZR');
    expect(step().checks.find((c) => c.id === 'gstin')?.result.status).toBe('ok');
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_txtMobile');

    portal.type('txtMobile', '9876543210');
    portal.type('txtEmail', 'a@example.in');
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_txtCaptcha');
    portal.type('txtCaptcha', '123456');
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_btnValidate');

    portal.field('btnValidate').disabled = true;
    portal.field('btnSendOTP').disabled = false;
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_btnSendOTP');
  });

  it('moves to the OTP once the OTP box shows, and has no button for it', async () => {
    loadPage('registration');
    portal.field('rblUserType_0').checked = true;
    portal.show('pnlOTP');
    const now = step();
    expect(now.step.id).toBe('sandbox.otp');
    expect(now.actionAvailable).toBe(false);
    expect(now.target?.id).toBe('ctl00_ContentPlaceHolder1_txtOTP');
  });

  it('chooses ERP under "Registration through", not the ERP user type', async () => {
    otpAccepted();
    expect(step().step.id).toBe('sandbox.registration-through');
    expect(await doStep()).toMatchObject({ ok: true });
    expect(portal.field('rblRegThrough_1').checked).toBe(true);
    expect(portal.field('rblUserType_3').checked).toBe(false);
    expect(portal.field('rblUserType_0').checked).toBe(true);
  });

  it('picks CloudZen among look-alikes and fills the client ID with input/change events', async () => {
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    portal.listCompanies('ERP');
    expect(step().step.id).toBe('sandbox.erp-details');
    expect(step().actionAvailable).toBe(true);

    const events: string[] = [];
    const select = document.getElementById('ctl00_ContentPlaceHolder1_ddlCompany') as HTMLSelectElement;
    select.addEventListener('change', () => events.push('company:change'));
    portal.field('txtClientId').addEventListener('input', () => events.push('client:input'));
    portal.field('txtClientId').addEventListener('change', () => events.push('client:change'));

    expect(await doStep()).toMatchObject({ ok: true });
    expect(select.selectedOptions[0]?.text).toBe(CLOUDZEN_COMPANY);
    expect(portal.field('txtClientId').value).toBe(SANDBOX_ERP_CLIENT_ID);
    expect(events).toEqual(['company:change', 'client:input', 'client:change']);
    expect(step().actionAvailable).toBe(false);
    const checks = Object.fromEntries(step().checks.map((c) => [c.id, c.result.status]));
    expect(checks).toMatchObject({ company: 'ok', 'client-id': 'ok', username: 'empty' });
    // The username is next, and the button never touched it nor the passwords.
    expect(step().target?.id).toBe('ctl00_ContentPlaceHolder1_txtUserName');
    expect(portal.field('txtPassword').value).toBe('');
  });

  it('says to try GSP when CloudZen is not in the ERP list, and accepts GSP when it is there', async () => {
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    portal.listCompanies('ERP', 'GSP');
    const result = await doStep();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/not in this list.*GSP/i);
    expect(portal.field('txtClientId').value).toBe('');

    portal.field('rblRegThrough_1').checked = false;
    portal.field('rblRegThrough_0').checked = true;
    portal.listCompanies('GSP', 'GSP');
    expect(step().step.id).toBe('sandbox.erp-details');
    expect(await doStep()).toMatchObject({ ok: true });
  });

  it('shows the acknowledgement as the last step', async () => {
    loadPage('acknowledgement');
    const now = step();
    expect(now.step.id).toBe('sandbox.acknowledged');
    expect(now.found).toBe(true);
  });

  it('says it cannot find a step instead of failing when the page changed shape', async () => {
    loadPage('registration');
    for (const row of Array.from(document.querySelectorAll('tr'))) row.remove();
    const now = step();
    // Nothing recognisable is left: the fallback step, said to be not found (the panel then
    // shows its manual instructions), and nothing outlined.
    expect(now).toMatchObject({ step: { id: 'sandbox.click-register' }, found: false, target: null });
  });
});

describe('safe actions refuse what only the user may do', () => {
  beforeEach(() => otpAccepted());

  const attempts: [string, SafeAction][] = [
    [
      'type into the captcha',
      { kind: 'fill', label: () => 'x', target: { label: 'Captcha', kind: 'field' }, value: '1' },
    ],
    [
      'type into the OTP',
      { kind: 'fill', label: () => 'x', target: { label: /mobile otp/i, kind: 'field' }, value: '1' },
    ],
    [
      'type a password',
      { kind: 'fill', label: () => 'x', target: { label: /enter password/i, kind: 'field' }, value: '1' },
    ],
    [
      'follow a button as a link',
      { kind: 'follow-link', label: () => 'x', targets: [{ text: 'Create', kind: 'link' }] },
    ],
  ];
  it.each(attempts)('does not %s', async (_name, action) => {
    const before = document.body.innerHTML;
    expect((await performAction(document, action, sandboxFlow.policy)).ok).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not click a javascript: link', async () => {
    document.body.insertAdjacentHTML('beforeend', '<a href="javascript:__doPostBack()">Next page</a>');
    const action: SafeAction = {
      kind: 'follow-link',
      label: () => 'x',
      targets: [{ text: 'Next page', kind: 'link' }],
    };
    expect((await performAction(document, action, sandboxFlow.policy)).ok).toBe(false);
  });
});

describe('capture on Create', () => {
  it('reads what was typed when Create is clicked or its form submitted', async () => {
    otpAccepted();
    portal.show('pnlCompany');
    portal.type('txtUserName', ' gstzen01 ');
    portal.type('txtPassword', 'Zen@Trial26 ');
    const spec = sandboxFlow.capture!;
    const create = portal.field('btnCreate');
    create.disabled = false; // as the portal does once "Registration through" is chosen
    expect(isCaptureTrigger(document, spec, trusted(new MouseEvent('click'), portal.field('txtUserName')))).toBe(false);
    expect(isCaptureTrigger(document, spec, trusted(new MouseEvent('click'), create))).toBe(true);
    // A submit counts only right after the user's own Enter in that form: the browser marks the
    // submit of the page's form.requestSubmit(create) trusted too.
    const submit = trustedSubmit(create.form!, create);
    const enter = (at: number, form = create.form!) => ({ form, at });
    expect(isCaptureTrigger(document, spec, submit)).toBe(false);
    expect(isCaptureTrigger(document, spec, submit, enter(submit.timeStamp - 5))).toBe(true);
    expect(isCaptureTrigger(document, spec, submit, enter(submit.timeStamp - 5000))).toBe(false);
    expect(isCaptureTrigger(document, spec, submit, enter(submit.timeStamp - 5, document.createElement('form')))).toBe(
      false,
    );
    // One WebForms form holds every button: a submit by Exit, or by script (no submitter), is not Create.
    const byExit = trustedSubmit(create.form!, portal.field('btnExitCreate'));
    expect(isCaptureTrigger(document, spec, byExit, enter(byExit.timeStamp))).toBe(false);
    const noSubmitter = trustedSubmit(create.form!, null);
    expect(isCaptureTrigger(document, spec, noSubmitter, enter(noSubmitter.timeStamp))).toBe(false);
    // The page's own script clicking Create, or Create disabled or hidden: no capture.
    const forged = new MouseEvent('click');
    Object.defineProperty(forged, 'target', { value: create });
    expect(isCaptureTrigger(document, spec, forged)).toBe(false);
    create.disabled = true;
    expect(isCaptureTrigger(document, spec, trusted(new MouseEvent('click'), create))).toBe(false);
    create.disabled = false;

    expect(readTypedCredentials(document, spec)).toEqual({
      gstin: '29AAFCC9980M1ZR',
      username: 'gstzen01',
      password: 'Zen@Trial26 ',
    });
  });

  it('reads nothing without a password, and finds the portal\'s "already registered" answer', () => {
    loadPage('registration', 'You are already registered Pl.use already created username and password...');
    const spec = sandboxFlow.capture!;
    expect(readTypedCredentials(document, spec)).toBeNull();
    expect(step().step.id).toBe('sandbox.user-type');
    expect(spec.answer(createPageQuery(document), 'anyone')).toEqual({
      status: 'rejected',
      portalMessage: 'You are already registered Pl.use already created username and password...',
      alreadyCreated: true,
    });
  });

  it('tells a taken username (a real refusal) from the "already created" quirk', () => {
    loadPage('registration', 'This username is already registered. Please choose a different username.');
    expect(sandboxFlow.capture!.answer(createPageQuery(document), 'gstzen1234')).toMatchObject({
      status: 'rejected',
      alreadyCreated: false,
    });
  });

  it('confirms with the name the acknowledgement shows, and ignores one naming someone else', () => {
    loadPage('acknowledgement');
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.textContent = 'gstzen01';
    const spec = sandboxFlow.capture!;
    expect(spec.answer(createPageQuery(document), 'GSTZEN01')).toEqual({
      status: 'confirmed',
      finalUsername: 'gstzen01',
    });
    expect(spec.answer(createPageQuery(document), 'someone_else')).toBeNull();
    // A hidden cell says nothing a person can read: the name typed stands.
    document.getElementById('ctl00_ContentPlaceHolder1_lblAckUserName')!.hidden = true;
    expect(spec.answer(createPageQuery(document), 'someone_else')).toEqual({
      status: 'confirmed',
      finalUsername: 'someone_else',
    });
  });
});
