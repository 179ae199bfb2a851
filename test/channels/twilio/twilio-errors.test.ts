import { describe, expect, it } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { classifyTwilioError, parseRetryAfter, redactPhoneNumbers } from "../../../src/channels/twilio/twilio-errors.js";

/** Shaped like the SDK's RestException. */
function restError(status: number, code?: number, message = "Twilio says no") {
  return Object.assign(new Error(message), { status, ...(code !== undefined ? { code } : {}) });
}
/** Shaped like an axios network error. */
function netError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, isAxiosError: true });
}

describe("classifyTwilioError", () => {
  const cases: [string, unknown, string, string, string | number | undefined][] = [
    ["21610 unsubscribed", restError(400, 21610), "permanent", "opted_out", 21610],
    ["63016 WhatsApp outside the 24-hour window", restError(400, 63016), "permanent", "outside_window", 63016],
    ["21211 invalid To", restError(400, 21211), "permanent", "invalid_address", 21211],
    ["21614 not a mobile", restError(400, 21614), "permanent", "invalid_address", 21614],
    ["21612 unreachable", restError(400, 21612), "permanent", "invalid_address", 21612],
    ["21408 region not enabled", restError(400, 21408), "permanent", "rejected", 21408],
    ["20003 bad credentials", restError(401, 20003), "permanent", "rejected", 20003],
    ["404 without code", restError(404), "permanent", "rejected", 404],
    ["429 / 20429", restError(429, 20429), "retryable", "rate_limited", 20429],
    ["429 without code", restError(429), "retryable", "rate_limited", 429],
    ["20429 on another status", restError(400, 20429), "retryable", "rate_limited", 20429],
    ["500 / 20500", restError(500, 20500), "retryable", "server", 20500],
    ["503 without code", restError(503), "retryable", "server", 503],
    ["ECONNREFUSED", netError("ECONNREFUSED"), "retryable", "network", undefined],
    ["ECONNRESET", netError("ECONNRESET"), "retryable", "network", undefined],
    ["axios timeout", netError("ECONNABORTED"), "retryable", "network", undefined],
    ["ETIMEDOUT", netError("ETIMEDOUT"), "retryable", "network", undefined],
    ["nested cause", Object.assign(new Error("fetch failed"), { cause: netError("ECONNRESET") }), "retryable", "network", undefined],
    ["a bug, not a transport error", new TypeError("Cannot read properties of undefined"), "permanent", "rejected", undefined],
    ["not even an Error", "boom", "permanent", "rejected", undefined],
  ];

  it.each(cases)("%s → %s %s", (_name, error, kind, reason, platformCode) => {
    const classified = classifyTwilioError(error);
    expect(classified).toBeInstanceOf(ChannelSendError);
    expect(classified.kind).toBe(kind);
    expect(classified.reason).toBe(reason);
    expect(classified.options.platformCode).toBe(platformCode);
  });

  it("reads retryAfterMs from the Retry-After header on a 429", () => {
    expect(classifyTwilioError(restError(429, 20429), { retryAfter: "3" }).options.retryAfterMs).toBe(3000);
    expect(classifyTwilioError(restError(429, 20429)).options.retryAfterMs).toBeUndefined();
  });

  it("passes a ChannelSendError through unchanged", () => {
    const original = new ChannelSendError("permanent", "blocked", "blocked");
    expect(classifyTwilioError(original)).toBe(original);
  });

  it("does not keep phone numbers from Twilio's message in the cause", () => {
    const classified = classifyTwilioError(restError(400, 21211, "The 'To' number +14155550123 is not a valid phone number."));
    const cause = classified.cause as Error & { code?: number };
    expect(cause.message).not.toContain("4155550123");
    expect(cause.code).toBe(21211);
    expect(classified.message).not.toContain("4155550123");
  });

  it("does not keep the axios request (auth header, body) in the cause", () => {
    const axiosLike = Object.assign(netError("ECONNRESET"), {
      config: { headers: { Authorization: "Basic c2VjcmV0" }, data: "To=%2B14155550123&Body=my+knee+hurts" },
    });
    const cause = classifyTwilioError(axiosLike).cause as Record<string, unknown>;
    expect(JSON.stringify({ ...cause, message: (cause as unknown as Error).message })).not.toMatch(/Basic|knee|4155550123/);
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2025-03-01T10:00:00Z");
  it.each([
    ["2", 2000],
    [5, 5000],
    ["0.5", 500],
    ["Sat, 01 Mar 2025 10:00:07 GMT", 7000],
    ["Sat, 01 Mar 2025 09:59:00 GMT", 0],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
    [undefined, undefined],
  ] as const)("%s → %s", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("redactPhoneNumbers", () => {
  it.each([
    ["The 'To' number +14155550123 is not valid", "The 'To' number [number] is not valid"],
    ["call (415) 555-0123 now", "call [number] now"],
    ["[HTTP 500] timeout of 30000ms exceeded", "[HTTP 500] timeout of 30000ms exceeded"],
  ])("%s", (input, expected) => {
    expect(redactPhoneNumbers(input)).toBe(expected);
  });
});
