import type { ChannelName } from "../channels/channel.js";
import { smsSegments } from "../conversation/sms-length.js";
import { createGcra, createTelegramRateLimiter, type GcraCore } from "../scheduling/rate-limit.js";

/** Platform limits, per sender (SMS), per bot and chat (Telegram), per conversation (Teams). */
export interface DispatchRates {
  /** Segments per second for the Twilio sender: long code 1, toll-free 3, short code 100 (TWILIO_RATE_PER_SECOND). */
  sms?: number;
  telegram?: { perSecond?: number; perChat?: number };
  /** Messages per second per Teams conversation (7). */
  teams?: number;
  /** Web chat: unlimited unless set. */
  local?: number;
}

export const DEFAULT_RATES: Required<Pick<DispatchRates, "sms" | "teams">> & { telegram: { perSecond: number; perChat: number } } = {
  sms: 1,
  telegram: { perSecond: 30, perChat: 1 },
  teams: 7,
};

/**
 * Pacing is planned a little under the platform's limit: our clock, the network and the
 * platform's clock each add a few ms of jitter, and a send that arrives early is refused.
 */
export const RATE_SAFETY = 0.97;

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
  /** The platform said slow down (429 with Retry-After): nothing more to that key before `untilMs`. */
  penalize(channel: ChannelName, address: string, untilMs: number): void;
}

export function createSendPacer(rates: DispatchRates = {}): SendPacer {
  const smsRate = (rates.sms ?? DEFAULT_RATES.sms) * RATE_SAFETY;
  const teamsRate = (rates.teams ?? DEFAULT_RATES.teams) * RATE_SAFETY;
  const sms = createGcra({ ratePerSecond: smsRate, burst: 1 });
  const teams = createGcra({ ratePerSecond: teamsRate, burst: 1 });
  const local = rates.local !== undefined ? createGcra({ ratePerSecond: rates.local, burst: 1 }) : null;
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
    penalize(channel, address, untilMs) {
      const key = channel === "sms" ? channel : `${channel}\u0000${address}`;
      blockedUntil.set(key, Math.max(blockedUntil.get(key) ?? 0, untilMs));
      if (blockedUntil.size > 10_000) for (const [k, v] of blockedUntil) if (v < untilMs - 60_000) blockedUntil.delete(k);
    },
  };
}
