import { performance } from "node:perf_hooks";

/**
 * The dispatcher's time for pacing and waiting: monotonic milliseconds, and a sleep that ends
 * early when its signal aborts. Injected, so pacing and polling are tested without real time.
 */
export interface MonotonicClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemMonotonicClock: MonotonicClock = { now: () => performance.now(), sleep };

/** Sleeps still waiting per signal: one abort listener per signal, however many sleep on it. */
const sleeping = new WeakMap<AbortSignal, Set<() => void>>();

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  let waiting = sleeping.get(signal);
  if (!waiting) {
    const created = new Set<() => void>();
    waiting = created;
    sleeping.set(signal, created);
    signal.addEventListener("abort", () => [...created].forEach((wake) => wake()), { once: true });
  }
  const set = waiting;
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      set.delete(done);
      resolve();
    }
    set.add(done);
  });
}
