import { ChannelSendError } from "../channel.js";

/**
 * Turns whatever a Teams send threw into a `ChannelSendError` the dispatcher can act on.
 *
 * Pure: no SDK import. The Agents SDK's `HttpError` is recognised by shape (a numeric `status` and a
 * `response` with headers and data), so tests can feed plain objects and an SDK upgrade that keeps
 * the wire contract keeps working.
 *
 * - network failure (connection refused/reset, DNS, timeout) → retryable `network`
 * - 429 → retryable `rate_limited`; 412 / 5xx → retryable `server` (Retry-After honoured)
 * - 403 (bot removed or blocked by the user or admin) → permanent `blocked`
 * - 404 (conversation gone) → permanent `invalid_address`
 * - any other 4xx → permanent `rejected`
 * - anything unrecognised → retryable `server`: a token-service hiccup or SDK bug should not
 *   silently drop a patient's prompt; the dispatcher's attempt cap bounds the retries.
 */
export function classifyTeamsSendError(error: unknown, now: Date): ChannelSendError {
  if (error instanceof ChannelSendError) return error;

  const http = asHttpFailure(error);
  if (http) return classifyStatus(http, new TeamsConnectorHttpError(http), now);

  if (isNetworkError(error)) {
    return new ChannelSendError("retryable", "network", `Teams connector unreachable: ${describe(error)}`, {
      cause: error,
    });
  }

  return new ChannelSendError("retryable", "server", `Teams send failed: ${describe(error)}`, { cause: error });
}

interface HttpFailure {
  status: number;
  retryAfter?: string;
  platformCode?: string;
}

/**
 * Stands in for the SDK's `HttpError` as the `cause`: that error carries the request body (the
 * patient's message text) in `data`/`config`, and causes end up in logs.
 */
export class TeamsConnectorHttpError extends Error {
  readonly status: number;
  readonly platformCode?: string;
  constructor(http: HttpFailure) {
    super(`Teams connector HTTP ${http.status}${http.platformCode ? ` ${http.platformCode}` : ""}`);
    this.name = "TeamsConnectorHttpError";
    this.status = http.status;
    this.platformCode = http.platformCode;
  }
}

function classifyStatus(http: HttpFailure, cause: unknown, now: Date): ChannelSendError {
  const { status, platformCode } = http;
  const code = platformCode ?? status;
  const label = `Teams connector answered ${status}${platformCode ? ` (${platformCode})` : ""}`;
  const retryAfterMs = http.retryAfter === undefined ? undefined : parseRetryAfter(http.retryAfter, now);

  if (status === 429) {
    return new ChannelSendError("retryable", "rate_limited", label, { retryAfterMs, platformCode: code, cause });
  }
  if (status === 412 || status >= 500) {
    return new ChannelSendError("retryable", "server", label, { retryAfterMs, platformCode: code, cause });
  }
  if (status === 403) {
    return new ChannelSendError("permanent", "blocked", label, { platformCode: code, cause });
  }
  if (status === 404) {
    return new ChannelSendError("permanent", "invalid_address", label, { platformCode: code, cause });
  }
  if (status >= 400) {
    return new ChannelSendError("permanent", "rejected", label, { platformCode: code, cause });
  }
  // A non-error status reached the error path: nothing says a retry would fail, so allow one.
  return new ChannelSendError("retryable", "server", label, { platformCode: code, cause });
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string, now: Date): number | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an HTTP date (it names a weekday and month); Date.parse would read "-5" as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

function asHttpFailure(error: unknown): HttpFailure | undefined {
  if (!isRecord(error) || typeof error.status !== "number") return undefined;
  const response = isRecord(error.response) ? error.response : undefined;
  return {
    status: error.status,
    retryAfter: readHeader(response?.headers, "retry-after"),
    platformCode: readPlatformCode(response?.data),
  };
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (headers === undefined || headers === null) return undefined;
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  if (isRecord(headers)) {
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === name && typeof value === "string") return value;
    }
  }
  return undefined;
}

/** Bot Framework error bodies look like `{ "error": { "code": "ConversationBlockedByUser", "message": "…" } }`. */
function readPlatformCode(data: unknown): string | undefined {
  if (!isRecord(data)) return undefined;
  const inner = isRecord(data.error) ? data.error : data;
  return typeof inner.code === "string" && inner.code.length > 0 ? inner.code : undefined;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
]);

/** Node's fetch wraps socket failures as `TypeError: fetch failed` with the system error as `cause`. */
function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isRecord(current); depth++) {
    if (typeof current.code === "string" && NETWORK_CODES.has(current.code)) return true;
    if (current.name === "AbortError" || current.name === "TimeoutError") return true;
    if (current instanceof TypeError && current.message === "fetch failed") return true;
    current = current.cause;
  }
  return false;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
