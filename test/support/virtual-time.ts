import type { MonotonicClock } from "../../src/outbox/monotonic.js";

/**
 * Time that passes only when the test says so, as a wall clock and as the dispatcher's monotonic
 * clock. With `autoAdvance`, a sleep ends as soon as the event loop has nothing else to do: time
 * jumps to the earliest sleeper's wake-up, so paced sends run at full speed in virtual time.
 * Without it, sleepers wait for `advance` (or their signal). Time may move while other work
 * awaits I/O; `hold` stops it moving during a request whose timing the test reads.
 */
export function virtualTime(start: string | Date, options: { autoAdvance?: boolean } = {}) {
  const origin = new Date(start).getTime();
  let elapsed = 0;
  const sleepers: Array<{ at: number; signal: AbortSignal; wake: () => void }> = [];
  const watched = new WeakSet<AbortSignal>();
  const sleeperWaits: Array<{ count: number; resolve: () => void }> = [];
  let stepping = false;
  let holds = 0;

  function wakeDue() {
    sleepers.sort((a, b) => a.at - b.at);
    while (sleepers.length > 0 && sleepers[0]!.at <= elapsed) sleepers.shift()!.wake();
  }
  function step() {
    stepping = false;
    if (sleepers.length === 0 || holds > 0) return;
    sleepers.sort((a, b) => a.at - b.at);
    elapsed = Math.max(elapsed, sleepers[0]!.at);
    wakeDue();
    if (sleepers.length > 0) scheduleStep();
  }
  function scheduleStep() {
    if (!options.autoAdvance || stepping) return;
    stepping = true;
    setImmediate(step);
  }
  function notifySleeperWaits() {
    for (const w of [...sleeperWaits]) {
      if (sleepers.length >= w.count) {
        sleeperWaits.splice(sleeperWaits.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  const monotonic: MonotonicClock = {
    now: () => elapsed,
    sleep(ms, signal) {
      if (signal.aborted) return Promise.resolve();
      if (!watched.has(signal)) {
        // One listener per signal, however many sleep on it.
        watched.add(signal);
        signal.addEventListener("abort", () => {
          for (const sleeper of sleepers.filter((x) => x.signal === signal)) {
            sleepers.splice(sleepers.indexOf(sleeper), 1);
            sleeper.wake();
          }
        }, { once: true });
      }
      return new Promise<void>((resolve) => {
        sleepers.push({ at: elapsed + Math.max(0, ms), signal, wake: resolve });
        notifySleeperWaits();
        scheduleStep();
      });
    },
  };

  return {
    clock: () => new Date(origin + elapsed),
    monotonic,
    /** Milliseconds since the start. */
    elapsed: () => elapsed,
    advance(ms: number) {
      elapsed += ms;
      wakeDue();
    },
    /**
     * Keeps auto-advancing time from moving until the returned release is called: wrap a request
     * in flight with it, so the other side sees it at the instant it was sent.
     */
    hold(): () => void {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        scheduleStep();
      };
    },
    /** Resolves once at least `count` sleeps are waiting: the code under test has gone idle. */
    sleeping(count = 1): Promise<void> {
      return new Promise((resolve) => {
        sleeperWaits.push({ count, resolve });
        notifySleeperWaits();
      });
    },
  };
}
