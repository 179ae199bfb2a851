export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(samplesMs: number[]): { medianMs: number; p99Ms: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { medianMs: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)) };
}

/**
 * How much of a rolling-second limit a run of sends used: the sends, over the most the limit
 * accepts between the first and the last (`limit` in each whole second between them, plus the
 * first second's). Sends paced evenly and sends that go in bursts of `limit` score alike.
 */
export function shareOfRollingLimit(acceptedAtMs: readonly number[], limitPerSecond: number): number {
  const seconds = (Math.max(...acceptedAtMs) - Math.min(...acceptedAtMs)) / 1000;
  return acceptedAtMs.length / (limitPerSecond * (Math.floor(seconds) + 1));
}
