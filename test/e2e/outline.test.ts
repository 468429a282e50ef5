import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRegistrationForm } from '../../scripts/lib/walk-sandbox.mjs';
import { verifyTaxpayer } from './sandbox-portal';
import { clickInPanel, F, SANDBOX, useExtensionSession, waitForStep, waitForStillPage } from './support';

/**
 * The designed ring: this many px of clear space between the element and the inner edge of the
 * outline's border, the same on every side, so the ring never covers the element's own content
 * (a link's text, a radio's dot) nor leans to one side onto its neighbours.
 */
const GAP = 3;
/** How far the measured gap may stray from GAP (sub-pixel layout, rounding). */
const TOLERANCE = 2;

const context = useExtensionSession();
let page: Page;
beforeEach(() => {
  ({ page } = context);
});

type Box = { left: number; top: number; right: number; bottom: number };
interface Measure {
  target: Box;
  /** The outline's border box. */
  outer: Box;
  /** Inside its border: where the clear gap around the element ends. */
  inner: Box;
  /** Inner gap per side: how far the border's inner edge stands off the element. */
  gaps: Box;
}

/**
 * In the page: the outline (in the panel's shadow root) and the element `selector`, in viewport
 * px; null when either is missing, or when `onlySettled` and the gaps are not yet as designed.
 */
function read(selector: string, gap: number, tolerance: number, onlySettled: boolean): Measure | null {
  const outline = document
    .querySelector('einv-assistant')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="target-outline"]');
  const target = document.querySelector(selector);
  if (!outline || !target) return null;
  const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const outer = box(outline.getBoundingClientRect());
  const style = getComputedStyle(outline);
  const border = (side: string) => parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
  const inner = {
    left: outer.left + border('left'),
    top: outer.top + border('top'),
    right: outer.right - border('right'),
    bottom: outer.bottom - border('bottom'),
  };
  const t = box(target.getBoundingClientRect());
  const gaps = {
    left: t.left - inner.left,
    top: t.top - inner.top,
    right: inner.right - t.right,
    bottom: inner.bottom - t.bottom,
  };
  const settled =
    Object.values(gaps).every((g) => Math.abs(g - gap) <= tolerance) &&
    Math.abs(gaps.left - gaps.right) <= 1 &&
    Math.abs(gaps.top - gaps.bottom) <= 1;
  return onlySettled && !settled ? null : { target: t, outer, inner, gaps };
}

/**
 * Waits for the page to stop scrolling (the panel scrolls a new step's element into view) and the
 * outline to come to rest on `selector` (it follows a frame later and glides with a short CSS
 * transition), then measures; measures anyway after 3 s, so a wrong outline fails with its numbers.
 */
async function measure(p: Page, selector: string): Promise<Measure | null> {
  await waitForStillPage(p);
  await p.waitForFunction(read, { timeout: 3000, polling: 'raf' }, selector, GAP, TOLERANCE, true).catch(() => {});
  return p.evaluate(read, selector, GAP, TOLERANCE, false);
}

/** The outline stands GAP px off `selector` on every side and encloses it. */
async function expectRingAround(p: Page, selector: string, what: string) {
  const m = await measure(p, selector);
  expect(m, `an outline and ${what} on the page`).not.toBeNull();
  const { target, outer, inner, gaps } = m!;
  const round = (b: Box) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  const report = `${what}: gaps ${JSON.stringify(round(gaps))} (want ${GAP}±${TOLERANCE} on each side)`;
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(Math.abs(gaps[side] - GAP), `${report}; ${side}`).toBeLessThanOrEqual(TOLERANCE);
  }
  // Even: the ring does not lean to one side (sub-pixel layout aside).
  expect(Math.abs(gaps.left - gaps.right), `${report}; left vs right`).toBeLessThanOrEqual(1);
  expect(Math.abs(gaps.top - gaps.bottom), `${report}; top vs bottom`).toBeLessThanOrEqual(1);
  // The element lies wholly inside the ring's clear space: the border covers none of it.
  expect(inner.left <= target.left && inner.top <= target.top, report).toBe(true);
  expect(inner.right >= target.right && inner.bottom >= target.bottom, report).toBe(true);
  expect(outer.left <= target.left && outer.right >= target.right, report).toBe(true);
  return m!;
}

/** The visible text of the label next to a radio, in viewport px. */
function labelText(p: Page, radio: string): Promise<Box> {
  return p.$eval(radio, (el) => {
    const label = document.querySelector(`label[for="${el.id}"]`);
    if (!label) throw new Error(`no label for #${el.id}`);
    const range = document.createRange();
    range.selectNodeContents(label);
    const r = range.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

describe('the target outline', () => {
  it('rings the Login link, the Tax Payer radio and the GSTIN field evenly', async () => {
    await page.setViewport({ width: 1280, height: 900 });
    let atHome = false;
    await openRegistrationForm(page, {
      sandboxUrl: SANDBOX,
      atStep: async (stepId) => {
        if (stepId !== 'sandbox.click-register') return;
        await expectRingAround(page, 'li.login a', 'the Login link on the home page');
        atHome = true;
      },
    });
    expect(atHome, 'the walk stopped on the home page').toBe(true);

    await waitForStep(page, 'sandbox.user-type');
    const radio = await expectRingAround(page, F.taxPayer, 'the Tax Payer radio');
    // The ring stops before "Tax Payer": it does not cover the "T".
    expect(radio.outer.right, 'the outline reaches into the label "Tax Payer"').toBeLessThanOrEqual(
      (await labelText(page, F.taxPayer)).left,
    );

    await clickInPanel(page, 'do-step');
    await waitForStep(page, 'sandbox.taxpayer-details');
    await expectRingAround(page, F.gstin, 'the GSTIN field');
  });

  it('rings the ERP radio under "Registration through", then the Company list', async () => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`);
    await verifyTaxpayer(page, '27AAPFU0939F1ZV');
    await waitForStep(page, 'sandbox.registration-through');
    const radio = await expectRingAround(page, F.throughErp, 'the ERP radio under "Registration through"');
    expect(radio.outer.right, 'the outline reaches into the label "ERP"').toBeLessThanOrEqual(
      (await labelText(page, F.throughErp)).left,
    );

    await clickInPanel(page, 'do-step');
    await waitForStep(page, 'sandbox.erp-details');
    await expectRingAround(page, F.company, 'the Company Name list');
  });
});
