import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Resolves once the page's HTML is parsed (DOMContentLoaded, or at once when it was already),
 * or never when the visit ends first. The script starts at document_start: compiling and setting
 * up are done while the page still loads, and the page is read as soon as it is all there and
 * the page's own handlers ran, before its first frame, rather than after its first frames, as
 * document_end would (the panel then shows in the page's first frame).
 */
export function documentParsed(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  // On the window: the event reaches it after the document's own listeners (the page's "ready"
  // handlers, jQuery's among them), so the page is read as they left it.
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => ctx.addEventListener(win, 'DOMContentLoaded', () => resolve(), { once: true }));
}
