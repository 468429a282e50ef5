import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import { clickInPanel, panelAttribute, SANDBOX, typeInto, waitForCheck, waitForStep } from './support';

/** The practice portal's Registration.aspx controls (practice-portal/sites/einv-apisandbox.nic.in). */
export const F = {
  taxPayer: '#ctl00_ContentPlaceHolder1_rblUserType_0',
  gstin: '#ctl00_ContentPlaceHolder1_txtGSTIN',
  mobile: '#ctl00_ContentPlaceHolder1_txtMobile',
  email: '#ctl00_ContentPlaceHolder1_txtEmail',
  captcha: '#ctl00_ContentPlaceHolder1_txtCaptcha',
  captchaImage: '#captchaImage',
  validate: '#ctl00_ContentPlaceHolder1_btnValidate',
  sendOtp: '#ctl00_ContentPlaceHolder1_btnSendOTP',
  otp: '#ctl00_ContentPlaceHolder1_txtOTP',
  practicePhone: '#practicePhone',
  submitOtp: '#ctl00_ContentPlaceHolder1_btnSubmit',
  throughErp: '#ctl00_ContentPlaceHolder1_rblRegThrough_1',
  company: '#ctl00_ContentPlaceHolder1_ddlCompany',
  clientId: '#ctl00_ContentPlaceHolder1_txtClientId',
  username: '#ctl00_ContentPlaceHolder1_txtUserName',
  password: '#ctl00_ContentPlaceHolder1_txtPassword',
  confirm: '#ctl00_ContentPlaceHolder1_txtConfirmPassword',
  create: '#ctl00_ContentPlaceHolder1_btnCreate',
  message: '#ctl00_ContentPlaceHolder1_lblMsg',
};

/** From the portal's home page to the Create Account section, as a person with the panel would. */
export async function reachCreateAccount(page: Page, gstin: string): Promise<void> {
  await page.goto(`${SANDBOX}/`);
  await waitForStep(page, 'sandbox.click-register');
  expect(await panelAttribute(page, 'data-found')).toBe('true');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  expect(new URL(page.url()).pathname).toMatch(/login/i);
  await waitForStep(page, 'sandbox.click-register');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  expect(new URL(page.url()).pathname).toMatch(/registration/i);

  await waitForStep(page, 'sandbox.user-type');
  expect(await page.$eval(F.taxPayer, (el) => (el as HTMLInputElement).checked)).toBe(false);
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.taxpayer-details');
  expect(await page.$eval(F.taxPayer, (el) => (el as HTMLInputElement).checked)).toBe(true);

  await typeInto(page, F.gstin, gstin);
  await waitForCheck(page, 'gstin', 'true');
  await typeInto(page, F.mobile, '9876543210');
  await typeInto(page, F.email, 'accounts@example.in');
  const captcha = await page.$eval(F.captchaImage, (el) => el.getAttribute('data-practice-code') ?? '');
  await typeInto(page, F.captcha, captcha);
  await page.click(F.validate);
  await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLInputElement).disabled, {}, F.sendOtp);
  await page.click(F.sendOtp);

  await waitForStep(page, 'sandbox.otp');
  const otp = await page.$eval(F.practicePhone, (el) => el.getAttribute('data-practice-otp') ?? '');
  await typeInto(page, F.otp, otp);
  await page.click(F.submitOtp);

  await waitForStep(page, 'sandbox.registration-through');
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.erp-details');
  expect(await page.$eval(F.throughErp, (el) => (el as HTMLInputElement).checked)).toBe(true);
  await clickInPanel(page, 'do-step');
  await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value !== '', {}, F.clientId);
}

