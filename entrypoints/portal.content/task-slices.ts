/**
 * How the content script's start shares the page's main thread: a part runs at once while the
 * current task has used less than `sliceMs`, else in a task of its own, after the page's waiting
 * tasks. A part always runs inside a timer's callback of this script or right after one (never
 * only after an await of a message), so tools that attribute main-thread time see whose it is.
 */
export function taskSlices(sliceMs: number, now: () => number = () => performance.now()) {
  // Made while the script is first evaluated: that is the first task.
  let taskStart = now();

  /** Runs `work` in a task of its own, after the page's waiting tasks. */
  function inNextTask<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        taskStart = now();
        try {
          resolve(work());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0),
    );
  }

  /** Runs `work` now while this task is short, else in a task of its own. */
  function inSlice<T>(work: () => T): Promise<T> {
    if (now() - taskStart < sliceMs) return new Promise<T>((resolve) => resolve(work()));
    return inNextTask(work);
  }

  /** The caller runs in a new task (an event's handler, and what it awaited): count from now. */
  function taskStarted(): void {
    taskStart = now();
  }

  return { inSlice, inNextTask, taskStarted };
}
