/**
 * Counts recent arrivals in a sliding window, to tell when webhooks come in faster than the
 * process should also be doing slower work. A burst counts as over only after `holdMs` without a
 * busy window: senders pause for a few milliseconds mid-burst, and work started in such a gap
 * holds up the webhooks that follow it.
 */
export function createArrivalRate(options: { windowMs?: number; threshold?: number; holdMs?: number; now?: () => number } = {}) {
  const { windowMs = 50, threshold = 10, holdMs = 1000, now = Date.now } = options;
  const arrivals: number[] = [];
  let busyUntil = Number.NEGATIVE_INFINITY;
  const trim = (at: number) => {
    while (arrivals.length > 0 && arrivals[0]! <= at - windowMs) arrivals.shift();
  };
  return {
    record(): void {
      const at = now();
      trim(at);
      arrivals.push(at);
      if (arrivals.length >= threshold) busyUntil = at + holdMs;
    },
    /** True when at least `threshold` arrivals fell in one `windowMs`, within the last `holdMs`. */
    busy(): boolean {
      return now() < busyUntil;
    },
  };
}
