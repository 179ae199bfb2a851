/**
 * Counts recent arrivals in a sliding window, to tell when webhooks come in faster than the
 * process should also be doing slower work.
 */
export function createArrivalRate(windowMs = 50, threshold = 10, now: () => number = Date.now) {
  const arrivals: number[] = [];
  const trim = (at: number) => {
    while (arrivals.length > 0 && arrivals[0]! <= at - windowMs) arrivals.shift();
  };
  return {
    record(): void {
      const at = now();
      trim(at);
      arrivals.push(at);
    },
    /** True when at least `threshold` arrivals fell in the last `windowMs`. */
    busy(): boolean {
      trim(now());
      return arrivals.length >= threshold;
    },
  };
}
