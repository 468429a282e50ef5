import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { SANDBOX, useExtensionSession } from './support';

/** The parts of the panel whose text goes through keepHyphenatedWords (components/keep-hyphenated-words.tsx). */
const KEPT_WHOLE = 'header, h2, .help, .manual, .checks, .notice, .step-list, .feedback';

const context = useExtensionSession();
let page: Page;
beforeEach(() => {
  ({ page } = context);
});

/**
 * Every word-internal hyphen ("e-mail", "e-Invoice") in the panel's `selector` parts whose word
 * the browser laid out on two lines: the text around it, as "e-|mail".
 */
function hyphenBreaks(p: Page, selector: string): Promise<string[]> {
  return p.evaluate((sel) => {
    const root = document.querySelector('einv-assistant')?.shadowRoot;
    if (!root) throw new Error('no panel');
    const broken: string[] = [];
    const range = document.createRange();
    const lineOf = (node: Text, at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rects = range.getClientRects();
      return rects.length ? Math.round(rects[0]!.top) : null;
    };
    for (const part of root.querySelectorAll(sel)) {
      // A word may span several text nodes (a nowrap span): compare characters across them.
      const chars: { node: Text; at: number; c: string }[] = [];
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) chars.push({ node: n, at: i, c: n.data[i]! });
      }
      chars.forEach(({ c }, i) => {
        const before = chars[i - 1];
        const after = chars[i + 1];
        if (c !== '-' || !before || !after || !/[\p{L}\p{N}]/u.test(before.c) || !/[\p{L}\p{N}]/u.test(after.c)) return;
        if (lineOf(before.node, before.at) !== lineOf(after.node, after.at)) {
          const word = chars
            .slice(Math.max(0, i - 6), i + 7)
            .map((x) => x.c)
            .join('');
          broken.push(word.replace(/-(?=[^-]*$)/, '-|'));
        }
      });
    }
    return broken;
  }, selector);
}

async function showAllSteps(p: Page) {
  await p.evaluate(() => {
    const root = document.querySelector('einv-assistant')?.shadowRoot;
    const toggle = [...(root?.querySelectorAll<HTMLButtonElement>('button.link') ?? [])].find(
      (b) => b.textContent === 'Show all steps',
    );
    toggle?.click();
  });
  await p.waitForFunction(() => document.querySelector('einv-assistant')?.shadowRoot?.querySelector('.step-list'));
}

describe('the panel text', () => {
  it('never breaks "e-mail" or "e-Invoice" after the hyphen, at any step', async () => {
    await page.setViewport({ width: 1280, height: 900 });
    const seen: string[] = [];
    const broken: string[] = [];
    await walkSandbox(page, {
      sandboxUrl: SANDBOX,
      atStep: async (stepId) => {
        seen.push(stepId);
        for (const b of await hyphenBreaks(page, KEPT_WHOLE)) broken.push(`${stepId}: ${b}`);
      },
    });
    await showAllSteps(page);
    for (const b of await hyphenBreaks(page, KEPT_WHOLE)) broken.push(`step list: ${b}`);

    expect(seen).toContain('sandbox.taxpayer-details');
    expect(seen).toContain('sandbox.acknowledged');
    expect(broken, `words broken at their hyphen: ${broken.join('; ')}`).toEqual([]);
  });
});
