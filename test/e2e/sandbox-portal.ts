import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import {
  clickInPanel,
  F,
  panelAttribute,
  practiceCaptcha,
  practiceOtp,
  SANDBOX,
  typeInto,
  waitForCheck,
  waitForStep,
  waitForStillPage,
} from './support';

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

  await verifyTaxpayer(page, gstin);
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.erp-details');
  expect(await page.$eval(F.throughErp, (el) => (el as HTMLInputElement).checked)).toBe(true);
  await clickInPanel(page, 'do-step');
  await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value !== '', {}, F.clientId);
}

/**
 * On the Registration Form, from "User Type" to "Registration through": the panel chooses Tax
 * Payer; the "user" types the details, the captcha and the OTP and presses the portal's buttons.
 */
export async function verifyTaxpayer(page: Page, gstin: string): Promise<void> {
  await waitForStep(page, 'sandbox.user-type');
  expect(await page.$eval(F.taxPayer, (el) => (el as HTMLInputElement).checked)).toBe(false);
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.taxpayer-details');
  expect(await page.$eval(F.taxPayer, (el) => (el as HTMLInputElement).checked)).toBe(true);

  await typeInto(page, F.gstin, gstin);
  await waitForCheck(page, 'gstin', 'true');
  await typeInto(page, F.mobile, '9876543210');
  await typeInto(page, F.email, 'accounts@example.in');
  await typeInto(page, F.captcha, await practiceCaptcha(page));
  await page.click(F.validate);
  await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLInputElement).disabled, {}, F.sendOtp);
  await page.click(F.sendOtp);

  await waitForStep(page, 'sandbox.otp');
  await typeInto(page, F.otp, await practiceOtp(page));
  await page.click(F.submitOtp);
  await waitForStep(page, 'sandbox.registration-through');
}

/**
 * Presses the portal's Create button as a person does and waits for the portal's answer (a new
 * page). If none comes, says what the click landed on instead.
 */
export async function pressCreate(page: Page, { timeout = 15_000 } = {}): Promise<void> {
  await page.evaluate(() => {
    document.addEventListener(
      'mousedown',
      (event) => {
        const el = event.composedPath()[0] as Element | undefined;
        document.documentElement.dataset.lastMousedown = el ? `${el.tagName}#${el.id}.${el.className}` : '?';
      },
      { capture: true, once: true },
    );
  });
  await waitForStillPage(page);
  const answered = page.waitForNavigation({ timeout });
  await page.click(F.create);
  try {
    await answered;
  } catch {
    const landed = await page.evaluate(() => document.documentElement.dataset.lastMousedown ?? 'no mousedown');
    const message = await page.$eval(F.message, (el) => el.textContent ?? '').catch(() => '(no message)');
    throw new Error(`Pressing Create brought no answer within ${timeout} ms; the click landed on ${landed}; portal message: ${message}`);
  }
}
