// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { SuggestSpec } from '@/utils/engine/flow';
import { createPageQuery } from '@/utils/engine/page-query';
import { applySuggestion } from '@/utils/engine/suggest';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { otpAccepted, portal } from './replica';

const PASSWORD = 'Kq7#mZt4Wp9x';
const spec = sandboxFlow.steps.find((s) => s.id === 'sandbox.erp-details')!.suggest!;

/** The three boxes as a plain form shows them, for the prefix cases. */
const FORM_SPEC: SuggestSpec = {
  username: { kind: 'field', label: /^username$/i },
  password: { kind: 'field', label: /^password$/i },
  confirm: { kind: 'field', label: /^re-enter password$/i },
  tradeName: () => '',
  pagePrefix: 'API_',
};

function form(usernameBox: string): void {
  document.body.innerHTML = `
    <form>
      <label for="u">Username:</label> ${usernameBox}
      <label for="p">Password:</label> <input id="p" type="password">
      <label for="c">Re-enter Password:</label> <input id="c" type="password">
      <input type="submit" value="Submit">
    </form>`;
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Every input and change event the boxes get, as "id:type". */
function recordEdits(): string[] {
  const events: string[] = [];
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (e) => events.push(`${(e.target as HTMLElement).id}:${type}`), true);
  }
  return events;
}

describe('applySuggestion on the sandbox Create Account form', () => {
  beforeEach(() => {
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    portal.listCompanies('ERP');
  });

  it('types the name and the password in both boxes, with the events typing makes, and keeps the focus', () => {
    const clientId = portal.field('txtClientId');
    clientId.focus();
    const events = recordEdits();
    const result = applySuggestion(document, spec, { name: 'cloudzen4827', password: PASSWORD });
    expect(result).toEqual({ ok: true, username: 'cloudzen4827' });
    expect(portal.field('txtUserName').value).toBe('cloudzen4827');
    expect(portal.field('txtPassword').value).toBe(PASSWORD);
    expect(portal.field('txtConfirmPassword').value).toBe(PASSWORD);
    const ids = ['txtUserName', 'txtPassword', 'txtConfirmPassword'].map((id) => `ctl00_ContentPlaceHolder1_${id}`);
    expect(events).toEqual(ids.flatMap((id) => [`${id}:input`, `${id}:change`]));
    expect(document.activeElement).toBe(clientId);
  });

  it('reads the trade name the Registration Form shows', () => {
    portal.field('txtTradeName').value = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED';
    expect(spec.tradeName(createPageQuery(document))).toBe('CLOUDZEN SOFTWARE LABS PRIVATE LIMITED');
    portal.field('txtTradeName').value = '';
    expect(spec.tradeName(createPageQuery(document))).toBe('');
  });

  it('types nothing when a box is missing, read-only or not a password box, and says what to do', () => {
    portal.field('txtConfirmPassword').closest('tr')!.remove();
    const missing = applySuggestion(document, spec, { name: 'cloudzen4827', password: PASSWORD });
    expect(missing).toEqual({
      ok: false,
      message: expect.stringMatching(/password confirmation box.*typed nothing.*yourself/) as unknown,
    });
    expect(portal.field('txtUserName').value).toBe('');
    expect(portal.field('txtPassword').value).toBe('');

    otpAccepted();
    portal.listCompanies('ERP');
    portal.field('txtUserName').readOnly = true;
    const readOnly = applySuggestion(document, spec, { name: 'cloudzen4827', password: PASSWORD });
    expect(readOnly.ok).toBe(false);
    expect(JSON.stringify(readOnly)).toMatch(/username box .*does not let me type/);
    expect(portal.field('txtPassword').value).toBe('');

    otpAccepted();
    portal.listCompanies('ERP');
    portal.field('txtPassword').type = 'text';
    const shown = applySuggestion(document, spec, { name: 'cloudzen4827', password: PASSWORD });
    expect(JSON.stringify(shown)).toMatch(/would show the password/);
    expect(portal.field('txtPassword').value).toBe('');
    expect(JSON.stringify(shown)).not.toContain(PASSWORD);
  });

  it('types nothing in a hidden form', () => {
    portal.field('txtUserName').closest('div')!.style.display = 'none';
    expect(applySuggestion(document, spec, { name: 'cloudzen4827', password: PASSWORD }).ok).toBe(false);
  });
});

describe('a prefix the page shows', () => {
  it('keeps API_ that the page served in the box', () => {
    form('<input id="u" type="text" value="API_">');
    expect(applySuggestion(document, FORM_SPEC, { name: 'acme4827', password: PASSWORD })).toEqual({
      ok: true,
      username: 'API_acme4827',
    });
    expect(input('u').value).toBe('API_acme4827');
  });

  it('types only the name when API_ is an add-on before the box, or not shown at all', () => {
    form('<span class="input-group"><span class="addon">API_</span><input id="u" type="text"></span>');
    expect(applySuggestion(document, FORM_SPEC, { name: 'acme4827', password: PASSWORD })).toEqual({
      ok: true,
      username: 'acme4827',
    });
    expect(input('u').value).toBe('acme4827');
    form('<input id="u" type="text">');
    expect(applySuggestion(document, FORM_SPEC, { name: 'acme4827', password: PASSWORD })).toMatchObject({
      username: 'acme4827',
    });
  });

  it('keeps API_ before a name the page served back after a refused press', () => {
    form('<input id="u" type="text" value="API_oldname">');
    expect(applySuggestion(document, FORM_SPEC, { name: 'acme4827', password: PASSWORD })).toMatchObject({
      username: 'API_acme4827',
    });
  });

  it('does not take a whole name the page served back (after a refused press) for a prefix', () => {
    form('<input id="u" type="text" value="oldname01">');
    expect(applySuggestion(document, FORM_SPEC, { name: 'acme4827', password: PASSWORD })).toMatchObject({
      username: 'acme4827',
    });
    expect(input('u').value).toBe('acme4827');
  });
});
