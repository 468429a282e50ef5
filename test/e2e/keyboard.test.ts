// The sandbox registration with the keyboard only (issue 9, item 2): from the portal's home page to
// the acknowledgement, every control reached with Tab (Shift+Tab) as a person would, pressed with
// Enter or Space; the panel's buttons in a sensible order with a visible focus ring; Escape folds
// the panel; focus is never trapped in it; its live region follows the step. No mouse click.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/keyboard.test.ts
import type { KeyInput, Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { contrast } from './a11y';
import {
  F,
  openPopup,
  practiceCaptcha,
  practiceOtp,
  SANDBOX,
  useExtensionSession,
  waitForCaptureNotice,
  waitForCheck,
  waitForStep,
} from './support';

const context = useExtensionSession();
let page: Page;
beforeEach(() => {
  ({ page } = context);
});

const USER = { gstin: '27AAPFU0939F1ZV', mobile: '9876543210', email: 'accounts@example.in' };
const ACCOUNT = { username: 'keyboard01', password: 'Key@Board26' };

/** What has focus: the panel's control (`panel:<data-testid or tag>`) or the page's (`#id` or tag). */
function focused(p: Page): Promise<string> {
  return p.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    const describe = (el: Element) =>
      el.getAttribute('data-testid') ?? (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`);
    if (active.tagName.toLowerCase() === 'einv-assistant') {
      const inner = active.shadowRoot?.activeElement;
      return inner ? `panel:${describe(inner)}` : 'panel:(none)';
    }
    return active.id ? `#${active.id}` : describe(active);
  });
}

/** Presses `key` until `wanted` has focus; fails with the path focus took. Returns that path. */
async function pressUntil(p: Page, key: KeyInput, wanted: string, max = 60, shift = false): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    if (shift) await p.keyboard.down('Shift');
    await p.keyboard.press(key);
    if (shift) await p.keyboard.up('Shift');
    const now = await focused(p);
    path.push(now);
    if (now === wanted) return path;
  }
  throw new Error(`${wanted} never had focus after ${max} × ${shift ? 'Shift+' : ''}${key}: ${path.join(' → ')}`);
}

const tabTo = (p: Page, wanted: string, max?: number) => pressUntil(p, 'Tab', wanted, max);

/** Shift+Tab until `wanted` has focus. */
const shiftTabTo = (p: Page, wanted: string, max?: number) => pressUntil(p, 'Tab', wanted, max, true);

/** Presses `key` on what has focus and waits for the page it loads. */
async function pressAndLoad(p: Page, key: KeyInput): Promise<void> {
  await Promise.all([p.waitForNavigation(), p.keyboard.press(key)]);
}

/** The panel's part with this data-testid: its text (trimmed) and aria-expanded, or null. */
function panelPart(p: Page, testId: string) {
  return p.evaluate((id) => {
    const el = document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`);
    return el
      ? { text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '', expanded: el.getAttribute('aria-expanded') }
      : null;
  }, testId);
}

/**
 * The focus ring of the panel's focused control: whether the browser shows it as :focus-visible,
 * the outline, and its contrast against the panel's colour just around the control.
 */
function focusRing(p: Page) {
  return p.evaluate(() => {
    const el = document.querySelector('einv-assistant')?.shadowRoot?.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    let around = 'rgb(255, 255, 255)';
    for (let up = el.parentElement; up; up = up.parentElement) {
      const bg = getComputedStyle(up).backgroundColor;
      if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
        around = bg;
        break;
      }
    }
    return {
      visible: el.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      around,
    };
  });
}

/** The panel's focused control shows a ring of 2 px or more at 3:1 or more (WCAG 2.4.7, 1.4.11). */
async function expectVisibleFocus(p: Page, what: string) {
  const ring = await focusRing(p);
  expect(ring, `${what}: nothing focused in the panel`).not.toBeNull();
  const { visible, style, width, color, around } = ring!;
  expect(visible && style !== 'none' && width >= 2, `${what}: ${JSON.stringify(ring)}`).toBe(true);
  expect(contrast(color, around), `${what}: ring ${color} on ${around}`).toBeGreaterThanOrEqual(3);
}

/** The popup's focused element's ring: whether it shows as :focus-visible, and its colour. */
function popupRing(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible') && style.outlineStyle !== 'none', color: style.outlineColor };
  });
}

/** The live region says the step the panel shows, as its title says it. */
async function expectAnnounced(p: Page) {
  const title = (await panelPart(p, 'step-title'))?.text ?? '';
  const said = (await panelPart(p, 'step-announcement'))?.text ?? '';
  expect(title).not.toBe('');
  expect(said).toMatch(/^Step \d+ of \d+: /);
  expect(said.endsWith(title), `announced "${said}", the title is "${title}"`).toBe(true);
  return said;
}

/** Tabs to a portal field and types into it, as a person does. */
async function tabAndType(p: Page, selector: string, text: string) {
  await tabTo(p, selector);
  await p.keyboard.type(text);
}

describe('the sandbox registration with the keyboard only', () => {
  it('goes from the home page to the acknowledgement with Tab, Enter, Escape and typing', async () => {
    await page.setViewport({ width: 1280, height: 900 });
    // Any mouse press would be a mistake here: count them, on every page of the walk.
    const mouse: string[] = [];
    await page.exposeFunction('reportMouse', (where: string) => mouse.push(where));
    await page.evaluateOnNewDocument(() => {
      const report = (window as unknown as { reportMouse: (where: string) => void }).reportMouse;
      addEventListener('pointerdown', () => report(location.pathname), true);
    });
    await page.goto(`${SANDBOX}/`);
    await waitForStep(page, 'sandbox.click-register');

    // Home page: the portal's links first, then the panel, its header's button before its action.
    const path = await tabTo(page, 'panel:do-step');
    expect(path.slice(-2)).toEqual(['panel:collapse', 'panel:do-step']);
    await expectVisibleFocus(page, 'the step button');
    // Not trapped: Tab goes on through the panel and out of it.
    await tabTo(page, 'panel:button:Show all steps', 3);
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toMatch(/^panel:/);
    // Back to the panel's button with Shift+Tab, and Enter: the Login page.
    await shiftTabTo(page, 'panel:do-step', 3);
    await pressAndLoad(page, 'Enter');
    await waitForStep(page, 'sandbox.click-register');
    expect(new URL(page.url()).pathname).toMatch(/login/i);

    // Login page: the panel's button opens the Registration Form.
    await tabTo(page, 'panel:do-step');
    await pressAndLoad(page, 'Enter');
    await waitForStep(page, 'sandbox.user-type');
    const userType = await expectAnnounced(page);

    // User Type: the panel chooses Tax Payer; its button goes with the step, focus to the new title.
    await tabTo(page, 'panel:do-step');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'sandbox.taxpayer-details');
    expect(await page.$eval(F.taxPayer, (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await expectAnnounced(page)).not.toBe(userType);
    await page.waitForFunction(
      () =>
        document.querySelector('einv-assistant')?.shadowRoot?.activeElement?.getAttribute('data-testid') ===
        'step-title',
      { timeout: 3000 },
    );

    // Escape folds the panel; focus on the button that opens it again; Enter opens it.
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('panel:collapse');
    expect((await panelPart(page, 'collapse'))?.expanded).toBe('false');
    expect(await panelPart(page, 'step-title')).toBeNull();
    await expectVisibleFocus(page, 'the expand button on the dark header');
    await page.keyboard.press('Enter');
    expect((await panelPart(page, 'collapse'))?.expanded).toBe('true');
    expect(await focused(page)).toBe('panel:collapse');

    // The details, typed by the user into the portal's fields reached with Tab.
    await tabAndType(page, F.gstin, USER.gstin);
    await tabAndType(page, F.mobile, USER.mobile);
    await tabAndType(page, F.email, USER.email);
    await tabAndType(page, F.captcha, await practiceCaptcha(page, F));
    for (const id of ['gstin', 'mobile', 'email']) await waitForCheck(page, id);
    await tabTo(page, F.validate);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (sel) => !(document.querySelector<HTMLButtonElement>(sel)?.disabled ?? true),
      {},
      F.sendOtp,
    );
    await tabTo(page, F.sendOtp);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${F.practicePhone}[data-practice-otp]`, { visible: true });
    await waitForStep(page, 'sandbox.otp');
    await expectAnnounced(page);
    await tabAndType(page, F.otp, await practiceOtp(page, F));
    await tabTo(page, F.submitOtp);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'sandbox.registration-through');
    await expectAnnounced(page);

    // Registration through: the panel chooses ERP, then picks CloudZen and types its Client ID.
    await tabTo(page, 'panel:do-step');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'sandbox.erp-details');
    await expectAnnounced(page);
    if ((await focused(page)) !== 'panel:do-step') await tabTo(page, 'panel:do-step');
    await page.keyboard.press('Space');
    await page.waitForFunction((sel) => document.querySelector<HTMLInputElement>(sel)?.value !== '', {}, F.clientId);

    // The new API user, typed by the user; Create pressed with Enter.
    await tabAndType(page, F.username, ACCOUNT.username);
    await tabAndType(page, F.password, ACCOUNT.password);
    await tabAndType(page, F.confirm, ACCOUNT.password);
    for (const id of ['company', 'client-id', 'username', 'password', 'confirm']) await waitForCheck(page, id);
    await tabTo(page, F.create);
    await pressAndLoad(page, 'Enter');
    await waitForStep(page, 'sandbox.acknowledged');
    await waitForCaptureNotice(page, 'confirmed');
    await expectAnnounced(page);

    expect(mouse).toEqual([]);
  });

  it('in the popup: one Tab stop for the tabs, the arrow keys switch them, the focus shows', async () => {
    const popup = await openPopup(context.session);
    await popup.waitForSelector('[data-testid="tab-credentials"]', { timeout: 10_000 });
    await tabTo(popup, '#tab-credentials', 10);
    expect(await popupRing(popup)).toMatchObject({ visible: true });
    const ring = (await popupRing(popup))!;
    expect(contrast(ring.color, 'rgb(255, 255, 255)'), JSON.stringify(ring)).toBeGreaterThanOrEqual(3);

    await popup.keyboard.press('ArrowRight');
    expect(await focused(popup)).toBe('#tab-board');
    await popup.waitForSelector('#panel-board');
    expect(await popup.$eval('#tab-board', (el) => el.getAttribute('aria-selected'))).toBe('true');
    // The tab list is one stop: Tab goes on into the board, not to the other tab.
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toBe('open-board');
    await shiftTabTo(popup, '#tab-board', 1);
    await popup.keyboard.press('Home');
    expect(await focused(popup)).toBe('#tab-credentials');
    await popup.waitForSelector('#panel-credentials');
    await popup.close();
  });
});
