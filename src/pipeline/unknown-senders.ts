const WINDOW_MS = 24 * 3_600_000;
const MAX_TRACKED = 10_000;

/**
 * Remembers, in memory only, which unknown addresses were already told they are not enrolled,
 * so each gets one polite answer a day and nothing about them is stored.
 */
export function createUnknownSenderGate(clock: () => Date) {
  const answered = new Map<string, number>();
  let suppressedSinceLog = 0;
  let lastLogAt = 0;
  return {
    /** True when this address should get the "not enrolled" answer now. */
    shouldAnswer(key: string): boolean {
      const now = clock().getTime();
      const at = answered.get(key);
      if (at !== undefined && now - at < WINDOW_MS) return false;
      if (answered.size >= MAX_TRACKED) answered.delete(answered.keys().next().value!);
      answered.set(key, now);
      return true;
    },
    /** Counts unknown senders; returns the count to log at most once a minute, else null. */
    countForLog(): number | null {
      suppressedSinceLog++;
      const now = clock().getTime();
      if (now - lastLogAt < 60_000) return null;
      lastLogAt = now;
      const count = suppressedSinceLog;
      suppressedSinceLog = 0;
      return count;
    },
  };
}
