import { useCallback, useEffect, useRef, useState, type CSSProperties, type PointerEvent, type RefObject } from 'react';
import { OUTLINE_GAP, OUTLINE_WIDTH } from './TargetOutline';

type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
const CORNERS: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;
/** The collapsed panel: just its header. */
const COMPACT = { width: 320, height: 44 };
/** The target's outline reaches this far beyond the target: keep the panel off the ring too. */
const RING = OUTLINE_GAP + OUTLINE_WIDTH;

/**
 * Where the panel sits: a corner, or where the user dragged it. Whenever the field in focus (or
 * the step's target with its outline) would be under the panel, because focus moved, the step
 * changed or the page scrolled, the panel moves to a corner where it is not; in a window too small
 * for that, it shrinks to its header (`compact`) until there is room again.
 */
export function usePanelPlacement(
  panelRef: RefObject<HTMLElement | null>,
  target: HTMLElement | null,
  collapsed: boolean,
) {
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const [dragged, setDragged] = useState<{ left: number; top: number } | null>(null);
  const [compact, setCompact] = useState(false);
  /** The open panel's size, remembered while it is compact. */
  const fullSize = useRef<{ width: number; height: number } | null>(null);

  /**
   * Keeps the panel off the focused field, and off the step's target when there is room. Only the
   * focused field may make the panel fold to its header: a target can stay under a readable panel.
   */
  const avoid = useCallback(
    (focused: Element | null, target: Element | null) => {
      const panel = panelRef.current;
      if (!panel) return;
      // Focus inside the panel shows, from the page, as focus on its shadow host: not a field.
      const host = (panel.getRootNode() as Partial<ShadowRoot>).host;
      const usable = (el: Element | null): el is Element =>
        el !== null && el !== document.body && el !== host && !panel.contains(el);
      const focusRect = usable(focused) ? focused.getBoundingClientRect() : null;
      const targetRect = usable(target) ? grow(target.getBoundingClientRect(), RING) : null;
      const panelRect = panel.getBoundingClientRect();
      if (!compact && !collapsed) fullSize.current = { width: panelRect.width, height: panelRect.height };
      const full = fullSize.current ?? panelRect;
      const clear = (r: DOMRect, keepOff: (DOMRect | null)[]) => keepOff.every((a) => !a || !overlaps(r, a));
      const place = (c: Corner, fold: boolean) => {
        setDragged(null);
        setCorner(c);
        setCompact(fold);
      };

      if (!compact && clear(panelRect, [focusRect, targetRect])) return;
      const clearOfBoth = CORNERS.find((c) => clear(rectAt(c, full), [focusRect, targetRect]));
      if (clearOfBoth) return place(clearOfBoth, false);
      if (!focusRect) return;
      if (!compact && clear(panelRect, [focusRect])) return;
      const clearOfFocus = CORNERS.find((c) => clear(rectAt(c, full), [focusRect]));
      if (clearOfFocus) return place(clearOfFocus, false);
      const folded = CORNERS.find((c) => clear(rectAt(c, COMPACT), [focusRect]));
      if (folded) place(folded, true);
    },
    [panelRef, compact, collapsed],
  );

  useEffect(() => {
    const onFocus = (event: FocusEvent) => avoid(event.target instanceof Element ? event.target : null, target);
    document.addEventListener('focusin', onFocus, { passive: true });
    return () => document.removeEventListener('focusin', onFocus);
  }, [avoid, target]);

  useEffect(() => {
    avoid(document.activeElement, target);
  }, [avoid, target, collapsed, corner]);

  // Scrolling (or a resized window) can bring the field being typed in, or the target, under the
  // panel without any focus change: check again once per frame.
  useEffect(() => {
    let frame = 0;
    const recheck = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => avoid(document.activeElement, target));
    };
    window.addEventListener('scroll', recheck, { capture: true, passive: true });
    window.addEventListener('resize', recheck, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', recheck, { capture: true });
      window.removeEventListener('resize', recheck);
    };
  }, [avoid, target]);

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
  return { style, onDragStart, corner, compact, expand: () => setCompact(false) };
}

function rectAt(corner: Corner, size: { width: number; height: number }): DOMRect {
  const left = corner.endsWith('left') ? MARGIN : window.innerWidth - MARGIN - size.width;
  const top = corner.startsWith('top') ? MARGIN : window.innerHeight - MARGIN - size.height;
  return new DOMRect(left, top, size.width, size.height);
}

function grow(r: DOMRect, by: number): DOMRect {
  return new DOMRect(r.left - by, r.top - by, r.width + 2 * by, r.height + 2 * by);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
