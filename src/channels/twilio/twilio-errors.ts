import { ChannelSendError, type SendFailureReason } from "../channel.js";

/**
 * Turns whatever the Twilio SDK threw into a ChannelSendError the dispatcher can act on.
 * Pure: the error is read by shape (RestException / TwilioServiceException carry `status`
 * and `code`; axios network errors carry a string `code`), so no SDK import is needed here.
 */

/** Twilio error codes that mean "this number will never receive SMS from us", whatever we retry. */
const INVALID_ADDRESS_CODES: ReadonlySet<number> = new Set([
  21211, // invalid 'To' phone number
  21214, // 'To' phone number cannot be reached
  21217, // phone number does not appear to be valid
  21265, // 'To' number cannot be a short code
  21401, // invalid phone number
  21407, // this phone number type does not support SMS
  21612, // 'To' number is not currently reachable via SMS
  21614, // 'To' number is not a valid mobile number
]);

const OPTED_OUT_CODES: ReadonlySet<number> = new Set([
  21610, // recipient replied STOP: Twilio refuses until they send START
]);

/** WhatsApp: free-form text outside the 24-hour window. Only an approved template can go now, so a retry never helps. */
export const OUTSIDE_WINDOW_CODE = 63016;

const RATE_LIMITED_CODES: ReadonlySet<number> = new Set([20429]);

/** Errors that mean the request never completed; Twilio may or may not have the message (findSent decides). */
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED", // axios: request timed out
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "ERR_NETWORK",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

export interface TwilioErrorContext {
  /** The Retry-After response header of the failed request, when the transport could see it. */
  retryAfter?: string | number | null;
  /** For HTTP-date Retry-After values. */
  now?: Date;
  /** Strings to take out of the kept error message (the recipient, the text): Twilio quotes them back. */
  redact?: readonly string[];
}

export function classifyTwilioError(error: unknown, context: TwilioErrorContext = {}): ChannelSendError {
  if (error instanceof ChannelSendError) return error;

  const status = httpStatusOf(error);
  const code = twilioCodeOf(error);
  const platformCode = code ?? status;
  const make = (kind: "retryable" | "permanent", reason: SendFailureReason, message: string, retryAfterMs?: number) =>
    new ChannelSendError(kind, reason, message, {
      cause: safeCause(error, context.redact ?? []),
      ...(platformCode !== undefined ? { platformCode } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });

  if (status === undefined) {
    const netCode = networkCodeOf(error);
    if (netCode !== undefined) return make("retryable", "network", `Twilio unreachable (${netCode})`);
    // Not an HTTP answer and not a known network failure: a bug or bad input, which a retry will not fix.
    return make("permanent", "rejected", `Twilio send failed: ${messageOf(error)}`);
  }

  if (status === 429 || (code !== undefined && RATE_LIMITED_CODES.has(code))) {
    const retryAfterMs = parseRetryAfter(context.retryAfter, context.now ?? new Date());
    return make("retryable", "rate_limited", `Twilio rate limit (HTTP ${status})`, retryAfterMs);
  }
  if (code !== undefined && OPTED_OUT_CODES.has(code)) {
    return make("permanent", "opted_out", `Recipient has opted out (Twilio ${code})`);
  }
  if (code === OUTSIDE_WINDOW_CODE) {
    return make("permanent", "outside_window", `WhatsApp refused free-form text outside the 24-hour window; a template is needed (Twilio ${code})`);
  }
  if (code !== undefined && INVALID_ADDRESS_CODES.has(code)) {
    return make("permanent", "invalid_address", `Invalid or unreachable number (Twilio ${code})`);
  }
  if (status >= 500) {
    return make("retryable", "server", `Twilio server error (HTTP ${status}${code !== undefined ? `, ${code}` : ""})`);
  }
  return make("permanent", "rejected", `Twilio rejected the message (HTTP ${status}${code !== undefined ? `, ${code}` : ""})`);
}

/** Retry-After is either delta-seconds or an HTTP-date; anything else is ignored. */
export function parseRetryAfter(value: string | number | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 100 && status < 600 ? status : undefined;
}

function twilioCodeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "number") return code;
  if (typeof code === "string" && /^\d+$/.test(code)) return Number(code);
  return undefined;
}

function networkCodeOf(error: unknown): string | undefined {
  // axios keeps the socket error's code; Node may also nest it in `cause`.
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_ERROR_CODES.has(code)) return code;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return redactPhoneNumbers(error instanceof Error ? error.message : String(error));
}

/**
 * The raw SDK error is not kept as the cause: axios errors carry the request (To, Body and the
 * Basic auth header) and Twilio's messages often quote the phone number, and causes get logged.
 */
function safeCause(error: unknown, redact: readonly string[]): Error {
  const e = (error ?? {}) as { name?: unknown; status?: unknown; code?: unknown; moreInfo?: unknown };
  const cause = new Error(scrubText(error instanceof Error ? error.message : String(error), redact));
  cause.name = typeof e.name === "string" ? e.name : "Error";
  Object.assign(cause, {
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.moreInfo === "string" ? { moreInfo: e.moreInfo } : {}),
  });
  return cause;
}

/** Takes the given strings (a patient's number, their words) and anything phone-like out of a text meant for logs. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let scrubbed = text;
  for (const secret of secrets) if (secret.length >= 3) scrubbed = scrubbed.split(secret).join("[redacted]");
  return redactPhoneNumbers(scrubbed);
}

export function redactPhoneNumbers(text: string): string {
  return text.replace(/[+(]?\d[\d\s().-]{5,}\d/g, "[number]");
}
