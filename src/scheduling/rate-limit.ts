/**
 * GCRA (the "virtual scheduling" form of a token bucket), driven by an explicit clock.
 *
 * Each key keeps one number, its theoretical arrival time (TAT): when the bucket would be
 * full again. A send at `t` conforms when t >= TAT - (burst - 1)·T, T = 1000 / rate.
 * `reserve` always books the send and answers how long to wait before making it, so a
 * dispatcher can sleep (or re-queue the outbox row) for exactly that long.
 */

export interface RateLimitOptions {
  ratePerSecond: number;
  /** Sends allowed back to back after a quiet spell; at least 1. */
  burst: number;
  /** Keys kept before idle ones are swept; idle keys carry no state worth keeping. */
  maxKeys?: number;
}

export interface RateLimiter {
  /** Books one send for `key` and returns how many ms to wait before it (0 = go now). */
  reserve(key: string, nowMs: number): number;
  /** Books one send only if it may go now (returns 0); otherwise books nothing and returns the wait. */
  tryAcquire(key: string, nowMs: number): number;
  /** The wait `reserve` would answer, without booking anything. */
  peek(key: string, nowMs: number): number;
  /** Number of keys with state. */
  readonly size: number;
}

export interface GcraCore {
  /** Earliest instant (ms) a send for `key` conforms, at or after `nowMs`. */
  earliest(key: string, nowMs: number): number;
  /** Record a send for `key` happening at `atMs`. */
  commit(key: string, atMs: number): void;
  prune(nowMs: number): void;
  readonly size: number;
}

export function createGcra(options: RateLimitOptions): GcraCore {
  if (!(options.ratePerSecond > 0) || !Number.isFinite(options.ratePerSecond)) {
    throw new RangeError(`ratePerSecond must be a positive number, got ${options.ratePerSecond}`);
  }
  if (!Number.isInteger(options.burst) || options.burst < 1) {
    throw new RangeError(`burst must be an integer >= 1, got ${options.burst}`);
  }
  const interval = 1000 / options.ratePerSecond;
  const tolerance = (options.burst - 1) * interval;
  const maxKeys = options.maxKeys ?? 100_000;
  const tat = new Map<string, number>();
  // Sweep when the map outgrows this, then let it grow to twice what survived, so a
  // burst of genuinely busy keys does not turn every commit into a full scan.
  let sweepAt = maxKeys;

  const prune = (nowMs: number): void => {
    // A key whose TAT has passed behaves exactly like a fresh key.
    for (const [key, t] of tat) if (t <= nowMs) tat.delete(key);
  };

  return {
    earliest(key, nowMs) {
      const t = tat.get(key);
      if (t === undefined) return nowMs;
      return Math.max(nowMs, t - tolerance);
    },
    commit(key, atMs) {
      const t = tat.get(key) ?? atMs;
      tat.set(key, Math.max(t, atMs) + interval);
      if (tat.size > sweepAt) {
        prune(atMs);
        sweepAt = Math.max(maxKeys, tat.size * 2);
      }
    },
    prune,
    get size() {
      return tat.size;
    },
  };
}

/** Float noise from fractional intervals (1000/30 ms) is not a reason to wait. */
const EPSILON_MS = 1e-6;

function waitFor(atMs: number, nowMs: number): number {
  // Round up so a caller never sends early.
  return Math.max(0, Math.ceil(atMs - nowMs - EPSILON_MS));
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const core = createGcra(options);
  return {
    reserve(key, nowMs) {
      const at = core.earliest(key, nowMs);
      core.commit(key, at);
      return waitFor(at, nowMs);
    },
    tryAcquire(key, nowMs) {
      const wait = waitFor(core.earliest(key, nowMs), nowMs);
      if (wait > 0) return wait;
      core.commit(key, nowMs);
      return 0;
    },
    peek(key, nowMs) {
      return waitFor(core.earliest(key, nowMs), nowMs);
    },
    get size() {
      return core.size;
    },
  };
}

export interface TelegramRateLimitOptions {
  /** Bot-wide limit; Telegram documents about 30 messages per second. */
  globalPerSecond?: number;
  /**
   * Default 1: sends are paced evenly (one per 1000/30 ms), so no one-second window ever
   * holds more than 30. A burst of b lets up to b - 1 extra through in a window.
   */
  globalBurst?: number;
  /** Per-chat limit; Telegram documents about 1 message per second in one chat. */
  perChatPerSecond?: number;
  perChatBurst?: number;
}

export interface CompositeRateLimiter {
  /**
   * Sends to `chatId` now if both limits allow it: books it and returns 0. Otherwise books
   * nothing and returns how many ms until it would be allowed (ask again then).
   */
  tryAcquire(chatId: string, nowMs: number, botKey?: string): number;
  /** The wait `tryAcquire` would answer, without booking anything. */
  peek(chatId: string, nowMs: number, botKey?: string): number;
}

/**
 * Both Telegram limits at once.
 *
 * Unlike `RateLimiter.reserve`, this never books a send in the future: booking the
 * bot-wide bucket for a chat that must wait a second would push the bot-wide schedule
 * ahead and hold back every other chat (ten queued messages to one chat would stall
 * all chats for ten seconds). So a send is booked in both buckets only when both
 * conform now, and a caller told to wait re-queues the message and asks again.
 */
export function createTelegramRateLimiter(options: TelegramRateLimitOptions = {}): CompositeRateLimiter {
  const global = createGcra({ ratePerSecond: options.globalPerSecond ?? 30, burst: options.globalBurst ?? 1 });
  const perChat = createGcra({ ratePerSecond: options.perChatPerSecond ?? 1, burst: options.perChatBurst ?? 1 });
  const chatKey = (botKey: string, chatId: string): string => `${botKey}\u0000${chatId}`;

  const earliest = (chatId: string, nowMs: number, botKey: string): number =>
    Math.max(global.earliest(botKey, nowMs), perChat.earliest(chatKey(botKey, chatId), nowMs));

  return {
    tryAcquire(chatId, nowMs, botKey = "default") {
      const wait = waitFor(earliest(chatId, nowMs, botKey), nowMs);
      if (wait > 0) return wait;
      global.commit(botKey, nowMs);
      perChat.commit(chatKey(botKey, chatId), nowMs);
      return 0;
    },
    peek(chatId, nowMs, botKey = "default") {
      return waitFor(earliest(chatId, nowMs, botKey), nowMs);
    },
  };
}
