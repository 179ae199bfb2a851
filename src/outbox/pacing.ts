import type { ChannelName } from "../channels/channel.js";
import { smsSegments } from "../conversation/sms-length.js";
import { createGcra, createTelegramRateLimiter, type GcraCore } from "../scheduling/rate-limit.js";
import { createSlidingLog } from "./sliding-log.js";
import { windowLimitFor, type WindowLimit } from "./send-window.js";

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

/**
 * Limits paced in this process alone (per chat, per conversation, and every limit when sharing is
 * off) are planned a little under the limit: clocks and the network add jitter, and an early send
 * is refused. At 0.9, N + 1 evenly spaced sends span 1111 ms: sends may reach the platform up to
 * 111 ms more or less late than each other before a rolling second holds more than N. The shared
 * sender windows need no such margin (`send-window.ts`).
 */
export const RATE_SAFETY = 0.9;

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
  /**
   * With shared sender budgets: the sender-wide limit this send is booked against in the database
   * (send-budget.repo.ts), which `reserve` then leaves out. null: only per-process limits apply.
   */
  senderBudget(channel: ChannelName, text: string): SenderBudget | null;
}

export interface SenderBudget {
  key: string;
  cost: number;
  limit: WindowLimit;
}

export interface PacerOptions {
  /** Book sender-wide limits (SMS, WhatsApp, Telegram's bot-wide rate) in the database, shared by all replicas. */
  shared?: boolean;
  /** Sender identities for the budget keys (TWILIO_FROM…): replicas configured alike share one budget. */
  senders?: Partial<Record<"sms" | "whatsapp" | "telegram", string>>;
}


export function createSendPacer(rates: DispatchRates = {}, options: PacerOptions = {}): SendPacer {
  const shared = options.shared ?? false;
  const smsRate = (rates.sms ?? DEFAULT_RATES.sms) * RATE_SAFETY;
  const whatsappRate = (rates.whatsapp ?? DEFAULT_RATES.whatsapp) * RATE_SAFETY;
  const telegramRate = (rates.telegram?.perSecond ?? DEFAULT_RATES.telegram.perSecond) * RATE_SAFETY;
  const teamsRate = (rates.teams ?? DEFAULT_RATES.teams) * RATE_SAFETY;
  const sms = createGcra({ ratePerSecond: smsRate, burst: 1 });
  const teams = createGcra({ ratePerSecond: teamsRate, burst: 1 });
  const whatsapp = createGcra({ ratePerSecond: whatsappRate, burst: 1 });
  const whatsappLog = createSlidingLog(rates.whatsapp ?? DEFAULT_RATES.whatsapp);
  const local = rates.local !== undefined ? createGcra({ ratePerSecond: rates.local, burst: 1 }) : null;
  const smsLog = createSlidingLog(rates.sms ?? DEFAULT_RATES.sms);
  const teamsLog = createSlidingLog(rates.teams ?? DEFAULT_RATES.teams);
  const localLog = rates.local !== undefined ? createSlidingLog(rates.local) : null;
  const telegram = createTelegramRateLimiter({
    // Shared: the bot-wide rate is booked in the database, the per-chat one stays here.
    globalPerSecond: shared ? 1e9 : telegramRate,
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

  const penaltyOnly = (floor: number, maxWaitMs: number): Reservation => (floor > maxWaitMs ? null : { goInMs: floor });

  return {
    reserve(channel, address, text, nowMs, maxWaitMs) {
      const floor = blocked(channel, address, nowMs);
      switch (channel) {
        // Twilio counts segments per sender: a three-segment prompt uses three slots.
        case "sms":
          return shared ? penaltyOnly(floor, maxWaitMs) : reserveGcra(sms, "sender", smsSegments(text), nowMs, floor, maxWaitMs);
        // WhatsApp counts messages, not segments, per sender.
        case "whatsapp":
          return shared ? penaltyOnly(floor, maxWaitMs) : reserveGcra(whatsapp, "sender", 1, nowMs, floor, maxWaitMs);
        case "teams":
          return reserveGcra(teams, address, 1, nowMs, floor, maxWaitMs);
        case "local":
          return local ? reserveGcra(local, "local", 1, nowMs, floor, maxWaitMs) : penaltyOnly(floor, maxWaitMs);
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
        // Shared: the sender's window in the database admitted the send just now, on the same rule.
        case "sms":
          return shared ? 0 : smsLog.admit("sender", smsSegments(text), nowMs);
        case "whatsapp":
          return shared ? 0 : whatsappLog.admit("sender", 1, nowMs);
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
    senderBudget(channel, text) {
      if (!shared) return null;
      const key = (name: "sms" | "whatsapp" | "telegram") => `${name}:${options.senders?.[name] ?? "default"}`;
      // The window admits on the sends themselves, so it is given the platform's own limit.
      if (channel === "sms") return { key: key("sms"), cost: smsSegments(text), limit: windowLimitFor(rates.sms ?? DEFAULT_RATES.sms) };
      if (channel === "whatsapp") return { key: key("whatsapp"), cost: 1, limit: windowLimitFor(rates.whatsapp ?? DEFAULT_RATES.whatsapp) };
      if (channel === "telegram") return { key: key("telegram"), cost: 1, limit: windowLimitFor(rates.telegram?.perSecond ?? DEFAULT_RATES.telegram.perSecond) };
      return null;
    },
  };
}
