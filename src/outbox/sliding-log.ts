/**
 * Platforms count sends in a rolling window by their own clock: after our event loop stalls,
 * sends that were paced evenly leave together. So right before each send the pacer also checks
 * the platform's rule on the instants sends really left, with this much slack for network jitter.
 */
export const WINDOW_GUARD_MS = 25;
/** Round trips observed before the fastest one is trusted to estimate when a send reached the platform. */
const LEARN_ROUND_TRIPS = 5;
/** The closest two sends may follow each other, as a fraction of the even interval. */
export const MIN_GAP_FRACTION = 0.75;

/**
 * The platform's own rule — at most `units` sends in any window of `windowMs` — applied to the
 * instants sends actually left. Rates under one per second become one send per 1/rate seconds.
 */
export function createSlidingLog(ratePerSecond: number, maxKeys = 10_000) {
  const units = Math.max(1, Math.floor(ratePerSecond));
  const windowMs = (units * 1000) / ratePerSecond + WINDOW_GUARD_MS;
  // After a stall, catch up at most this much faster than the rate, rather than in one burst
  // (bursts come back every window and arrive bunched).
  const minGapMs = (MIN_GAP_FRACTION * 1000) / ratePerSecond;
  const logs = new Map<string, number[]>();
  /** Fastest round trip seen per key (and how many were seen): how long a send takes when nothing on our side delays it. */
  const fastest = new Map<string, { ms: number; seen: number }>();
  return {
    /**
     * A send that started at `startMs` got its answer at `endMs`. It reached the platform no
     * earlier than `endMs` minus the fastest round trip seen: when our own event loop held the
     * request back (a first call loading the SDK, a long pause), its slot is moved that much later.
     * Until a few round trips are known (the first ones are the slow ones), the answer's time itself is used.
     */
    settle(key: string, startMs: number, endMs: number): void {
      const log = logs.get(key);
      const known = fastest.get(key) ?? { ms: Number.POSITIVE_INFINITY, seen: 0 };
      fastest.set(key, { ms: Math.min(known.ms, endMs - startMs), seen: known.seen + 1 });
      if (!log) return;
      const arrived = Math.max(startMs, endMs - (known.seen >= LEARN_ROUND_TRIPS ? known.ms : 0));
      if (arrived <= startMs) return;
      let moved = false;
      for (let i = 0; i < log.length; i++) {
        if (log[i] === startMs) {
          log[i] = arrived;
          moved = true;
        }
      }
      if (moved) log.sort((a, b) => a - b);
    },
    admit(key: string, cost: number, nowMs: number): number {
      let log = logs.get(key);
      if (!log) {
        if (logs.size >= maxKeys) for (const [k, l] of logs) if (l[l.length - 1]! <= nowMs - windowMs) logs.delete(k);
        log = [];
        logs.set(key, log);
      }
      while (log.length > 0 && log[0]! <= nowMs - windowMs) log.shift();
      const last = log[log.length - 1];
      if (last !== undefined && nowMs < last + minGapMs) return Math.max(1, Math.ceil(last + minGapMs - nowMs));
      const need = Math.min(cost, units);
      if (log.length + need > units) return Math.max(1, Math.ceil(log[log.length + need - units - 1]! + windowMs - nowMs));
      for (let i = 0; i < cost; i++) log.push(nowMs);
      if (log.length > units) log.splice(0, log.length - units);
      return 0;
    },
  };
}
