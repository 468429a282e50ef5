// @vitest-environment happy-dom
import { act, Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowSnapshot } from '@/utils/engine/evaluate';
import { TargetOutline } from '@/entrypoints/portal.content/TargetOutline';
import { useReactRoot } from '../react-root';

/**
 * The outline is measured again whenever the page may have moved it (its load, its fonts, a
 * resize): it is drawn again only when the target's box did move.
 */
const react = useReactRoot();
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

let box = { x: 40, y: 100, width: 200, height: 24 };
let target: HTMLInputElement;
beforeEach(() => {
  // Measured at once rather than after the browser's next layout, which happy-dom does not have.
  vi.stubGlobal('ResizeObserver', undefined);
  target = document.createElement('input');
  document.body.appendChild(target);
  // A new DOMRect on every measurement, as the browser gives.
  target.getBoundingClientRect = () => new DOMRect(box.x, box.y, box.width, box.height);
});
afterEach(() => {
  vi.unstubAllGlobals();
  target.remove();
  box = { x: 40, y: 100, width: 200, height: 24 };
});

function renderCountingCommits() {
  const commits = { count: 0 };
  react.render(
    <Profiler id="outline" onRender={() => commits.count++}>
      <TargetOutline target={target} snapshot={{} as FlowSnapshot} />
    </Profiler>,
  );
  return commits;
}
const outline = () => react.container.querySelector<HTMLElement>('[data-testid="target-outline"]');

describe('TargetOutline', () => {
  it('is not drawn again when the target is measured again where it was', async () => {
    const commits = renderCountingCommits();
    expect(outline()?.style.top).toBe('95px');
    const drawn = commits.count;
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    window.dispatchEvent(new Event('load'));
    await nextFrame();
    // A scroll of a box inside the page (seen in the capture phase) that moved nothing.
    document.body.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(commits.count).toBe(drawn);
  });

  it('follows the target when its box moved', async () => {
    const commits = renderCountingCommits();
    const drawn = commits.count;
    box = { ...box, y: 300 };
    // The page scrolled under it.
    document.body.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(commits.count).toBe(drawn + 1);
    expect(outline()?.style.top).toBe('295px');
  });

  it('is drawn again in a window of another width, where its ring may end elsewhere', async () => {
    const commits = renderCountingCommits();
    const drawn = commits.count;
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 180 });
    try {
      window.dispatchEvent(new Event('resize'));
      await nextFrame();
      expect(commits.count).toBe(drawn + 1);
      // The ring ends at the window's edge: 180 - (40 - 5).
      expect(outline()?.style.width).toBe('145px');
    } finally {
      Reflect.deleteProperty(document.documentElement, 'clientWidth');
    }
  });
});
