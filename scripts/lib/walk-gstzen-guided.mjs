// GSTZen (my.gstzen.in, the practice replica) with the extension's panel, as a person following
// it does: the panel's button for the links on the way, its "fill" button on the login form, and
// everything GSTZen must see the person do (clicking their GSTIN, pressing Login, selecting and
// deleting invoices) by hand. Shared by `npm run demo` and the browser tests.

import { GSTZEN_MESSAGES, gstzenControls, gstzenQuery } from '../../practice-portal/gstzen-controls.mjs';
import { clickInPanel, clickPanelElement, panelAttribute, panelHas, waitForStep } from './panel.mjs';
import { GSTZEN_URL, gstzenAnswer, pressGstzenLogin } from './walk-gstzen.mjs';

/**
 * @typedef {import('../../practice-portal/gstzen-controls.mjs').GstzenVariant} GstzenVariant
 * @typedef {import('puppeteer').Page} Page
 * @typedef {(stepId: string) => Promise<void>} AtStep  called once per step, when the page shows it
 */

/** @type {AtStep} */
const nothing = async () => {};

/** @param {boolean} holds @param {string} what */
function expectOnPage(holds, what) {
  if (!holds) throw new Error(`Expected ${what}.`);
}

/**
 * The panel's text for `testId` ('' when not shown).
 * @param {Page} page
 * @param {string} testId
 */
export function panelTextOf(page, testId) {
  return page.evaluate(
    (id) =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '',
    testId,
  );
}

/**
 * The panel's button for this step, and the page it leads to.
 * @param {Page} page
 */
async function doStep(page) {
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
}

/**
 * On a page both GSTZen tasks share, picks the task in the panel's switch (as the user would).
 * @param {Page} page
 * @param {'gstzen-login' | 'gstzen-delete'} task
 */
async function chooseTask(page, task) {
  if ((await panelAttribute(page, 'data-task')) === task) return;
  await clickInPanel(page, `task-${task}`);
  await page.waitForFunction(
    (t) => document.querySelector('einv-assistant')?.getAttribute('data-task') === t,
    { timeout: 5000, polling: 50 },
    task,
  );
}

/**
 * The dashboard, then the GSTIN's own link, clicked by hand (which GSTIN is the user's choice).
 * @param {Page} page
 * @param {{ gstin: string, variant?: GstzenVariant, atStep?: AtStep }} options
 */
async function openGstinFromDashboard(page, { gstin, variant = 'base', atStep = nothing }) {
  await page.goto(`${GSTZEN_URL}/${gstzenQuery(variant)}`);
  await waitForStep(page, 'gstzen.dashboard');
  await atStep('gstzen.dashboard');
  const link = await page.waitForSelector(`::-p-xpath(//a[normalize-space(.)="${gstin}"])`, { visible: true });
  expectOnPage(Boolean(link), `a link for ${gstin} on the dashboard`);
  await Promise.all([page.waitForNavigation(), link?.click()]);
  await link?.dispose();
  await waitForStep(page, 'gstzen.gstin');
}

/**
 * Part 1 Section 2 / Part 2 Section 3 with the panel: dashboard › GSTIN › E-Invoicing ›
 * Tally/SAP Integration › (Change E-Invoice Portal Login details) › the form, filled by the
 * panel's button for the set of `env`, then Login pressed by hand. Resolves with GSTZen's answer.
 * @param {Page} page
 * @param {{ gstin: string, env: 'sandbox' | 'production', variant?: GstzenVariant, atStep?: AtStep }} options
 */
export async function loginThroughGstzenGuided(page, { gstin, env, variant = 'base', atStep = nothing }) {
  await openGstinFromDashboard(page, { gstin, variant, atStep });
  await chooseTask(page, 'gstzen-login');
  await atStep('gstzen.gstin');
  await doStep(page);
  await waitForStep(page, 'gstzen.einvoicing');
  await atStep('gstzen.einvoicing');
  await doStep(page);
  // With login details saved already, Tally/SAP Integration shows them and the link to change them.
  await page.waitForFunction(
    () =>
      /^gstzen\.login-(details|form)$/.test(document.querySelector('einv-assistant')?.getAttribute('data-step') ?? ''),
    { timeout: 10_000, polling: 50 },
  );
  if ((await panelAttribute(page, 'data-step')) === 'gstzen.login-details') {
    await atStep('gstzen.login-details');
    await doStep(page);
  }
  await waitForStep(page, 'gstzen.login-form');
  await page.waitForFunction(
    (e) =>
      document
        .querySelector('einv-assistant')
        ?.shadowRoot?.querySelector(`[data-testid="fill-gstzen"][data-env="${e}"]`),
    { timeout: 10_000, polling: 50 },
    env,
  );
  await atStep('gstzen.login-form');
  await clickPanelElement(page, `[data-testid="fill-gstzen"][data-env="${env}"]`);
  await page.waitForFunction(
    () =>
      document
        .querySelector('einv-assistant')
        ?.shadowRoot?.querySelector('[data-testid="fill-result"], [data-testid="fill-warning"]'),
    { timeout: 10_000, polling: 50 },
  );
  expectOnPage(!(await panelHas(page, 'fill-warning')), `no environment warning for the ${env} set on this page`);
  const F = gstzenControls(variant);
  const username = await page.$eval(F.username, (el) => /** @type {HTMLInputElement} */ (el).value);
  expectOnPage(username !== '', `the panel to fill the username (it said: ${await panelTextOf(page, 'fill-result')})`);
  await atStep('gstzen.filled');
  const answer = await pressGstzenLogin(page);
  expectOnPage(
    answer.status === GSTZEN_MESSAGES.loggedIn(username),
    `GSTZen to accept the login, not ${JSON.stringify(answer)}`,
  );
  await waitForStep(page, 'gstzen.logged-in');
  await atStep('gstzen.logged-in');
  return answer;
}

/**
 * Part 2 Section 1 with the panel: dashboard › GSTIN › (task: delete) › Sales Register; then, by
 * hand, the checkbox next to Type, "Delete selected Invoices in page", Approve and "Delete
 * Invoices". Resolves with what the panel said on each page, and the count GSTZen deleted.
 * @param {Page} page
 * @param {{ gstin: string, variant?: GstzenVariant, atStep?: AtStep, beforeDelete?: () => Promise<void> }} options
 *   beforeDelete: called on the confirmation page before the person ticks Approve (tests check
 *   there that the assistant pressed nothing)
 */
export async function deleteTestInvoicesGuided(page, { gstin, variant = 'base', atStep = nothing, beforeDelete }) {
  const F = gstzenControls(variant);
  await openGstinFromDashboard(page, { gstin, variant, atStep });
  await chooseTask(page, 'gstzen-delete');
  await atStep('gstzen.gstin');
  await doStep(page);
  await waitForStep(page, 'gstzen.sales-register');
  const register = await panelTextOf(page, 'step-status');
  await atStep('gstzen.sales-register');
  await page.click(F.selectAll);
  await Promise.all([page.waitForNavigation(), page.click(F.deleteSelected)]);
  await waitForStep(page, 'gstzen.delete-confirm');
  const confirm = await panelTextOf(page, 'step-status');
  await atStep('gstzen.delete-confirm');
  await beforeDelete?.();
  await page.click(F.approve);
  await Promise.all([page.waitForNavigation(), page.click(F.deleteInvoices)]);
  await waitForStep(page, 'gstzen.deleted');
  const { status } = await gstzenAnswer(page);
  await atStep('gstzen.deleted');
  return { register, confirm, deleted: status };
}
