import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { clickInPanel, F, SANDBOX, useExtensionSession, waitForStep, waitForStillPage } from './support';

const context = useExtensionSession();
let page: Page;
beforeEach(() => {
  ({ page } = context);
});

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The panel's box, the focused field's box and the outline's box, in viewport px. */
function boxes(p: Page) {
  return p.evaluate(() => {
    const root = document.querySelector('einv-assistant')?.shadowRoot;
    const r = (el: Element | null | undefined) => {
      const b = el?.getBoundingClientRect();
      return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    };
    return {
      panel: r(root?.querySelector('section.panel')),
      focused: r(document.activeElement),
      outline: r(root?.querySelector('[data-testid="target-outline"]')),
    };
  });
}

/** A few frames for the panel to react to a scroll (it re-checks once per animation frame). */
const frames = (p: Page) =>
  p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));

describe('the panel when the page scrolls', () => {
  it('moves off the field being typed in when scrolling brings it under the panel', async () => {
    // Narrow and short: the panel's corner overlaps the form's column.
    await page.setViewport({ width: 560, height: 640 });
    await page.goto(`${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`);
    await waitForStep(page, 'sandbox.user-type');
    await clickInPanel(page, 'do-step');
    await waitForStep(page, 'sandbox.taxpayer-details');
    await waitForStillPage(page);
    // Room to scroll either way, whatever the form's height.
    await page.evaluate(() => {
      document.body.style.paddingTop = '600px';
      document.body.style.paddingBottom = '1200px';
    });

    // The user clicks into GSTIN near the top: the panel is clear of it.
    await page.$eval(F.gstin, (el) => el.scrollIntoView({ block: 'start' }));
    await page.focus(F.gstin);
    await frames(page);
    const before = await boxes(page);
    expect(before.panel && before.focused && overlap(before.panel, before.focused)).toBe(false);

    // Then scrolls (wheel, scroll bar) so that GSTIN, still focused, lands where the panel sits.
    const { panel } = before;
    await page.$eval(
      F.gstin,
      (el, top) => window.scrollBy({ top: el.getBoundingClientRect().top - top, behavior: 'instant' }),
      panel!.top + 20,
    );
    await waitForStillPage(page);
    await frames(page);
    const after = await boxes(page);
    expect(after.focused!.top, 'the field is where the panel was').toBeGreaterThan(panel!.top);
    expect(after.panel && after.focused && overlap(after.panel, after.focused), 'panel over the focused GSTIN').toBe(
      false,
    );
  });
});
