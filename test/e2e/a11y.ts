// Accessibility checks for the browser tests: axe-core run in the page on the panel (its shadow
// host, which holds the target outline too) or on a whole extension page (the popup), and the
// contrast of the target outline against the portal's own colours around it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe should hold us to: WCAG 2.0-2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe violations on `page`, one line each (rule, impact, the failing nodes and why), [] when
 * none. `scope` 'panel' checks only the assistant's shadow host (the portal replica's own markup is
 * not ours to fix); 'page' checks the whole page (the popup).
 */
export async function axeViolations(page: Page, scope: 'panel' | 'page'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (onlyPanel, tags) => {
      type AxeNode = { target: unknown[]; failureSummary?: string };
      type AxeResult = { id: string; impact?: string; help: string; nodes: AxeNode[] };
      type Axe = {
        run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }>;
      };
      const { axe } = window as unknown as { axe: Axe };
      if (onlyPanel && !document.querySelector('einv-assistant')) return ['no panel (<einv-assistant>) on the page'];
      const context = onlyPanel ? { include: [['einv-assistant']] } : document;
      // The page-level rules (one main landmark, all content in landmarks…) are the portal's concern.
      const pageLevel = { region: { enabled: !onlyPanel }, 'page-has-heading-one': { enabled: !onlyPanel } };
      const { violations } = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        rules: pageLevel,
        resultTypes: ['violations'],
      });
      return violations.flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
        ),
      );
    },
    scope === 'panel',
    TAGS,
  );
}

/** WCAG's relative luminance of an `rgb(...)`/`rgba(...)` colour (alpha ignored: callers pass opaque ones). */
export function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface OutlineContrast {
  /** The ring's colours, outermost first: the border and the light ring inside it. */
  ring: string[];
  /** The portal's background colours just outside and just inside the ring. */
  around: string[];
  /** The lowest, over the portal's colours around it, of the best contrast any ring colour has there. */
  worst: number;
}

/**
 * How the target outline stands out from the portal's colours around it (WCAG 1.4.11: 3:1). The
 * ring's colours are read from its computed style; the portal's from the elements under points
 * just outside and just inside it (their first opaque background up the tree, white at the root).
 * Null when no outline shows.
 */
export async function outlineContrast(page: Page): Promise<OutlineContrast | null> {
  const read = await page.evaluate(() => {
    const host = document.querySelector('einv-assistant');
    const outline = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="target-outline"]');
    if (!outline) return null;
    const style = getComputedStyle(outline);
    // The light ring: the first inset box-shadow's colour, if any.
    const inset = /(rgba?\([^)]*\))[^,]*inset|inset[^,]*(rgba?\([^)]*\))/.exec(style.boxShadow);
    const ring = [style.borderTopColor, ...(inset ? [inset[1] ?? inset[2] ?? ''] : [])];
    const box = outline.getBoundingClientRect();
    const backgroundAt = (x: number, y: number): string | null => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
      let el = document.elementsFromPoint(x, y).find((e) => e !== host) ?? null;
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(bg)?.[1];
        if (bg !== 'transparent' && (alpha === undefined || Number(alpha) > 0.9)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const around: string[] = [];
    const { left, top, right, bottom } = box;
    const midX = (left + right) / 2;
    const midY = (top + bottom) / 2;
    for (const [x, y] of [
      [left - 2, midY],
      [right + 2, midY],
      [midX, top - 2],
      [midX, bottom + 2],
      [left + 4, midY],
      [right - 4, midY],
    ] as const) {
      const bg = backgroundAt(x, y);
      if (bg) around.push(bg);
    }
    return { ring, around };
  });
  if (!read) return null;
  const ring = read.ring.filter(Boolean);
  const worst = Math.min(...read.around.map((bg) => Math.max(...ring.map((c) => contrast(c, bg)))));
  return { ring, around: [...new Set(read.around)], worst };
}
