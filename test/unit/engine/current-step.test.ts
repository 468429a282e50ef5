// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateFlow } from '@/utils/engine/evaluate';
import type { Flow } from '@/utils/engine/flow';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { loadPage, otpAccepted, portal } from './replica';

/**
 * The current step is the furthest one the page shows. Portals keep finished sections on screen,
 * hide them, or replace them with the next; each case must land on the same step.
 */
const now = (flow: Flow = sandboxFlow) => evaluateFlow(flow, document);
const hide = (id: string) => (document.getElementById(`ctl00_ContentPlaceHolder1_${id}`)!.style.display = 'none');

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the furthest step the page shows', () => {
  it('is Create Account when the page keeps the GSTIN and OTP sections on screen', () => {
    otpAccepted();
    expect(now()).toMatchObject({ step: { id: 'sandbox.registration-through' }, found: true });
  });

  it('is Create Account when the page hides the OTP box but keeps the GSTIN section', () => {
    otpAccepted();
    hide('pnlOTP');
    const snapshot = now();
    expect(snapshot).toMatchObject({ step: { id: 'sandbox.registration-through' }, found: true });
    expect(snapshot.target?.id).toBe('ctl00_ContentPlaceHolder1_rblRegThrough_1');
  });

  it('is Create Account when the page replaces every earlier section with it', () => {
    otpAccepted();
    const create = document.getElementById('ctl00_ContentPlaceHolder1_pnlCreate')!;
    document.querySelector('.reg-form')!.replaceChildren(create);
    expect(now()).toMatchObject({ step: { id: 'sandbox.registration-through' }, found: true });
  });

  it('moves on by durable evidence: the choice made, not a box that stays visible', () => {
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    // ERP is chosen but the portal has not shown the company list yet: the next step, waited for.
    expect(now()).toMatchObject({ step: { id: 'sandbox.erp-details' }, found: false, waiting: true });
    portal.listCompanies('ERP');
    expect(now()).toMatchObject({ step: { id: 'sandbox.erp-details' }, found: true, waiting: false });
  });

  it('does not count an earlier section still on screen as where the user is', () => {
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    portal.listCompanies('ERP');
    // The GSTIN box, the OTP box and their buttons are all still there and enabled.
    expect(portal.field('txtOTP').value).toBe('');
    expect(now().step.id).toBe('sandbox.erp-details');
  });

  it('starts at the first question when the page shows several unanswered ones', () => {
    loadPage('registration');
    expect(now().step.id).toBe('sandbox.user-type');
    portal.field('rblUserType_0').checked = true;
    expect(now().step.id).toBe('sandbox.taxpayer-details');
  });

  it('is read from the URL, and said to be not found, when nothing on the page is recognised', () => {
    document.body.innerHTML = "<p>Server Error in '/' Application.</p>";
    expect(now()).toMatchObject({ step: { id: 'sandbox.click-register' }, found: false, waiting: false });
  });

  it('says it cannot find the step, not that it waits, when the page is not one it knows', () => {
    loadPage('registration');
    // A portal release renames the User Type question: nothing of the form is recognised, and
    // the menu's Login link on the page must not pass for step 2.
    document.body.insertAdjacentHTML('afterbegin', '<a href="/einvapiclient/Login.aspx">Login</a>');
    for (const cell of Array.from(document.querySelectorAll('td.lbl'))) cell.textContent = 'Type of user';
    for (const el of Array.from(document.querySelectorAll('[id]'))) el.removeAttribute('id');
    expect(now()).toMatchObject({ found: false, waiting: false, target: null });
  });

  it('keeps to any flow, not only the sandbox: a generic three-section page', () => {
    const section = (id: string) => document.getElementById(id)!;
    const flow: Flow = {
      id: 'demo',
      label: { brand: 'Demo' },
      badge: { brand: 'Demo' },
      origins: ['https://demo.example'],
      startUrl: 'https://demo.example/',
      steps: ['a', 'b', 'c'].map((name) => ({
        id: `demo.${name}`,
        title: () => name,
        help: () => '',
        manual: () => '',
        isPresent: (q) => q.visible({ kind: 'field', label: `Field ${name}` }),
        isDone: () => false,
        targets: [{ kind: 'field', label: `Field ${name}` }],
      })),
      fallbackStepId: 'demo.a',
      policy: { neverPress: /submit/i, neverFill: /otp/i },
    };
    document.body.innerHTML = ['a', 'b', 'c']
      .map((n) => `<div id="${n}" hidden><label for="f${n}">Field ${n}</label><input id="f${n}"></div>`)
      .join('');
    section('a').hidden = false;
    expect(now(flow).step.id).toBe('demo.a');
    section('b').hidden = false;
    expect(now(flow).step.id).toBe('demo.b');
    section('a').hidden = true;
    section('c').hidden = false;
    expect(now(flow).step.id).toBe('demo.c');
  });
});
