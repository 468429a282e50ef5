import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { pressCreate, reachCreateAccount } from './sandbox-portal';
import {
  clickInPanel,
  F,
  openPopup,
  SANDBOX,
  typeInto,
  useExtensionSession,
  waitForCheck,
  waitForStep,
  waitForStillPage,
  waitUntil,
  type ExtensionSession,
} from './support';

const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;
beforeEach(() => {
  ({ session, page } = context);
});

/** The panel's box and the focused element's box, in viewport coordinates. */
function boxes(p: Page) {
  return p.evaluate(() => {
    const panel = document.querySelector('einv-assistant')?.shadowRoot?.querySelector('section.panel');
    const focused = document.activeElement;
    const r = (el: Element | null | undefined) => {
      const b = el?.getBoundingClientRect();
      return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    };
    return { panel: r(panel), focused: r(focused) };
  });
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the panel on the portal', () => {
  it('moves out of the way of the field being typed in', async () => {
    // A narrow window: the panel's corner sits on top of the form's fields.
    await page.setViewport({ width: 560, height: 640 });
    await page.goto(`${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`);
    await waitForStep(page, 'sandbox.user-type');
    await clickInPanel(page, 'do-step');
    await waitForStep(page, 'sandbox.taxpayer-details');

    const fields = await page.$$eval('input[type=text]:not([readonly])', (els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => `#${el.id}`),
    );
    expect(fields.length).toBeGreaterThanOrEqual(4);
    const placements = new Set<string>();
    const remember = (panel: Box | null) =>
      placements.add(JSON.stringify(panel, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
    remember((await boxes(page)).panel);
    for (const selector of fields) {
      await page.$eval(selector, (el) => el.scrollIntoView({ block: 'end' }));
      await page.focus(selector);
      // The panel moves off the field in a frame or two; it fails here if it never does.
      let last: Awaited<ReturnType<typeof boxes>> = { panel: null, focused: null };
      await waitUntil(async () => {
        last = await boxes(page);
        return last.panel !== null && last.focused !== null && !overlap(last.panel, last.focused);
      }, 3000).catch(() => undefined);
      expect(last.panel && last.focused && overlap(last.panel, last.focused), `panel covers ${selector}`).toBe(false);
      remember(last.panel);
    }
    // In this window the panel had to move or fold at least once: the test exercised it.
    expect(placements.size).toBeGreaterThan(1);
  });

  it('scrolls a new step into view, then leaves the scrolling to the user', async () => {
    // So short a window that the User Type radios start below its bottom edge.
    await page.setViewport({ width: 1280, height: 200 });
    await page.goto(`${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`);
    await waitForStep(page, 'sandbox.user-type');
    await waitForStillPage(page);
    const taxPayerInView = () =>
      page.$eval(F.taxPayer, (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(await taxPayerInView()).toBe(true);

    // Within a step the page stays where the user put it, even when the next field to fill is
    // out of view: it must not move under a pointer on its way to a control.
    await page.setViewport({ width: 1280, height: 900 });
    await reachCreateAccount(page, '27AAPFU0939F1ZV');
    await page.setViewport({ width: 1280, height: 400 });
    // The username field at the bottom edge; the password fields, the next to fill, below it.
    await page.$eval(F.username, (el) => el.scrollIntoView({ block: 'end' }));
    const scrolledTo = await page.evaluate(() => window.scrollY);
    await page.$eval(F.username, (el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.type('gstzenstill01');
    await waitForCheck(page, 'username', 'true');
    // Watch every frame for 600 ms after the check turned: the page must not move once.
    const positions = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const seen: number[] = [];
          const end = performance.now() + 600;
          const frame = () => {
            seen.push(window.scrollY);
            if (performance.now() < end) requestAnimationFrame(frame);
            else resolve(seen);
          };
          requestAnimationFrame(frame);
        }),
    );
    expect(positions.length).toBeGreaterThan(5);
    expect(new Set([...positions, scrolledTo])).toEqual(new Set([scrolledTo]));
  });

  it('keeps the outline on its element when the page reflows without a DOM change', async () => {
    await page.goto(`${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`);
    await waitForStep(page, 'sandbox.user-type');
    const offset = () =>
      page.evaluate((sel) => {
        const outline = document
          .querySelector('einv-assistant')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="target-outline"]');
        const target = document.querySelector(sel);
        if (!outline || !target) return null;
        return Math.round(parseFloat(outline.style.top) - target.getBoundingClientRect().top);
      }, F.taxPayer);
    await page.waitForFunction(() =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="target-outline"]'),
    );
    const before = await offset();
    expect(before).not.toBeNull();
    // As a late stylesheet or web font does: the layout moves, the DOM does not change.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('body { padding-top: 120px !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await waitUntil(async () => (await offset()) === before);
  });

  it('collapses to its header and opens again', async () => {
    await page.goto(`${SANDBOX}/`);
    await waitForStep(page, 'sandbox.click-register');
    const bodyShown = () =>
      page.evaluate(() => Boolean(document.querySelector('einv-assistant')?.shadowRoot?.querySelector('.body')));
    expect(await bodyShown()).toBe(true);
    await clickInPanel(page, 'collapse');
    await page.waitForFunction(() => !document.querySelector('einv-assistant')?.shadowRoot?.querySelector('.body'));
    await clickInPanel(page, 'collapse');
    await page.waitForFunction(() =>
      Boolean(document.querySelector('einv-assistant')?.shadowRoot?.querySelector('.body')),
    );
  });
});

describe('the popup', () => {
  it('starts at the sandbox portal when nothing is kept yet', async () => {
    const popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="start"][data-site="sandbox"]', { timeout: 10_000 });
    expect(await popup.$eval('[data-testid="start"] a', (a) => a.href)).toBe(`${SANDBOX}/`);
    expect(await popup.$$('[data-testid="credential"]')).toHaveLength(0);
    await popup.close();
  });

  it('keeps credentials encrypted on request, with no password in clear in storage.local', async () => {
    const password = 'Keep@Device42';
    const popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="keep-on-device"]:not([disabled])');
    await popup.click('[data-testid="keep-on-device"]');
    await popup.waitForFunction(
      () => (document.querySelector('[data-testid="keep-on-device"]') as HTMLInputElement).checked,
    );

    await page.bringToFront();
    await reachCreateAccount(page, '36AAECC5105F1Z3');
    await typeInto(page, F.username, 'keepdevice01');
    await typeInto(page, F.password, password);
    await typeInto(page, F.confirm, password);
    await pressCreate(page);
    await waitForStep(page, 'sandbox.acknowledged');

    await popup.waitForSelector('[data-testid="credential"]', { timeout: 10_000 });
    // A sandbox set, in the sandbox column, its buttons naming the environment; one environment
    // only, so the popup keeps its narrow width.
    expect(
      await popup.$eval('[data-testid="env-column"][data-env="sandbox"]', (column) => ({
        heading: column.querySelector('[data-testid="env-heading"]')?.textContent,
        copyPassword: column.querySelector('[data-testid="copy-password"]')?.getAttribute('aria-label'),
        wide: document.documentElement.classList.contains('wide-popup'),
      })),
    ).toEqual({ heading: 'Sandbox — for testing only', copyPassword: 'Copy sandbox password', wide: false });
    const stored = await popup.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const api = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
      const { onboardingBoard, ...vault } = await api.storage.local.get(null);
      return {
        local: JSON.stringify({ onboardingBoard, ...vault }),
        vaultLocal: JSON.stringify(vault),
        session: JSON.stringify(await api.storage.session.get(null)),
      };
    });
    expect(stored.local).not.toContain(password);
    // The vault's copy hides the username too; only the onboarding board keeps the final username
    // in clear (it is not secret: it identifies the API user on the board and in the summary).
    expect(stored.vaultLocal).not.toContain('keepdevice01');
    expect(stored.local).toContain('credentialSetsEncrypted');
    expect(stored.session).not.toContain(password);

    // Forget removes it, after a confirmation inside the popup. (Puppeteer clicks need the tab in front.)
    await popup.bringToFront();
    await popup.click('[data-testid="forget"]');
    await popup.click('[data-testid="confirm-forget"]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="credential"]').length === 0);
    await popup.click('[data-testid="keep-on-device"]');
    await popup.close();
  });
});
