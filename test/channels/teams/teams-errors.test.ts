import { describe, expect, it } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { classifyTeamsSendError, parseRetryAfter } from "../../../src/channels/teams/teams-errors.js";

const NOW = new Date("2025-05-06T14:00:00.000Z");

/** Shaped like the Agents SDK's `HttpError` (status + response with fetch `Headers` and parsed body). */
function httpError(status: number, headers: Record<string, string> = {}, data: unknown = {}) {
  return Object.assign(new Error(`Request failed with status ${status}`), {
    name: "HttpError",
    status,
    response: { status, headers: new Headers(headers), data },
    // The SDK copies the request body onto the error: it holds the patient's message.
    data: { type: "message", text: "my knee is swollen" },
    config: { url: "v3/conversations/a:1/activities", data: { text: "my knee is swollen" } },
  });
}

function fetchFailed(code: string) {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
}

describe("classifyTeamsSendError", () => {
  it.each([
    { name: "connection refused", error: fetchFailed("ECONNREFUSED"), kind: "retryable", reason: "network" },
    { name: "connection reset", error: fetchFailed("ECONNRESET"), kind: "retryable", reason: "network" },
    { name: "socket closed by peer", error: fetchFailed("UND_ERR_SOCKET"), kind: "retryable", reason: "network" },
    { name: "DNS failure", error: fetchFailed("ENOTFOUND"), kind: "retryable", reason: "network" },
    { name: "bare fetch failed", error: new TypeError("fetch failed"), kind: "retryable", reason: "network" },
    {
      name: "request timeout",
      error: new DOMException("The operation was aborted due to timeout", "TimeoutError"),
      kind: "retryable",
      reason: "network",
    },
    { name: "429 with Retry-After seconds", error: httpError(429, { "Retry-After": "12" }), kind: "retryable", reason: "rate_limited", retryAfterMs: 12_000 },
    { name: "429 without Retry-After", error: httpError(429), kind: "retryable", reason: "rate_limited" },
    { name: "412 precondition failed", error: httpError(412), kind: "retryable", reason: "server" },
    { name: "500", error: httpError(500), kind: "retryable", reason: "server" },
    { name: "502 bad gateway", error: httpError(502), kind: "retryable", reason: "server" },
    { name: "503 with Retry-After date", error: httpError(503, { "retry-after": "Tue, 06 May 2025 14:00:30 GMT" }), kind: "retryable", reason: "server", retryAfterMs: 30_000 },
    { name: "504 gateway timeout", error: httpError(504), kind: "retryable", reason: "server" },
    {
      name: "403 bot blocked by the user",
      error: httpError(403, {}, { error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot." } }),
      kind: "permanent",
      reason: "blocked",
      platformCode: "ConversationBlockedByUser",
    },
    { name: "403 without a body", error: httpError(403), kind: "permanent", reason: "blocked", platformCode: 403 },
    {
      name: "404 conversation not found",
      error: httpError(404, {}, { error: { code: "ConversationNotFound", message: "Conversation not found." } }),
      kind: "permanent",
      reason: "invalid_address",
      platformCode: "ConversationNotFound",
    },
    { name: "400 bad request", error: httpError(400, {}, { error: { code: "BadSyntax" } }), kind: "permanent", reason: "rejected", platformCode: "BadSyntax" },
    { name: "401 token refused", error: httpError(401), kind: "permanent", reason: "rejected" },
    { name: "413 too large", error: httpError(413), kind: "permanent", reason: "rejected" },
    { name: "unrecognised error", error: new Error("AADSTS7000215: Invalid client secret"), kind: "retryable", reason: "server" },
    { name: "a thrown string", error: "boom", kind: "retryable", reason: "server" },
  ])("$name → $kind $reason", ({ error, kind, reason, retryAfterMs, platformCode }) => {
    const result = classifyTeamsSendError(error, NOW);
    expect(result).toBeInstanceOf(ChannelSendError);
    expect(result.kind).toBe(kind);
    expect(result.reason).toBe(reason);
    expect(result.options.retryAfterMs).toBe(retryAfterMs);
    if (platformCode !== undefined) expect(result.options.platformCode).toBe(platformCode);
  });

  it("passes a ChannelSendError through unchanged", () => {
    const original = new ChannelSendError("permanent", "invalid_address", "no reference");
    expect(classifyTeamsSendError(original, NOW)).toBe(original);
  });

  it("keeps the message text out of the cause of an HTTP failure", () => {
    const result = classifyTeamsSendError(httpError(500), NOW);
    expect(JSON.stringify(result.cause)).not.toContain("swollen");
    expect(String(result.cause)).not.toContain("swollen");
    expect(result.cause).toMatchObject({ status: 500 });
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    ["3", 3000],
    [" 120 ", 120_000],
    ["Tue, 06 May 2025 14:01:00 GMT", 60_000],
    ["Tue, 06 May 2025 13:59:00 GMT", 0], // already past
    ["soon", undefined],
    ["-5", undefined],
  ])("%j → %j ms", (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});
