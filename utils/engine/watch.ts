/**
 * Calls `onChange` (coalesced, at most once per `delayMs`) whenever the page may have moved to
 * another step: DOM changes (a section shown, a view replaced, an answer rendered from JSON),
 * typing, radio/select changes, hash and history moves. Stops when `signal` aborts, i.e. when
 * the page visit ends or the extension is reloaded.
 */
export function watchPage(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  delayMs = 60,
  /**
   * The assistant's own elements (the panel's host): their insertion, removal and attributes are
   * not the page moving on, so they do not make the page be read again.
   */
  isOwn: (node: Node) => boolean = () => false,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, delayMs);
  };

  const isOwnRecord = (record: MutationRecord) =>
    isOwn(record.target) ||
    (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => isOwn(node)));
  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnRecord)) schedule();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    // Portal scripts reveal sections with style/class/hidden and enable buttons with disabled.
    attributeFilter: ['style', 'class', 'hidden', 'disabled', 'readonly', 'checked', 'value'],
  });
  for (const type of ['input', 'change', 'click'] as const) {
    doc.addEventListener(type, schedule, { capture: true, passive: true, signal });
  }
  // A portal that became a single-page app moves between views by its URL's hash or history.
  for (const type of ['hashchange', 'popstate'] as const) {
    doc.defaultView?.addEventListener(type, schedule, { passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
