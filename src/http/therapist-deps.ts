import type { ChannelName } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import type { RtmThresholds } from "../monitoring/rtm-thresholds.js";

export interface LoginRateLimit {
  /** Failed logins allowed per email and IP address within the window; the next attempt gets 429. */
  maxFailures: number;
  /** Failed logins allowed per IP address across all emails within the window (default 20). */
  maxFailuresPerAddress?: number;
  windowMs: number;
}

/** What the therapist-facing routers need from the composition root. */
export interface TherapistApiDeps {
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** Resolves library video paths (see `resolveVideoUrl`). */
  videoBaseUrl: string;
  /** Called after a therapist's reply is queued, so it goes out now rather than on the next tick. */
  wakeDispatcher: () => void;
  loginRateLimit?: LoginRateLimit;
  /** Telegram bot username (without @), for `https://t.me/<bot>?start=<code>` enrollment links. */
  telegramBotUsername?: string;
  /** Public origin for printed short links; the request's own origin when absent. */
  publicBaseUrl?: string;
  /** The channels this service sends on (a therapist's reply goes on the patient's preferred one that is on); every platform (not the web chat) when absent. */
  enabledChannels?: readonly ChannelName[];
  /** How long a dashboard login lasts. */
  sessionTtlMs?: number;
  /** RTM code thresholds (RTM_THRESHOLDS); the 2026 published values when absent. */
  rtmThresholds?: RtmThresholds;
  /** A dashboard tab idle longer than this stops counting monitoring time (MONITORING_IDLE_MINUTES). */
  monitoringIdleMs?: number;
  /** How often an open inbox's event stream looks for new emergencies and urgent items (default 2 s). */
  inboxPollMs?: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { maxFailures: 5, windowMs: 15 * 60_000 };
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60_000;
