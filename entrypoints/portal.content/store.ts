/** A tiny external store for React's useSyncExternalStore: state, replace, subscribe. */
export class Store<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private state: T) {}

  getState = (): T => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Replaces the patched fields; listeners (a panel's drawing) run only when one of them changed. */
  protected set(patch: Partial<T>): void {
    const changed = (Object.keys(patch) as (keyof T)[]).some((key) => !Object.is(patch[key], this.state[key]));
    if (!changed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
