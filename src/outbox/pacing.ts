import type { ChannelName } from "../channels/channel.js";
import { smsSegments } from "../conversation/sms-length.js";
import { createGcra, createTelegramRateLimiter, type GcraCore } from "../scheduling/rate-limit.js";

/** Platform limits, per sender (SMS), per bot and chat (Telegram), per conversation (Teams). */
export interface DispatchRates {
  /** Segments per second for the Twilio sender: long code 1, toll-free 3, short code 100 (TWILIO_RATE_PER_SECOND). */
  sms?: number;
  /** Messages per second for the WhatsApp sender (TWILIO_WHATSAPP_RATE_PER_SECOND; Twilio's default is 80). */
  whatsapp?: number;
  telegram?: { perSecond?: number; perChat?: number };
  /** Messages per second per Teams conversation (7). */
  teams?: number;
  /** Web chat: unlimited unless set. */
  local?: number;
}

export const DEFAULT_RATES: Required<Pick<DispatchRates, "sms" | "whatsapp" | "teams">> & { telegram: { perSecond: number; perChat: number } } = {
  sms: 1,
  whatsapp: 80,
  telegram: { perSecond: 30, perChat: 1 },
  teams: 7,
};

/** Pacing is planned a little under the limit: clocks and the network add jitter, and an early send is refused. */
export const RATE_SAFETY = 0.98;

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
 * Tells the dispatcher when a send may go so it never exceeds a platform limit: it waits
 * rather than fail. `reserve` either books the send (`goInMs`: wait that long, then send),
 * or books nothing and says when to ask again (`askAgainInMs`), or returns null (booking
 * nothing) when the wait would exceed `maxWaitMs`, so the caller can put the row back for later
 * instead of holding it.
 */
export type Reservation = { goInMs: number } | { askAgainInMs: number } | null;

export interface SendPacer {
  reserve(channel: ChannelName, address: string, text: string, nowMs: number, maxWaitMs: number): Reservation;
  /**
   * Called right before the send, with nothing awaited in between: 0 means go now (the send is
   * recorded); otherwise wait that many ms and ask again.
   */
  admit(channel: ChannelName, address: string, text: string, nowMs: number): number;
  /** The send admitted at `startMs` was answered (or failed) at `endMs`. */
  settle(channel: ChannelName, address: string, startMs: number, endMs: number): void;
  /** The platform said slow down (429 with Retry-After): nothing more to that key before `untilMs`. */
  penalize(channel: ChannelName, address: string, untilMs: number): void;
}

/**
 * The platform's own rule — at most `units` sends in any window of `windowMs` — applied to the
 * instants sends actually left. Rates under one per second become one send per 1/rate seconds.
 */
function createSlidingLog(ratePerSecond: number, maxKeys = 10_000) {
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

export function createSendPacer(rates: DispatchRates = {}): SendPacer {
  const smsRate = (rates.sms ?? DEFAULT_RATES.sms) * RATE_SAFETY;
  const teamsRate = (rates.teams ?? DEFAULT_RATES.teams) * RATE_SAFETY;
  const sms = createGcra({ ratePerSecond: smsRate, burst: 1 });
  const teams = createGcra({ ratePerSecond: teamsRate, burst: 1 });
  const whatsapp = createGcra({ ratePerSecond: (rates.whatsapp ?? DEFAULT_RATES.whatsapp) * RATE_SAFETY, burst: 1 });
  const whatsappLog = createSlidingLog(rates.whatsapp ?? DEFAULT_RATES.whatsapp);
  const local = rates.local !== undefined ? createGcra({ ratePerSecond: rates.local, burst: 1 }) : null;
  const smsLog = createSlidingLog(rates.sms ?? DEFAULT_RATES.sms);
  const teamsLog = createSlidingLog(rates.teams ?? DEFAULT_RATES.teams);
  const localLog = rates.local !== undefined ? createSlidingLog(rates.local) : null;
  const telegram = createTelegramRateLimiter({
    globalPerSecond: (rates.telegram?.perSecond ?? DEFAULT_RATES.telegram.perSecond) * RATE_SAFETY,
    perChatPerSecond: (rates.telegram?.perChat ?? DEFAULT_RATES.telegram.perChat) * RATE_SAFETY,
  });
  /** Penalties from Retry-After, by channel or channel+address. */
  const blockedUntil = new Map<string, number>();

  const blocked = (channel: ChannelName, address: string, nowMs: number): number => {
    const until = Math.max(blockedUntil.get(channel) ?? 0, blockedUntil.get(`${channel}\u0000${address}`) ?? 0);
    return Math.max(0, until - nowMs);
  };

  /** Books `cost` units in a GCRA bucket at its earliest conforming instant, booked at the ideal time so timer lateness does not add up. */
  const reserveGcra = (core: GcraCore, key: string, cost: number, nowMs: number, floorMs: number, maxWaitMs: number): Reservation => {
    const at = Math.max(core.earliest(key, nowMs), nowMs + floorMs);
    if (at - nowMs > maxWaitMs) return null;
    for (let i = 0; i < cost; i++) core.commit(key, at);
    return { goInMs: Math.max(0, Math.ceil(at - nowMs)) };
  };

  return {
    reserve(channel, address, text, nowMs, maxWaitMs) {
      const floor = blocked(channel, address, nowMs);
      switch (channel) {
        // Twilio counts segments per sender: a three-segment prompt uses three slots.
        case "sms":
          return reserveGcra(sms, "sender", smsSegments(text), nowMs, floor, maxWaitMs);
        // WhatsApp counts messages, not segments, per sender.
        case "whatsapp":
          return reserveGcra(whatsapp, "sender", 1, nowMs, floor, maxWaitMs);
        case "teams":
          return reserveGcra(teams, address, 1, nowMs, floor, maxWaitMs);
        case "local":
          return local ? reserveGcra(local, "local", 1, nowMs, floor, maxWaitMs) : floor > maxWaitMs ? null : { goInMs: floor };
        case "telegram": {
          // The composite limiter never books ahead (a chat that must wait would hold up all chats),
          // so the caller asks again after the wait.
          if (floor > 0) return floor > maxWaitMs ? null : { askAgainInMs: floor };
          const wait = telegram.tryAcquire(address, nowMs);
          if (wait === 0) return { goInMs: 0 };
          return wait > maxWaitMs ? null : { askAgainInMs: wait };
        }
      }
    },
    admit(channel, address, text, nowMs) {
      switch (channel) {
        case "sms":
          return smsLog.admit("sender", smsSegments(text), nowMs);
        case "whatsapp":
          return whatsappLog.admit("sender", 1, nowMs);
        case "teams":
          return teamsLog.admit(address, 1, nowMs);
        case "local":
          return localLog ? localLog.admit("local", 1, nowMs) : 0;
        case "telegram":
          return 0; // tryAcquire already decided on the real clock, just now
      }
    },
    settle(channel, address, startMs, endMs) {
      if (channel === "sms") smsLog.settle("sender", startMs, endMs);
      else if (channel === "whatsapp") whatsappLog.settle("sender", startMs, endMs);
      else if (channel === "teams") teamsLog.settle(address, startMs, endMs);
      else if (channel === "local") localLog?.settle("local", startMs, endMs);
    },
    penalize(channel, address, untilMs) {
      const key = channel === "sms" || channel === "whatsapp" ? channel : `${channel}\u0000${address}`;
      blockedUntil.set(key, Math.max(blockedUntil.get(key) ?? 0, untilMs));
      if (blockedUntil.size > 10_000) for (const [k, v] of blockedUntil) if (v < untilMs - 60_000) blockedUntil.delete(k);
    },
  };
}
