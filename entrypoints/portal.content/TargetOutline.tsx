import { useEffect, useLayoutEffect, useState } from 'react';
import type { FlowSnapshot } from '@/utils/engine/evaluate';

/**
 * An outline drawn around the element to use next. It lives in our shadow root and follows the
 * element, so the portal's own markup and styles are never changed.
 */
export function TargetOutline({ target, snapshot }: { target: HTMLElement; snapshot: FlowSnapshot }) {
  const [rect, setRect] = useState<DOMRect | null>(null);

  // Re-measure on every new snapshot: the portal may have moved things around.
  useLayoutEffect(() => setRect(target.getBoundingClientRect()), [target, snapshot]);

  // Follow it when the page scrolls or reflows: a late stylesheet or web font, a menu that wraps,
  // a section the portal shows above it. (At document_end Firefox may not have laid out yet.)
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
  return (
    <div
      className="target-outline"
      data-testid="target-outline"
      aria-hidden="true"
      style={{ top: rect.top - 4, left: rect.left - 4, width: rect.width + 8, height: rect.height + 8 }}
    />
  );
}
