import { AsyncLocalStorage } from "node:async_hooks";
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient.js";
import type * as TwilioHttpResponse from "twilio/lib/http/response.js";

/** Where one SDK call can read the headers of the response that failed it (RestException drops them). */
interface ResponseSlot {
  headers?: Record<string, unknown>;
}

const responseSlot = new AsyncLocalStorage<ResponseSlot>();

/**
 * Runs one SDK call and hands back, next to its outcome, the headers of the last HTTP response
 * it got. Used to read Retry-After on a 429; safe with concurrent sends because each call has
 * its own async context.
 */
export async function withResponseHeaders<T>(
  call: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown; headers: Record<string, unknown> | undefined }> {
  const slot: ResponseSlot = {};
  return responseSlot.run(slot, async () => {
    try {
      return { ok: true as const, value: await call() };
    } catch (error) {
      return { ok: false as const, error, headers: slot.headers };
    }
  });
}

export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/**
 * The SDK's HTTP client, plus two things: when `apiBase` is set every request goes there instead
 * of *.twilio.com (path and query kept; twilio v6 has no base-URL option, this is the supported
 * hook), and each response's headers are recorded for `withResponseHeaders`.
 */
export class HepbotTwilioRequestClient extends twilio.RequestClient {
  private readonly apiBase: URL | undefined;

  constructor(options: { apiBase?: string; timeoutMs?: number } = {}) {
    // No autoRetry: the dispatcher owns retries so a 429 is counted and backed off once, centrally.
    super({ autoRetry: false, ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}) });
    this.apiBase = options.apiBase ? new URL(options.apiBase) : undefined;
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<TwilioHttpResponse.default<TData>> {
    const uri = this.apiBase ? rebase(opts.uri, this.apiBase) : opts.uri;
    const response = await super.request({ ...opts, uri });
    const slot = responseSlot.getStore();
    if (slot) slot.headers = response.headers as Record<string, unknown>;
    return response;
  }
}

/** `https://api.twilio.com/2010-04-01/X?y` on base `http://127.0.0.1:9/prefix` → `http://127.0.0.1:9/prefix/2010-04-01/X?y`. */
export function rebase(uri: string, base: URL): string {
  const original = new URL(uri);
  const basePath = base.pathname.replace(/\/+$/, "");
  return `${base.protocol}//${base.host}${basePath}${original.pathname}${original.search}`;
}
