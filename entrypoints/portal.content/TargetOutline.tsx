import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FlowSnapshot } from '@/utils/engine/evaluate';

/** Clear space between the element and the ring, the same on every side (px). */
export const OUTLINE_GAP = 3;
/**
 * The ring's width (px), drawn outside the gap. Gap + ring stay under the ~6 px between a radio
 * and its label, so the ring never covers the "T" of "Tax Payer" or the "E" of "ERP".
 */
export const OUTLINE_WIDTH = 2;

/**
 * An outline drawn around the element to use next. It lives in our shadow root and follows the
 * element, so the portal's own markup and styles are never changed.
 */
export function TargetOutline({ target, snapshot }: { target: HTMLElement; snapshot: FlowSnapshot }) {
  const [rect, setMeasuredRect] = useState<DOMRect | null>(null);
  // The same box measured again in a window of the same width (the page's load, its fonts, a
  // resize that moved nothing) is not drawn again.
  const measured = useRef<{ rect: DOMRect; viewWidth: number } | null>(null);
  const setRect = (next: DOMRect) => {
    const viewWidth = windowWidth();
    const last = measured.current;
    if (last && last.viewWidth === viewWidth && sameBox(last.rect, next)) return;
    measured.current = { rect: next, viewWidth };
    setMeasuredRect(next);
  };

  // Re-measure on every new snapshot: the portal may have moved things around. Read after the
  // browser's own next layout (a ResizeObserver reports then, before that frame is painted), not
  // by forcing a layout in the middle of the render: on a page load that was a whole synchronous
  // layout of the portal's page inside the content script's task.
  useLayoutEffect(() => {
    if (typeof ResizeObserver !== 'function') {
      setRect(target.getBoundingClientRect());
      return;
    }
    // A new observation is reported once at the next layout whenever the box has a size: the
    // page's root always has one (the target may have none, and must then be measured too).
    const afterLayout = new ResizeObserver(() => {
      afterLayout.disconnect();
      setRect(target.getBoundingClientRect());
    });
    afterLayout.observe(target.ownerDocument.documentElement);
    return () => afterLayout.disconnect();
  }, [target, snapshot]);

  // Follow it when the page scrolls or reflows: a late stylesheet or web font, a menu that wraps,
  // a section the portal shows above it. (At DOMContentLoaded the page may not have laid out yet.)
  useEffect(() => {
    let frame = 0;
    let live = true;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRect(target.getBoundingClientRect()));
    };
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure, { passive: true });
    window.addEventListener('load', measure);
    void document.fonts?.ready.then(() => live && measure());
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    resized?.observe(target);
    resized?.observe(document.body, { box: 'border-box' });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      resized?.disconnect();
      window.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
      window.removeEventListener('load', measure);
    };
  }, [target]);

  if (!rect || (rect.width === 0 && rect.height === 0)) return null;
  // A ring outside the element's box (border-box sizing): the border's inner edge stands
  // OUTLINE_GAP px off each side, so it never covers the element's own text or control.
  const out = OUTLINE_GAP + OUTLINE_WIDTH;
  // An element flush with the window's side (a side menu) is ringed inside the window, where it
  // shows. Only sideways: above or below the window, the ring follows it out (the panel scrolls).
  const viewWidth = windowWidth();
  const left = Math.max(0, rect.left - out);
  const right = Math.min(viewWidth, rect.right + out);
  const top = rect.top - out;
  const bottom = rect.bottom + out;
  return (
    <div
      className="target-outline"
      data-testid="target-outline"
      aria-hidden="true"
      style={{ top, left, width: right - left, height: bottom - top, borderWidth: OUTLINE_WIDTH }}
    />
  );
}

function sameBox(a: DOMRect, b: DOMRect): boolean {
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}

/** The window's width without its scroll bar, where a ring must end to show. */
function windowWidth(): number {
  return document.documentElement.clientWidth || window.innerWidth;
}
