import { BotError, GrammyError, HttpError } from "grammy";
import { ChannelSendError } from "../channel.js";

/** Turns whatever a Bot API call threw into a ChannelSendError the dispatcher can act on. */
export function classifyTelegramError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const cause = redactTelegramError(error);

  if (error instanceof GrammyError) {
    const code = error.error_code;
    const retryAfter = error.parameters.retry_after;
    if (code === 429 || retryAfter !== undefined) {
      return new ChannelSendError("retryable", "rate_limited", "Telegram rate limit", {
        platformCode: code,
        retryAfterMs: retryAfter !== undefined ? retryAfter * 1000 : undefined,
        cause,
      });
    }
    if (code >= 500) {
      return new ChannelSendError("retryable", "server", `Telegram server error ${code}`, { platformCode: code, cause });
    }
    // A wrong or revoked token fails every send alike: retry (and alert on it) rather than permanently
    // failing each patient's messages while the configuration is being fixed.
    if (code === 401 || code === 404) {
      return new ChannelSendError("retryable", "server", `Telegram refused the bot token (${code})`, {
        platformCode: code,
        cause,
      });
    }
    // Blocking the bot is the patient's own way of saying stop; the other 403s are not their choice.
    if (code === 403 && BLOCKED_BY_USER.test(error.description)) {
      return new ChannelSendError("permanent", "opted_out", "The patient blocked the bot", { platformCode: code, cause });
    }
    if (code === 403 && BLOCKED.test(error.description)) {
      return new ChannelSendError("permanent", "blocked", "The user is gone or the bot may not write to them", { platformCode: code, cause });
    }
    if (code === 400 && INVALID_ADDRESS.test(error.description)) {
      return new ChannelSendError("permanent", "invalid_address", "Telegram does not know this chat", {
        platformCode: code,
        cause,
      });
    }
    return new ChannelSendError("permanent", "rejected", `Telegram rejected the message (${code})`, {
      platformCode: code,
      cause,
    });
  }

  // HttpError: the request may have reached Telegram before the connection failed, so a retry can duplicate.
  return new ChannelSendError("retryable", "network", "Network error talking to Telegram", { cause });
}

const BLOCKED_BY_USER = /bot was blocked by the user/i;
const BLOCKED = /user is deactivated|bot was kicked|bot can't initiate conversation|bot is not a member/i;
const INVALID_ADDRESS = /chat not found|user not found|PEER_ID_INVALID|chat_id is empty/i;

/**
 * The same error without what must not reach a log: a GrammyError carries the request payload
 * (chat id, message text), a BotError the whole update, and the fetch error inside an HttpError
 * names the API URL, bot token included. Other errors are returned as they are.
 */
export function redactTelegramError(error: unknown): unknown {
  if (error instanceof BotError) return redactTelegramError(error.error);
  if (error instanceof GrammyError) return new Error(`${error.method}: ${error.error_code} ${error.description}`);
  if (error instanceof HttpError) return new Error(`${error.message} (${errorName(error.error)})`);
  return error;
}

/** The kind of a low-level error without its message. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}
