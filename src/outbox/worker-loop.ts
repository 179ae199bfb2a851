import type { MonotonicClock } from "./monotonic.js";

/**
 * A background loop in the shape of pg-boss's worker: it is given the round to run and what to do
 * with its errors, and knows nothing of what the round does. Rounds started by `runOnce` are
 * serialized with each other; the loop runs `concurrency` lanes side by side, each sleeping
 * `pollIntervalMs` after a round that was not busy, unless `wake()` cuts the sleep short.
 */
export interface WorkerLoopOptions<T> {
  round(): Promise<T>;
  /** A round that found a full batch: run the next one at once. */
  busy(result: T): boolean;
  onError(error: unknown): void;
  pollIntervalMs: number;
  concurrency: number;
  clock: MonotonicClock;
}

export interface WorkerLoop<T> {
  runOnce(): Promise<T>;
  start(): void;
  /** Stops the lanes after their current round, waiting for it. */
  stop(): Promise<void>;
  wake(): void;
  readonly stopping: boolean;
  /** Aborts when stopping: waits inside a round end early with it. */
  readonly signal: AbortSignal;
}

export function createWorkerLoop<T>(options: WorkerLoopOptions<T>): WorkerLoop<T> {
  let queue: Promise<unknown> = Promise.resolve();
  let lanes: Promise<unknown> | null = null;
  let stopping = false;
  let stopController = new AbortController();
  let idle = new AbortController();

  function runOnce(): Promise<T> {
    const round = queue.then(options.round, options.round);
    queue = round.catch(() => undefined);
    return round;
  }

  async function lane(): Promise<void> {
    while (!stopping) {
      let busy = false;
      try {
        busy = options.busy(await options.round());
      } catch (error) {
        options.onError(error);
      }
      if (!busy && !stopping) await options.clock.sleep(options.pollIntervalMs, idle.signal);
    }
  }

  function wake() {
    idle.abort();
    idle = new AbortController();
  }

  return {
    runOnce,
    wake,
    start() {
      if (lanes) return;
      stopping = false;
      stopController = new AbortController();
      lanes = Promise.all(Array.from({ length: options.concurrency }, lane));
    },
    async stop() {
      stopping = true;
      stopController.abort();
      wake();
      await lanes;
      await queue;
      lanes = null;
    },
    get stopping() {
      return stopping;
    },
    get signal() {
      return stopController.signal;
    },
  };
}
