/**
 * Native dialogs (`alert`, `confirm`) the page showed during one visit. The production portal
 * announces a new API user only in an `alert()` (docs/gstzen-guide.md#production-registration,
 * step 10), which leaves nothing in the DOM: the main-world observer reports each one, and
 * flows read them through `PageQuery.dialog`. An entry is only text the page chose to show, as
 * forgeable as its DOM: what it may confirm is decided by the capture rules, not here.
 */
export interface DialogEntry {
  kind: 'alert' | 'confirm';
  text: string;
  /** When the isolated side received it (epoch ms); never earlier than the dialog itself. */
  at: number;
  /** Its place in the visit's log, from 0: "after the press" is judged by this, not by the clock. */
  n?: number;
}

/** At most this many entries are kept per visit; older ones are dropped. */
const MAX_ENTRIES = 20;

export class DialogLog {
  private readonly list: DialogEntry[] = [];
  private count = 0;

  record(entry: Omit<DialogEntry, 'n'>): void {
    this.list.push({ ...entry, n: this.count++ });
    if (this.list.length > MAX_ENTRIES) this.list.shift();
  }

  /** How many dialogs were recorded so far: the next one's `n`. */
  get recorded(): number {
    return this.count;
  }

  get entries(): readonly DialogEntry[] {
    return this.list;
  }
}
