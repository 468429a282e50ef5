/**
 * Runs async tasks one after another, in the order they were queued. Each vault operation is a
 * read-modify-write of storage; without this two messages arriving together could both read the
 * old list and the second write would drop the first one's change.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => task());
    tail = run.catch(() => undefined);
    return run;
  };
}
