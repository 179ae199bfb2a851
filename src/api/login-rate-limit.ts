import type { LoginRateLimit } from "./deps.js";

/**
 * Counts failed logins per (email, IP) in a sliding window. Kept in memory: a restart forgets, and
 * each replica counts on its own, which still bounds guessing to a handful per window per replica.
 */
export class LoginFailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: LoginRateLimit,
    private readonly clock: () => Date,
  ) {}

  private recent(key: string): number[] {
    const since = this.clock().getTime() - this.limit.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.maxFailures) return 0;
    const oldest = recent[recent.length - this.limit.maxFailures]!;
    return Math.max(1, Math.ceil((oldest + this.limit.windowMs - this.clock().getTime()) / 1000));
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock().getTime()]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}

export const loginKey = (email: string, ip: string): string => `${email.trim().toLowerCase()}|${ip}`;
