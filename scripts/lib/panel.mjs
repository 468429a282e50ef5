// Reading and driving the extension's panel from Puppeteer, as a person would see and use it:
// shared by `npm run demo`, `npm run smoke:firefox` and the browser tests. Everything goes through the
// stable hooks: <einv-assistant data-step data-found> and its open shadow root's data-testids.

const DEFAULT_TIMEOUT = 10_000;

/**
 * The step the panel shows (the `data-step` of `<einv-assistant>`), or null when there is no panel.
 * @param {import('puppeteer').Page} page
 * @returns {Promise<string | null>}
 */
export function currentStep(page) {
  return panelAttribute(page, 'data-step');
}

/**
 * An attribute of the panel's host element, or null.
 * @param {import('puppeteer').Page} page
 * @param {string} name
 * @returns {Promise<string | null>}
 */
export function panelAttribute(page, name) {
  return page.evaluate((n) => document.querySelector('einv-assistant')?.getAttribute(n) ?? null, name);
}

/**
 * Waits until the panel on `page` shows step `stepId`.
 * @param {import('puppeteer').Page} page
 * @param {string} stepId  e.g. 'sandbox.otp'
 * @param {{ timeout?: number }} [options]
 */
export async function waitForStep(page, stepId, { timeout = DEFAULT_TIMEOUT } = {}) {
  try {
    await page.waitForFunction(
      (id) => document.querySelector('einv-assistant')?.getAttribute('data-step') === id,
      { timeout, polling: 50 },
      stepId,
    );
  } catch {
    const shown = await currentStep(page).catch(() => null);
    throw new Error(
      `Timed out after ${timeout} ms waiting for step "${stepId}" on ${page.url()}: ` +
        (shown ? `the panel shows "${shown}".` : 'no panel (<einv-assistant data-step>) on the page.'),
    );
  }
}

/**
 * Clicks an element of the panel (inside its open shadow root) by its data-testid.
 * @param {import('puppeteer').Page} page
 * @param {string} testId  e.g. 'do-step'
 * @param {{ timeout?: number }} [options]
 */
export function clickInPanel(page, testId, options = {}) {
  return clickPanelElement(page, `[data-testid="${testId}"]`, options);
}

/**
 * Clicks the first element of the panel that matches a CSS selector (e.g. one of several
 * buttons with the same data-testid: '[data-testid="fill-gstzen"][data-env="sandbox"]').
 * @param {import('puppeteer').Page} page
 * @param {string} selector
 * @param {{ timeout?: number }} [options]
 */
export async function clickPanelElement(page, selector, { timeout = DEFAULT_TIMEOUT } = {}) {
  /** @type {import('puppeteer').JSHandle} */
  let handle;
  try {
    handle = await page.waitForFunction(
      (sel) => document.querySelector('einv-assistant')?.shadowRoot?.querySelector(sel),
      { timeout, polling: 50 },
      selector,
    );
  } catch {
    const shown = await currentStep(page).catch(() => null);
    throw new Error(`The panel has no ${selector} (step "${shown}", ${page.url()}).`);
  }
  const element = handle.asElement();
  if (!element) throw new Error(`${selector} is not an element.`);
  await /** @type {import('puppeteer').ElementHandle<Element>} */ (element).click();
  await handle.dispose();
}

/**
 * Whether the panel holds an element with this data-testid now.
 * @param {import('puppeteer').Page} page
 * @param {string} testId
 * @returns {Promise<boolean>}
 */
export function panelHas(page, testId) {
  return page.evaluate(
    (id) => Boolean(document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)),
    testId,
  );
}

/**
 * All the text the panel shows.
 * @param {import('puppeteer').Page} page
 * @returns {Promise<string>}
 */
export function panelText(page) {
  return page.evaluate(() => document.querySelector('einv-assistant')?.shadowRoot?.textContent ?? '');
}

/**
 * @typedef {object} PanelCheck
 * @property {string | null} ok      data-ok: "true" or "false"
 * @property {string | null} status  data-status: "ok", "error", "warning" or "empty"
 * @property {string} message        what the check says
 */

/**
 * The panel's check `id` (data-testid="check-<id>") as it stands.
 * @param {import('puppeteer').Page} page
 * @param {string} id  e.g. 'gstin'
 * @returns {Promise<PanelCheck>}
 */
export function readCheck(page, id) {
  return page.evaluate((checkId) => {
    const el = document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="check-${checkId}"]`);
    return {
      ok: el?.getAttribute('data-ok') ?? null,
      status: el?.getAttribute('data-status') ?? null,
      message: el?.textContent ?? '',
    };
  }, id);
}

/**
 * Waits until check `id` shows `wanted`: "true" (data-ok) or a data-status ("error", "warning",
 * "empty"), and, if given, a message matching `message` (a verdict may stay the same while the
 * input changes). Returns the check.
 * @param {import('puppeteer').Page} page
 * @param {string} id
 * @param {'true' | 'error' | 'warning' | 'empty'} [wanted]
 * @param {RegExp} [message]
 * @returns {Promise<PanelCheck>}
 */
export async function waitForCheck(page, id, wanted = 'true', message) {
  try {
    await page.waitForFunction(
      (checkId, want, source, flags) => {
        const el = document
          .querySelector('einv-assistant')
          ?.shadowRoot?.querySelector(`[data-testid="check-${checkId}"]`);
        if (el?.getAttribute(want === 'true' ? 'data-ok' : 'data-status') !== want) return false;
        return source === null || new RegExp(source, flags ?? '').test(el?.textContent ?? '');
      },
      { timeout: DEFAULT_TIMEOUT, polling: 50 },
      id,
      wanted,
      message?.source ?? null,
      message?.flags ?? null,
    );
  } catch {
    const check = await readCheck(page, id);
    throw new Error(
      `The panel's check "${id}" did not become ${wanted}${message ? ` (${message})` : ''}: ` +
        (check.status === null ? '(no such check in the panel)' : JSON.stringify(check)),
    );
  }
  return readCheck(page, id);
}

/**
 * Waits until the panel's capture notice (shown after Create) is of `kind`.
 * @param {import('puppeteer').Page} page
 * @param {'captured' | 'confirmed' | 'rejected' | 'not-kept'} kind
 */
export async function waitForCaptureNotice(page, kind) {
  try {
    await page.waitForFunction(
      (k) =>
        document
          .querySelector('einv-assistant')
          ?.shadowRoot?.querySelector('[data-testid="capture-notice"]')
          ?.getAttribute('data-kind') === k,
      { timeout: DEFAULT_TIMEOUT, polling: 50 },
      kind,
    );
  } catch {
    const shown = await page.evaluate(
      () =>
        document
          .querySelector('einv-assistant')
          ?.shadowRoot?.querySelector('[data-testid="capture-notice"]')
          ?.getAttribute('data-kind') ?? null,
    );
    throw new Error(`The panel's capture notice is ${shown ?? 'not shown'}, expected ${kind} (${page.url()}).`);
  }
}

/**
 * Waits until the page stops scrolling (the panel smooth-scrolls a new step's element into view),
 * as a person does before aiming at a control: a click computed mid-scroll lands elsewhere.
 * @param {import('puppeteer').Page} page
 */
export async function waitForStillPage(page) {
  // Counted afresh for each call: frames seen still by an earlier call prove nothing now.
  const call = Math.random();
  await page.waitForFunction(
    (token) => {
      const w = /** @type {Window & { stillPage?: { token: number, at: string, frames: number } }} */ (window);
      const at = `${window.scrollX},${window.scrollY}`;
      const last = w.stillPage?.token === token ? w.stillPage : null;
      w.stillPage = { token, at, frames: last && last.at === at ? last.frames + 1 : 0 };
      return w.stillPage.frames >= 3;
    },
    { polling: 'raf', timeout: DEFAULT_TIMEOUT },
    call,
  );
}

/**
 * Replaces a portal field's text the way a person types it (select all, delete, type).
 * @param {import('puppeteer').Page} page
 * @param {string} selector
 * @param {string} text  '' leaves the field empty
 */
export async function typeInto(page, selector, text) {
  await waitForStillPage(page);
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
}
