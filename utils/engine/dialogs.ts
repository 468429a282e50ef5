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
}

/** At most this many entries are kept per visit; older ones are dropped. */
const MAX_ENTRIES = 20;

export class DialogLog {
  private readonly list: DialogEntry[] = [];

  record(entry: DialogEntry): void {
    this.list.push(entry);
    if (this.list.length > MAX_ENTRIES) this.list.shift();
  }

  get entries(): readonly DialogEntry[] {
    return this.list;
  }
}
