import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { companyList } from '../../../practice-portal/sandbox-data.mjs';

/** The practice portal's sandbox pages, loaded into the test's document without their scripts. */
const SITE = resolve(import.meta.dirname, '../../../practice-portal/sites/einv-apisandbox.nic.in');
const TEMPLATES = resolve(import.meta.dirname, '../../../practice-portal/templates');

export const PAGES = {
  home: `${SITE}/index.html`,
  login: `${SITE}/einvapiclient/Login.aspx`,
  registration: `${SITE}/einvapiclient/EncDesc/Registration.aspx`,
  acknowledgement: `${TEMPLATES}/sandbox-acknowledgement.html`,
} as const;

export function loadPage(page: keyof typeof PAGES, message = ''): Document {
  const html = readFileSync(PAGES[page], 'utf8')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<link[^>]*>/gi, '')
    .replace('<!--PRACTICE:MESSAGE-->', message);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(`ctl00_ContentPlaceHolder1_${id}`) as T;

/** What the portal's own scripts do between steps, done by hand here. */
export const portal = {
  field: (id: string) => byId<HTMLInputElement>(id),
  show(panel: 'pnlOTP' | 'pnlCreate' | 'pnlCompany') {
    byId(panel).style.display = '';
  },
  type(id: string, value: string) {
    const field = byId<HTMLInputElement>(id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  },
  /** Fills the company list the way the portal does after "Registration through" is chosen. */
  listCompanies(kind: 'ERP' | 'GSP', cloudzenUnder: 'ERP' | 'GSP' = 'ERP') {
    const select = byId<HTMLSelectElement>('ddlCompany');
    select.innerHTML = '<option value="">--Select--</option>';
    for (const company of companyList(kind, cloudzenUnder)) {
      const option = document.createElement('option');
      option.value = company.code;
      option.text = company.name;
      select.add(option);
    }
    portal.show('pnlCompany');
  },
};

/** Registration.aspx as it looks after Tax Payer, Validate, Send OTP and a correct OTP: Create Account shown. */
export function otpAccepted(gstin = '29AAFCC9980M1ZR'): void {
  loadPage('registration');
  portal.field('rblUserType_0').checked = true;
  portal.type('txtGSTIN', gstin);
  portal.show('pnlOTP');
  portal.show('pnlCreate');
  portal.field('txtYourGSTIN').value = gstin;
}
