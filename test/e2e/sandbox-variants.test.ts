import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_VARIANTS, sandboxControls } from '../../practice-portal/sandbox-controls.mjs';
import { walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { openPopup, SANDBOX, useExtensionSession, waitForStillPage, type ExtensionSession } from './support';

/**
 * The whole sandbox registration, guided by the built extension, on the replica as the document
 * shows it and on every markup variant a portal release could bring (practice-portal/README.md:
 * label cells without `for`, other ids, radios in spans, "Registration through" as a list,
 * look-alike companies, the OTP box hidden after Submit, a list filled late, Create Account on a
 * page of its own). The walk checks every step id in order and that each safe action changed the
 * portal's own control; here the outline is measured on the way and the popup read at the end.
 */
const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;
beforeEach(() => {
  ({ session, page } = context);
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The outline (in the panel's shadow root) and the element it should surround, in page pixels. */
async function outlineAndTarget(selector: string): Promise<{ outline: Box | null; target: Box | null }> {
  return page.evaluate((sel) => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const outline = document
      .querySelector('einv-assistant')
      ?.shadowRoot?.querySelector('[data-testid="target-outline"]');
    return { outline: box(outline), target: box(document.querySelector(sel)) };
  }, selector);
}

/** Waits (up to 3 s) until the outline and its target have kept their places for 5 frames. */
async function settledLayout(selector: string): Promise<void> {
  await page
    .waitForFunction(
      (sel) => {
        const w = window as Window & { layoutSeen?: { key: string; frames: number } };
        const outline = document
          .querySelector('einv-assistant')
          ?.shadowRoot?.querySelector('[data-testid="target-outline"]');
        const key = [outline, document.querySelector(sel)]
          .map((el) => JSON.stringify(el?.getBoundingClientRect()))
          .join('|');
        w.layoutSeen = { key, frames: w.layoutSeen?.key === key ? w.layoutSeen.frames + 1 : 0 };
        return w.layoutSeen.frames >= 5;
      },
      { polling: 'raf', timeout: 3000 },
      selector,
    )
    .catch(() => undefined); // Measured anyway: a layout that never settles fails the checks below.
}

describe.each(SANDBOX_VARIANTS)('the sandbox registration on the "%s" replica', (variant) => {
  it('is guided from the Login page to the acknowledgement and kept, outline on its targets', async () => {
    const controls = sandboxControls(variant);
    const seen: string[] = [];
    const outlined: { step: string; outline: Box | null; target: Box | null }[] = [];
    const measureAt: Record<string, string> = {
      'sandbox.user-type': controls.taxPayer,
      'sandbox.registration-through': controls.throughErp,
    };
    await walkSandbox(page, {
      sandboxUrl: SANDBOX,
      variant,
      user: {
        gstin: '29AAFCC9980M1ZR',
        mobile: '9876543210',
        email: 'accounts@example.in',
        username: `variant${SANDBOX_VARIANTS.indexOf(variant)}user`,
        password: 'Zen@Trial26',
      },
      atStep: async (stepId: string) => {
        seen.push(stepId);
        const selector = measureAt[stepId];
        if (!selector) return;
        // Measured as a person sees it: once the page has stopped moving (scrolling to the step,
        // a section appearing above the target) for a few frames.
        await waitForStillPage(page);
        await settledLayout(selector);
        outlined.push({ step: stepId, ...(await outlineAndTarget(selector)) });
      },
    });
    expect(seen).toEqual(
      expect.arrayContaining(['sandbox.user-type', 'sandbox.registration-through', 'sandbox.acknowledged']),
    );
    // The outline surrounds the element to use, with an even gap on every side.
    for (const { step, outline, target } of outlined) {
      expect(outline, `no outline at ${step}`).not.toBeNull();
      expect(target, `no target at ${step}`).not.toBeNull();
      const gaps = [
        target!.left - outline!.left,
        target!.top - outline!.top,
        outline!.right - target!.right,
        outline!.bottom - target!.bottom,
      ];
      for (const gap of gaps) expect(gap, `${step}: gaps ${gaps.map(Math.round).join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(
        Math.max(...gaps) - Math.min(...gaps),
        `${step}: gaps ${gaps.map(Math.round).join(', ')}`,
      ).toBeLessThanOrEqual(2);
    }

    const popup = await openPopup(session);
    const card = '[data-testid="credential"][data-status="confirmed"]';
    await popup.waitForSelector(card, { timeout: 10_000 });
    expect(await popup.$eval(card, (el) => el.getAttribute('data-gstin'))).toBe('29AAFCC9980M1ZR');
    expect(await popup.$eval(`${card} [data-testid="username"]`, (el) => el.textContent)).toBe(
      `variant${SANDBOX_VARIANTS.indexOf(variant)}user`,
    );
    await popup.close();
  });
});
