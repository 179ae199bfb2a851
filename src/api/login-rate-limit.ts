import type { LoginRateLimit } from "../http/therapist-deps.js";

export const DEFAULT_FAILURES_PER_ADDRESS = 20;

export type LoginAttempt = { retryAfterSeconds: number } | { ticket: LoginTicket };

export interface LoginTicket {
  /** The password was right: this attempt stops counting, and the email's failures are forgiven. */
  succeeded(): void;
}

/**
 * Counts failed logins in a sliding window, per email and IP address and per IP address across
 * emails (one password tried against many accounts). An attempt is counted as a failure *before*
 * the password is hashed, in the same synchronous step as the check, so a parallel burst gets no
 * more checks than the limit; a right password takes its count back. Kept in memory: a restart
 * forgets, and each replica counts on its own, which still bounds guessing per window per replica.
 */
export class LoginFailureCounter {
  private readonly failures = new Map<string, number[]>();
  private readonly perAddress: number;

  constructor(
    private readonly limit: LoginRateLimit,
    private readonly clock: () => Date,
  ) {
    this.perAddress = limit.maxFailuresPerAddress ?? DEFAULT_FAILURES_PER_ADDRESS;
  }

  private recent(key: string): number[] {
    const since = this.clock().getTime() - this.limit.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private wait(key: string, max: number): number {
    const recent = this.recent(key);
    if (recent.length < max) return 0;
    const oldest = recent[recent.length - max]!;
    return Math.max(1, Math.ceil((oldest + this.limit.windowMs - this.clock().getTime()) / 1000));
  }

  /** Takes one attempt for this email from this address, or says how long to wait. */
  attempt(email: string, ip: string): LoginAttempt {
    const accountKey = `account:${email.trim().toLowerCase()}|${ip}`;
    const addressKey = `address:${ip}`;
    const retryAfterSeconds = Math.max(this.wait(accountKey, this.limit.maxFailures), this.wait(addressKey, this.perAddress));
    if (retryAfterSeconds > 0) return { retryAfterSeconds };
    const at = this.clock().getTime();
    for (const key of [accountKey, addressKey]) this.failures.set(key, [...this.recent(key), at]);
    return {
      ticket: {
        succeeded: () => {
          this.failures.delete(accountKey);
          const address = this.failures.get(addressKey) ?? [];
          const index = address.indexOf(at);
          if (index !== -1) address.splice(index, 1);
        },
      },
    };
  }
}
