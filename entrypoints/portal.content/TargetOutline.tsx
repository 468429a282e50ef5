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

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRect(target.getBoundingClientRect()));
    };
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
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
