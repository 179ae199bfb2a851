/**
 * Calls made in the same turn of the event loop, written in one database round trip: each call
 * queues its item and waits; once the turn's other work has run, `flush` gets everything queued
 * and answers each item in order. Under load many calls land in one turn, so the round trips (and
 * on SQLite the commits) per item fall exactly when they cost most; alone, a call waits only
 * for the turn to end. `flush` answers each item with its result, or with its own failure (a
 * settled promise's outcome), so one bad item need not fail the others; a flush that throws fails them all.
 */
export function sameTickBatch<Item, Result>(
  flush: (items: Item[]) => Promise<Array<Result | Failed>>,
  options: { oneAtATime?: boolean } = {},
): (item: Item) => Promise<Result> {
  let queued: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  /** With `oneAtATime`, a flush waits for the one before it to finish; what queued meanwhile goes together. */
  let flushing = false;

  function schedule(): void {
    if (flushing) return;
    if (options.oneAtATime) flushing = true;
    setImmediate(() => void run());
  }

  async function run(): Promise<void> {
    const batch = queued;
    queued = [];
    try {
      const results = await flush(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => {
        const result = results[i]!;
        if (result instanceof Failed) entry.reject(result.error);
        else entry.resolve(result);
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      if (options.oneAtATime) {
        flushing = false;
        if (queued.length > 0) schedule();
      }
    }
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      if (queued.length === 0) schedule();
      queued.push({ item, resolve, reject });
    });
}

/** One item's failure, among the results of a flush. */
export class Failed {
  constructor(readonly error: unknown) {}
}
