import { useCallback, useEffect, useState, type CSSProperties, type PointerEvent, type RefObject } from 'react';

type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
const CORNERS: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;

/**
 * Where the panel sits: a corner, or where the user dragged it. Whenever the field in focus (or
 * the step's target) would be under the panel, the panel moves to a corner where it is not.
 */
export function usePanelPlacement(panelRef: RefObject<HTMLElement | null>, target: HTMLElement | null, collapsed: boolean) {
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const [dragged, setDragged] = useState<{ left: number; top: number } | null>(null);

  const avoid = useCallback(
    (el: Element | null) => {
      const panel = panelRef.current;
      if (!panel || !el || panel.contains(el)) return;
      const avoidRect = el.getBoundingClientRect();
      const panelRect = panel.getBoundingClientRect();
      if (!overlaps(panelRect, avoidRect)) return;
      const free = CORNERS.find((c) => !overlaps(rectAt(c, panelRect), avoidRect));
      if (free) {
        setDragged(null);
        setCorner(free);
      }
    },
    [panelRef],
  );

  useEffect(() => {
    const onFocus = (event: FocusEvent) => avoid(event.target instanceof Element ? event.target : null);
    document.addEventListener('focusin', onFocus, { passive: true });
    return () => document.removeEventListener('focusin', onFocus);
  }, [avoid]);

  useEffect(() => {
    const focused = document.activeElement;
    avoid(focused && focused !== document.body ? focused : target);
  }, [avoid, target, collapsed, corner]);

  const onDragStart = useCallback(
    (start: PointerEvent<HTMLElement>) => {
      const panel = panelRef.current;
      if (!panel || start.button !== 0) return;
      const origin = panel.getBoundingClientRect();
      const dx = start.clientX - origin.left;
      const dy = start.clientY - origin.top;
      const move = (e: globalThis.PointerEvent) =>
        setDragged({
          left: clamp(e.clientX - dx, 0, window.innerWidth - origin.width),
          top: clamp(e.clientY - dy, 0, window.innerHeight - 40),
        });
      const stop = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', stop);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', stop);
      start.preventDefault();
    },
    [panelRef],
  );

  const style: CSSProperties = dragged
    ? { left: dragged.left, top: dragged.top }
    : {
        [corner.startsWith('top') ? 'top' : 'bottom']: MARGIN,
        [corner.endsWith('left') ? 'left' : 'right']: MARGIN,
      };
  return { style, onDragStart, corner };
}

function rectAt(corner: Corner, size: DOMRect): DOMRect {
  const left = corner.endsWith('left') ? MARGIN : window.innerWidth - MARGIN - size.width;
  const top = corner.startsWith('top') ? MARGIN : window.innerHeight - MARGIN - size.height;
  return new DOMRect(left, top, size.width, size.height);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
