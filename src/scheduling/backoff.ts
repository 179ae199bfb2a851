export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Largest ceiling any retry's delay may have (before retry-after). */
  maxMs: number;
  /** The platform's Retry-After, if it sent one: never retry sooner. */
  retryAfterMs?: number;
  /** Uniform in [0, 1); injected so tests are deterministic. */
  random: () => number;
}

/**
 * Delay before retry number `attempt` (1 = the first retry): exponential backoff with full
 * jitter, uniform in [0, min(maxMs, baseMs · 2^(attempt-1))), so many prompts failing
 * together do not retry together. A retry-after from the platform is a floor, and is
 * honoured even beyond maxMs: sending sooner would only be refused again.
 */
export function retryDelayMs(attempt: number, options: BackoffOptions): number {
  const { baseMs, maxMs } = options;
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2^1024 is Infinity; min() caps it, so large attempt counts are safe.
  const ceiling = Math.max(0, Math.min(maxMs, baseMs * 2 ** (n - 1)));
  const r = options.random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  const jittered = Math.floor(unit * ceiling);
  const floor = options.retryAfterMs !== undefined && options.retryAfterMs > 0 ? Math.ceil(options.retryAfterMs) : 0;
  return Math.max(jittered, floor);
}

export interface RetryInput {
  /** Attempts already made, including the one that just failed. */
  attempt: number;
  maxAttempts: number;
  /** When the next attempt would go out (now + retryDelayMs). */
  nextAt: Date;
  /** The prompt's notAfter: nothing is sent after it. */
  notAfter: Date;
}

export type RetryDecision =
  | { action: "retry"; at: Date }
  /** Out of attempts: a delivery failure to report. */
  | { action: "give-up"; reason: "max-attempts" }
  /** Could only succeed too late: the prompt expires instead of going out late. */
  | { action: "expire"; reason: "past-not-after" };

export function decideRetry(input: RetryInput): RetryDecision {
  if (input.attempt >= input.maxAttempts) return { action: "give-up", reason: "max-attempts" };
  if (input.nextAt.getTime() > input.notAfter.getTime()) return { action: "expire", reason: "past-not-after" };
  return { action: "retry", at: input.nextAt };
}
