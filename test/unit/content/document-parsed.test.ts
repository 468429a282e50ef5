// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentParsed } from '@/entrypoints/portal.content/document-parsed';

/** A context as WXT's: listeners bound to the visit's signal, and a record of where they went. */
function visit() {
  const controller = new AbortController();
  const targets: EventTarget[] = [];
  return {
    controller,
    targets,
    ctx: {
      addEventListener: (
        target: EventTarget,
        type: string,
        handler: (event: Event) => void,
        options?: AddEventListenerOptions,
      ) => {
        targets.push(target);
        target.addEventListener(type, handler, { ...options, signal: controller.signal });
      },
    },
  };
}
/** What the promise gave within a moment, or 'pending'. */
const outcome = async (promise: Promise<boolean>) => {
  let value: boolean | 'pending' = 'pending';
  void promise.then((v) => (value = v));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return value;
};
/** The test page as it is while parsed, or right after ("interactive": deferred scripts still to run). */
function state(readyState: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
}
const dcl = () => window.dispatchEvent(new Event('DOMContentLoaded'));
afterEach(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('documentParsed', () => {
  it('resolves at once (false) when the page has loaded', async () => {
    const { ctx } = visit();
    state('complete');
    expect(await outcome(documentParsed(ctx))).toBe(false);
  });

  it('resolves at once (false) when DOMContentLoaded was dispatched already', async () => {
    const { ctx } = visit();
    state('interactive');
    vi.spyOn(window.performance, 'getEntriesByType').mockReturnValue([
      { domContentLoadedEventStart: 120 } as PerformanceNavigationTiming,
    ]);
    expect(await outcome(documentParsed(ctx))).toBe(false);
  });

  it.each(['loading', 'interactive'] as const)(
    'waits for DOMContentLoaded on the window while the page is %s',
    async (readyState) => {
      const { ctx, targets } = visit();
      state(readyState);
      const parsed = documentParsed(ctx);
      expect(await outcome(parsed)).toBe('pending');
      // On the window: after the document's own listeners.
      expect(targets).toContain(window);
      expect(targets).not.toContain(document);
      dcl();
      expect(await outcome(parsed)).toBe(true);
    },
  );

  it('takes load instead when a page stopped DOMContentLoaded on its way up', async () => {
    const { ctx } = visit();
    state('loading');
    const parsed = documentParsed(ctx);
    window.dispatchEvent(new Event('load'));
    expect(await outcome(parsed)).toBe(true);
  });

  it('never resolves when the visit ends first', async () => {
    const { ctx, controller } = visit();
    state('loading');
    const parsed = documentParsed(ctx);
    controller.abort();
    dcl();
    expect(await outcome(parsed)).toBe('pending');
  });
});
