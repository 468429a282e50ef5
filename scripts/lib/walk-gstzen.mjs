// GSTZen (my.gstzen.in, the practice replica), played by hand as a person does, without the
// extension: each phase is one stretch of GSTZen's help document (Part 1 Section 2: logging into
// the NIC trial portal through GSTZen; Part 2 Section 1: deleting the test invoices; Section 3:
// logging into the API portal), so the demo and the browser tests can compose them. Links are
// clicked by their words, as a person reads them; the form's controls come from
// practice-portal/gstzen-controls.mjs.

import { GSTZEN_MESSAGES, gstzenControls, gstzenPaths, gstzenQuery } from '../../practice-portal/gstzen-controls.mjs';

export const GSTZEN_URL = 'https://my.gstzen.in';

/**
 * @typedef {import('../../practice-portal/gstzen-controls.mjs').GstzenVariant} GstzenVariant
 *   which markup of the practice GSTZen to walk (GSTZEN_VARIANTS); 'base' unless said
 * @typedef {import('puppeteer').Page} Page
 * @typedef {{ origin?: string }} OriginOption  the host to walk (the look-alike's, say); GSTZEN_URL unless said
 */

/**
 * @typedef {object} GstzenAnswer  what GSTZen said after a form was sent
 * @property {string | null} status  the success message (role=status), if any
 * @property {string | null} error  the error message (role=alert), if any
 */

/** @param {boolean} holds @param {string} what  what should have happened */
function expectOnPage(holds, what) {
  if (!holds) throw new Error(`Expected ${what}.`);
}

/** @param {Page} page @param {string} path */
function onPath(page, path) {
  return new URL(page.url()).pathname.toLowerCase() === path.toLowerCase();
}

/**
 * The visible link or button whose words are `text` (whitespace folded), as a person finds it.
 * @param {Page} page
 * @param {string} text
 */
async function byWords(page, text) {
  const handle = await page.evaluateHandle((wanted) => {
    const words = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();
    const candidates = [...document.querySelectorAll('a, button, input[type="submit"]')];
    return (
      candidates.find((el) => {
        const said = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
        return words(said) === wanted && /** @type {HTMLElement} */ (el).offsetParent !== null;
      }) ?? null
    );
  }, text);
  const element = handle.asElement();
  if (!element) {
    await handle.dispose();
    throw new Error(`Expected a link or button "${text}" on ${page.url()}.`);
  }
  return /** @type {import('puppeteer').ElementHandle<Element>} */ (element);
}

/**
 * Clicks the link or button with these words and waits for the page it leads to.
 * @param {Page} page
 * @param {string} text
 */
async function follow(page, text) {
  const element = await byWords(page, text);
  await Promise.all([page.waitForNavigation(), element.click()]);
  await element.dispose();
}

/**
 * Empties a box and types `text` into it, key by key.
 * @param {Page} page
 * @param {string} selector
 * @param {string} text
 */
async function typeInto(page, selector, text) {
  await page.$eval(selector, (el) => {
    /** @type {HTMLInputElement} */ (el).value = '';
  });
  if (text) await page.type(selector, text);
}

/**
 * The page's messages.
 * @param {Page} page
 * @returns {Promise<GstzenAnswer>}
 */
export async function gstzenAnswer(page) {
  const read = (/** @type {string} */ selector) =>
    page.$eval(selector, (el) => el.textContent?.trim() ?? '').catch(() => null);
  return { status: await read('[role="status"]'), error: await read('[role="alert"]') };
}

/**
 * Part 2 Section 1 step 1 (and Part 1 Section 2 step 2): the dashboard, then the GSTIN's link.
 * Ends on the GSTIN's home page.
 * @param {Page} page
 * @param {string} gstin
 * @param {GstzenVariant} [variant]
 * @param {OriginOption} [options]
 */
export async function openGstinByHand(page, gstin, variant = 'base', { origin = GSTZEN_URL } = {}) {
  await page.goto(`${origin}/${gstzenQuery(variant)}`);
  await follow(page, gstin);
  expectOnPage(onPath(page, gstzenPaths(gstin).home), `the home page of ${gstin}, not ${page.url()}`);
}

/**
 * Part 1 Section 2 steps 2-4 and Part 2 Section 3 steps 1-3: dashboard, the GSTIN, E-Invoicing,
 * Tally/SAP Integration, and "Change E-Invoice Portal Login details" when the GSTIN has details
 * (without, the form is on Tally/SAP Integration itself). Ends with the login form showing.
 * @param {Page} page
 * @param {string} gstin
 * @param {GstzenVariant} [variant]
 * @param {OriginOption} [options]
 */
export async function openLoginFormByHand(page, gstin, variant = 'base', options = {}) {
  await openGstinByHand(page, gstin, variant, options);
  await follow(page, 'E-Invoicing');
  await follow(page, 'Tally/SAP Integration');
  expectOnPage(onPath(page, gstzenPaths(gstin).tallySap), `Tally/SAP Integration, not ${page.url()}`);
  const change = await byWords(page, 'Change E-Invoice Portal Login details').catch(() => null);
  if (change) {
    await Promise.all([page.waitForNavigation(), change.click()]);
    await change.dispose();
    expectOnPage(onPath(page, gstzenPaths(gstin).login), `the login form, not ${page.url()}`);
  }
  await page.waitForSelector(gstzenControls(variant).username, { visible: true });
}

/**
 * Part 1 Section 2 step 4 / Part 2 Section 3 step 4: types the four fields (the real ones: a
 * person never sees the framework variant's hidden and off-screen decoys).
 * @param {Page} page
 * @param {{ username: string, password: string, clientId: string, clientSecret: string }} fields
 * @param {GstzenVariant} [variant]
 */
export async function typeGstzenLoginByHand(page, { username, password, clientId, clientSecret }, variant = 'base') {
  const F = gstzenControls(variant);
  await typeInto(page, F.username, username);
  await typeInto(page, F.password, password);
  await typeInto(page, F.clientId, clientId);
  await typeInto(page, F.clientSecret, clientSecret);
}

/**
 * Presses Login (found by its word, on either variant) and resolves with what GSTZen said: on
 * success Tally/SAP Integration's "Logged in to the E-Invoice portal as …" (status), else the
 * form again with its error.
 * @param {Page} page
 * @returns {Promise<GstzenAnswer>}
 */
export async function pressGstzenLogin(page) {
  await follow(page, 'Login');
  return gstzenAnswer(page);
}

/**
 * Part 2 Section 1: the GSTIN's Sales Register, the checkbox next to Type, "Delete selected
 * Invoices in page", Approve, "Delete Invoices". Resolves with the number of invoices the
 * confirmation asked about (after checking the register then says "N Invoices deleted.").
 * @param {Page} page
 * @param {string} gstin
 * @param {GstzenVariant} [variant]
 * @param {OriginOption} [options]
 * @returns {Promise<number>}
 */
export async function deleteTestInvoicesByHand(page, gstin, variant = 'base', options = {}) {
  const F = gstzenControls(variant);
  await openGstinByHand(page, gstin, variant, options);
  await follow(page, 'Sales Register');
  expectOnPage(onPath(page, gstzenPaths(gstin).sales), `the Sales Register, not ${page.url()}`);
  await page.click(F.selectAll);
  await follow(page, 'Delete selected Invoices in page');
  const question = await page.$eval('h3', (el) => el.textContent?.trim() ?? '').catch(() => '');
  const asked = /^Are you sure you want to delete (\d+) Invoices\?$/.exec(question);
  expectOnPage(Boolean(asked), `"Are you sure you want to delete N Invoices?", not "${question}" on ${page.url()}`);
  const count = Number(asked?.[1]);
  await page.click(F.approve);
  await follow(page, 'Delete Invoices');
  const { status } = await gstzenAnswer(page);
  expectOnPage(
    status === GSTZEN_MESSAGES.deleted(count) && onPath(page, gstzenPaths(gstin).sales),
    `"${GSTZEN_MESSAGES.deleted(count)}" on the Sales Register, not "${status}" on ${page.url()}`,
  );
  return count;
}
