// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { documentParsed } from '@/entrypoints/portal.content/document-parsed';

/** A context as WXT's: listeners bound to the visit's signal. */
function visit() {
  const controller = new AbortController();
  return {
    controller,
    ctx: {
      addEventListener: (
        target: EventTarget,
        type: string,
        handler: (event: Event) => void,
        options?: AddEventListenerOptions,
      ) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    },
  };
}
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

/** The test page, as it is while its HTML is still being parsed. */
function stillLoading() {
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
}
afterEach(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('documentParsed', () => {
  it('resolves at once when the page is already parsed', async () => {
    const { ctx } = visit();
    expect(document.readyState).not.toBe('loading');
    expect(await settled(documentParsed(ctx as never))).toBe(true);
  });

  it('waits for DOMContentLoaded while the page is still loading', async () => {
    const { ctx } = visit();
    stillLoading();
    const parsed = documentParsed(ctx as never);
    expect(await settled(parsed)).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(await settled(parsed)).toBe(true);
  });

  it("resolves after the page's own DOMContentLoaded handlers on the document ran", async () => {
    const { ctx } = visit();
    stillLoading();
    const order: string[] = [];
    const parsed = documentParsed(ctx as never).then(() => order.push('assistant'));
    document.addEventListener('DOMContentLoaded', () => order.push('page'), { once: true });
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    await parsed;
    expect(order).toEqual(['page', 'assistant']);
  });

  it('never resolves when the visit ends first', async () => {
    const { ctx, controller } = visit();
    stillLoading();
    const parsed = documentParsed(ctx as never);
    controller.abort();
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(await settled(parsed)).toBe(false);
  });
});
