import type { BoardEntry } from '@/utils/board/observation';
import type { Flow } from '@/utils/engine/flow';
import { createPageQuery } from '@/utils/engine/page-query';
import { sendRequest } from '@/utils/messaging';

type Send = typeof sendRequest;

/**
 * Tells the onboarding board (utils/board/) what the page shows about its GSTIN: the GSTIN was
 * seen, the e-Invoice login GSTZen holds, the test invoices it deleted. Each fact once per page
 * visit; nothing secret (the flow's `observe` reads no field a user types in).
 */
export class BoardReporter {
  private readonly sent = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    /** The board's entry for the page's GSTIN, as the background answers a report. */
    private readonly onEntry: (entry: BoardEntry) => void = () => undefined,
    private readonly send: Send = sendRequest,
  ) {}

  /** The guide read the page again. Never throws into the page. */
  pageChanged = (flow: Flow): void => {
    if (this.signal.aborted || !flow.observe || !flow.pageGstin) return;
    try {
      const q = createPageQuery(this.doc);
      const gstin = flow.pageGstin(q, new URL(this.doc.location.href));
      if (!gstin) return;
      for (const observation of flow.observe(q)) {
        const key = `${gstin} ${JSON.stringify(observation)}`;
        if (this.sent.has(key)) continue;
        this.sent.add(key);
        // Sent once per visit, answered or not: the board is a record, and a refused report
        // (a page whose address and heading disagree) must not be retried on every change.
        this.send({ type: 'board.observe', site: flow.id, gstin, observation }).then(
          ({ entry }) => {
            if (!this.signal.aborted) this.onEntry(entry);
          },
          () => undefined,
        );
      }
    } catch {
      // A page we cannot read reports nothing.
    }
  };
}
