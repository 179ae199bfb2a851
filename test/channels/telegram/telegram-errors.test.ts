import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { classifyTelegramError, redactTelegramError } from "../../../src/channels/telegram/telegram-errors.js";

const PAYLOAD = { chat_id: "777000", text: "my knee hurts 6/10" };

function apiError(code: number, description: string, parameters: { retry_after?: number } = {}): GrammyError {
  return new GrammyError(
    `Call to 'sendMessage' failed! (${code}: ${description})`,
    { ok: false, error_code: code, description, parameters },
    "sendMessage",
    PAYLOAD,
  );
}

describe("classifyTelegramError", () => {
  it.each([
    ["network failure", new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET")), "retryable", "network", undefined],
    ["429 with retry_after", apiError(429, "Too Many Requests: retry after 7", { retry_after: 7 }), "retryable", "rate_limited", 7_000],
    ["429 without retry_after", apiError(429, "Too Many Requests"), "retryable", "rate_limited", undefined],
    ["500", apiError(500, "Internal Server Error"), "retryable", "server", undefined],
    ["502", apiError(502, "Bad Gateway"), "retryable", "server", undefined],
    ["401 bad token", apiError(401, "Unauthorized"), "retryable", "server", undefined],
    ["404 bad token", apiError(404, "Not Found"), "retryable", "server", undefined],
    ["403 blocked by the patient", apiError(403, "Forbidden: bot was blocked by the user"), "permanent", "opted_out", undefined],
    ["403 deactivated", apiError(403, "Forbidden: user is deactivated"), "permanent", "blocked", undefined],
    ["403 never started", apiError(403, "Forbidden: bot can't initiate conversation with a user"), "permanent", "blocked", undefined],
    ["403 other", apiError(403, "Forbidden: not enough rights to send text messages to the chat"), "permanent", "rejected", undefined],
    ["400 chat not found", apiError(400, "Bad Request: chat not found"), "permanent", "invalid_address", undefined],
    ["400 too long", apiError(400, "Bad Request: message is too long"), "permanent", "rejected", undefined],
    ["400 bad markup", apiError(400, "Bad Request: can't parse entities"), "permanent", "rejected", undefined],
    ["an unexpected error", new TypeError("boom"), "retryable", "network", undefined],
  ] as const)("%s → %s %s", (_, error, kind, reason, retryAfterMs) => {
    const failure = classifyTelegramError(error);
    expect(failure).toBeInstanceOf(ChannelSendError);
    expect(failure.kind).toBe(kind);
    expect(failure.reason).toBe(reason);
    expect(failure.options.retryAfterMs).toBe(retryAfterMs);
  });

  it("keeps Telegram's code but not the payload (chat id, text) in what may be logged", () => {
    const failure = classifyTelegramError(apiError(403, "Forbidden: bot was blocked by the user"));
    expect(failure.options.platformCode).toBe(403);
    const logged = JSON.stringify({ message: failure.message, cause: String(failure.cause), options: failure.options });
    expect(logged).toContain("bot was blocked");
    expect(logged).not.toContain("777000");
    expect(logged).not.toContain("knee");
  });

  it("leaves an already classified error alone", () => {
    const failure = new ChannelSendError("permanent", "invalid_address", "x");
    expect(classifyTelegramError(failure)).toBe(failure);
  });
});

describe("redactTelegramError", () => {
  it("drops the token from a network error", () => {
    const fetchError = Object.assign(new Error("request to http://x/bot123:SECRET/sendMessage failed"), { code: "ECONNREFUSED" });
    const redacted = redactTelegramError(new HttpError("Network request for 'sendMessage' failed!", fetchError));
    expect(String(redacted)).toContain("ECONNREFUSED");
    expect(String(redacted)).not.toContain("SECRET");
  });
});
