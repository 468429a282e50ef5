import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Resolves once the page's HTML is parsed and DOMContentLoaded has been dispatched: true when it
 * waited for the event, false when the event had come already (the script injected late). Never,
 * when the visit ends first. The script starts at document_start: compiling and setting up are
 * done while the page still loads, and the page is read as soon as it is all there, before its
 * first frame, rather than after its first frames as document_end would (the panel then shows
 * in the page's first frame).
 *
 * `readyState` alone would not do: it is "interactive" already while deferred scripts still run,
 * before the event. The event is taken on the window, where it arrives after the document's own
 * listeners (a page's handlers there have changed the page by then; what later handlers change,
 * jQuery 3's `ready` ones among them, the page watcher reads again). `load` stands in should a
 * page stop the event on its way up.
 */
export function documentParsed(
  ctx: Pick<ContentScriptContext, 'addEventListener'>,
  doc: Document = document,
): Promise<boolean> {
  if (doc.readyState === 'complete' || domContentLoadedStarted(doc)) return Promise.resolve(false);
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      resolve(true);
    };
    ctx.addEventListener(win, 'DOMContentLoaded', once, { once: true });
    ctx.addEventListener(win, 'load', once, { once: true });
  });
}

/** Whether the page's DOMContentLoaded has been dispatched (or is being). */
function domContentLoadedStarted(doc: Document): boolean {
  const timing = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return (timing?.domContentLoadedEventStart ?? 0) > 0;
}
