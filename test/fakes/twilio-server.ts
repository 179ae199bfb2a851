/**
 * A fake Twilio REST API (Messages only) on 127.0.0.1, for driving the real `twilio` SDK offline,
 * plus helpers that sign and POST webhooks the way Twilio does.
 *
 *   const fake = await FakeTwilioServer.start({ accountSid, authToken });
 *   createTwilioSmsChannel({ ..., apiBase: fake.url });
 *   fake.failNext(1, { status: 429, code: 20429, retryAfter: 2 });
 *   fake.sent[0].body;
 *   await fake.close();
 *
 * WhatsApp: `whatsapp:+E164` recipients, Content API sends (ContentSid + ContentVariables), and the
 * 24-hour rule: free-form text to a number that has not written within 24 hours (by the fake's
 * clock; see `sendWhatsAppInbound` / `openWhatsAppSession`) is refused with 63016, either at once
 * (`whatsappRefusal: "reject"`, default) or, as Twilio usually does, accepted and failed afterwards
 * (`"fail_later"`: status failed, error 63016, ready for `sendStatusCallback`).
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";

export type FakeMessageStatus =
  | "accepted"
  | "queued"
  | "sending"
  | "sent"
  | "delivered"
  | "undelivered"
  | "failed"
  | "read"
  | "canceled";

export interface FakeTwilioMessage {
  sid: string;
  accountSid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  status: FakeMessageStatus;
  statusCallback: string | null;
  dateCreated: Date;
  dateSent: Date | null;
  dateUpdated: Date;
  errorCode: number | null;
  /** A Content API (template) send. */
  contentSid: string | null;
  contentVariables: Record<string, string> | null;
}

export interface RecordedRequest {
  at: Date;
  method: string;
  /** Path without the query string. */
  path: string;
  kind: RequestKind;
  query: Record<string, string>;
  /** The decoded form body (POST). */
  form: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  authorized: boolean;
  /** The status answered, or "dropped". */
  outcome: number | "dropped";
}

export type RequestKind = "create" | "list" | "fetch" | "other";

/** An error answer, shaped like Twilio's: `{ code, message, more_info, status }`. */
export interface FakeErrorFault {
  status: number;
  code?: number;
  message?: string;
  /** Sent as the Retry-After header. */
  retryAfter?: string | number;
}

export interface FaultTarget {
  /** Which requests the fault applies to. Default "create" (sends). */
  on?: RequestKind | "any";
}

type Fault =
  | { type: "error"; error: FakeErrorFault }
  | { type: "drop"; afterCreate: boolean }
  | { type: "delay"; ms: number };

export interface FakeTwilioOptions {
  accountSid: string;
  authToken: string;
  /** Sends accepted per rolling second; beyond it the fake answers 429 / 20429 with Retry-After: 1. */
  rateLimitPerSecond?: number;
  /** Added to every request. */
  latencyMs?: number;
  /**
   * Like Twilio, a create answers status "queued" with date_sent null. With autoSend (default true)
   * the stored message then moves to "sent" with a date_sent; without it, it stays queued.
   */
  autoSend?: boolean;
  /** The fake's clock for WhatsApp's 24-hour window, its rate limit and its request log (inject the test's clock). */
  clock?: () => Date;
  whatsappRefusal?: "reject" | "fail_later";
}

const API_PREFIX = "/2010-04-01/Accounts/";
const OUTSIDE_WINDOW = 63016;
const WHATSAPP_WINDOW_MS = 24 * 60 * 60_000;

/** What Twilio stores as a template message's body: the approved text with the variables filled in. */
function renderTemplate(contentSid: string, variablesJson: string | undefined): string {
  const variables = JSON.parse(variablesJson ?? "{}") as Record<string, string>;
  return `[${contentSid}] ${Object.values(variables).join(" | ")}`;
}

export class FakeTwilioServer {
  readonly requests: RecordedRequest[] = [];
  /** How many sends were refused by the per-second rate limit. */
  rateLimitedCount = 0;
  rateLimitPerSecond: number | undefined;
  latencyMs: number;
  autoSend: boolean;
  whatsappRefusal: "reject" | "fail_later";
  readonly clock: () => Date;
  /** When each WhatsApp number last wrote (opens its 24-hour window). */
  private readonly whatsappSessions = new Map<string, Date>();

  private readonly messages: FakeTwilioMessage[] = [];
  private readonly faults: { fault: Fault; on: RequestKind | "any" }[] = [];
  private readonly optedOut = new Set<string>();
  private acceptedAt: number[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly accountSid: string,
    readonly authToken: string,
    options: FakeTwilioOptions,
  ) {
    this.rateLimitPerSecond = options.rateLimitPerSecond;
    this.latencyMs = options.latencyMs ?? 0;
    this.autoSend = options.autoSend ?? true;
    this.whatsappRefusal = options.whatsappRefusal ?? "reject";
    this.clock = options.clock ?? (() => new Date());
  }

  static async start(options: FakeTwilioOptions): Promise<FakeTwilioServer> {
    // eslint-disable-next-line prefer-const -- assigned once the port is known; the handler needs it first
    let fake: FakeTwilioServer | undefined;
    const server = http.createServer((req, res) => {
      void fake!.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ code: 20500, message: String(err), status: 500 }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeTwilioServer(server, `http://127.0.0.1:${port}`, options.accountSid, options.authToken, options);
    return fake;
  }

  /** Messages Twilio accepted (oldest first). */
  get sent(): readonly FakeTwilioMessage[] {
    return this.messages;
  }

  failNext(count: number, error: FakeErrorFault, target: FaultTarget = {}): void {
    this.addFaults(count, { type: "error", error }, target);
  }

  /** Destroys the socket. With afterCreate the message is stored first: Twilio has it, the caller never hears. */
  dropNext(count: number, options: FaultTarget & { afterCreate?: boolean } = {}): void {
    this.addFaults(count, { type: "drop", afterCreate: options.afterCreate ?? false }, options);
  }

  /** Holds the next requests this long, then handles them normally (so a client timeout still creates the message). */
  delayNext(count: number, ms: number, target: FaultTarget = {}): void {
    this.addFaults(count, { type: "delay", ms }, target);
  }

  /** Sends to this number now fail with 21610, as after the patient texted STOP. */
  optOut(number: string): void {
    this.optedOut.add(number);
  }

  optIn(number: string): void {
    this.optedOut.delete(number);
  }

  /** The patient at this `whatsapp:+E164` wrote at `at` (default now by the fake's clock). */
  openWhatsAppSession(address: string, at: Date = this.clock()): void {
    this.whatsappSessions.set(address, at);
  }

  /**
   * A patient's WhatsApp message, as Twilio delivers it: opens their window and POSTs the signed
   * webhook to `deliverTo`, signed over `publicUrl` (the URL configured at Twilio).
   */
  async sendWhatsAppInbound(
    deliverTo: string,
    publicUrl: string,
    p: Omit<Parameters<typeof inboundWhatsAppParams>[0], "accountSid">,
    options: { signature?: string | null } = {},
  ): Promise<WebhookResponse> {
    const params = inboundWhatsAppParams({ ...p, accountSid: this.accountSid });
    if (options.signature === undefined) this.openWhatsAppSession(params.From!);
    return postTwilioWebhook(deliverTo, this.authToken, params, { publicUrl, ...options });
  }

  setStatus(sid: string, status: FakeMessageStatus, errorCode?: number): FakeTwilioMessage {
    const message = this.messages.find((m) => m.sid === sid);
    if (!message) throw new Error(`fake twilio: no message ${sid}`);
    message.status = status;
    message.dateUpdated = new Date();
    if (status !== "queued" && status !== "accepted" && message.dateSent === null) message.dateSent = new Date();
    if (errorCode !== undefined) message.errorCode = errorCode;
    return message;
  }

  /**
   * Moves a message to `status` and POSTs a signed status callback for it, like Twilio. The signature
   * covers the message's StatusCallback URL; `deliverTo` is where to POST when that public URL is not
   * reachable from the test (a stand-in for the proxy in front of the service).
   */
  async sendStatusCallback(
    sid: string,
    status: FakeMessageStatus,
    options: { errorCode?: number; deliverTo?: string } = {},
  ): Promise<WebhookResponse> {
    const message = this.setStatus(sid, status, options.errorCode);
    if (!message.statusCallback) throw new Error(`fake twilio: message ${sid} has no StatusCallback`);
    const params = statusCallbackParams(message, status, options.errorCode);
    return postTwilioWebhook(options.deliverTo ?? message.statusCallback, this.authToken, params, {
      publicUrl: message.statusCallback,
    });
  }

  reset(): void {
    this.requests.length = 0;
    this.messages.length = 0;
    this.faults.length = 0;
    this.optedOut.clear();
    this.whatsappSessions.clear();
    this.acceptedAt = [];
    this.rateLimitedCount = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private addFaults(count: number, fault: Fault, target: FaultTarget): void {
    for (let i = 0; i < count; i++) this.faults.push({ fault, on: target.on ?? "create" });
  }

  private takeFault(kind: RequestKind): Fault | undefined {
    const index = this.faults.findIndex((f) => f.on === "any" || f.on === kind);
    if (index < 0) return undefined;
    return this.faults.splice(index, 1)[0]!.fault;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", this.url);
    const kind = requestKind(req.method ?? "GET", url.pathname);
    const record: RecordedRequest = {
      at: this.clock(),
      method: req.method ?? "GET",
      path: url.pathname,
      kind,
      query: Object.fromEntries(url.searchParams),
      form: Object.fromEntries(new URLSearchParams(raw)),
      headers: req.headers,
      authorized: this.isAuthorized(req.headers.authorization),
      outcome: 0,
    };
    this.requests.push(record);

    const fault = this.takeFault(kind);
    const delay = this.latencyMs + (fault?.type === "delay" ? fault.ms : 0);
    if (delay > 0) await sleep(delay);

    const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record.outcome = status;
      if (res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const replyError = (e: FakeErrorFault): void => {
      const code = e.code ?? 20000 + e.status;
      const headers: Record<string, string> = e.retryAfter !== undefined ? { "retry-after": String(e.retryAfter) } : {};
      reply(e.status, { code, message: e.message ?? http.STATUS_CODES[e.status] ?? "Error", more_info: `https://www.twilio.com/docs/errors/${code}`, status: e.status }, headers);
    };

    if (fault?.type === "drop") {
      if (fault.afterCreate && kind === "create" && record.authorized) this.create(record.form);
      record.outcome = "dropped";
      req.socket.destroy();
      return;
    }
    if (!record.authorized) return replyError({ status: 401, code: 20003, message: "Authenticate" });
    const accountInPath = url.pathname.slice(API_PREFIX.length).split("/")[0];
    if (!url.pathname.startsWith(API_PREFIX) || accountInPath !== this.accountSid || kind === "other") {
      return replyError({ status: 404, code: 20404, message: `The requested resource ${url.pathname} was not found` });
    }
    if (fault?.type === "error") return replyError(fault.error);

    if (kind === "create") {
      if (this.rateLimitPerSecond !== undefined && !this.takeRateSlot()) {
        this.rateLimitedCount++;
        return replyError({ status: 429, code: 20429, message: "Too Many Requests", retryAfter: 1 });
      }
      const invalid = this.validateCreate(record.form);
      if (invalid) return replyError(invalid);
      const message = this.create(record.form);
      if (this.outsideWhatsAppWindow(record.form)) {
        message.status = "failed";
        message.errorCode = OUTSIDE_WINDOW;
      }
      return reply(201, { ...toJson(message), status: message.messagingServiceSid && !message.from ? "accepted" : "queued", date_sent: null });
    }
    if (kind === "fetch") {
      const sid = url.pathname.split("/").pop()!.replace(/\.json$/, "");
      const message = this.messages.find((m) => m.sid === sid);
      if (!message) return replyError({ status: 404, code: 20404, message: `The requested resource ${url.pathname} was not found` });
      return reply(200, toJson(message));
    }
    return reply(200, this.list(url));
  }

  private isAuthorized(header: string | undefined): boolean {
    const expected = "Basic " + Buffer.from(`${this.accountSid}:${this.authToken}`).toString("base64");
    return header === expected;
  }

  private takeRateSlot(): boolean {
    const now = this.clock().getTime();
    this.acceptedAt = this.acceptedAt.filter((t) => now - t < 1000);
    if (this.acceptedAt.length >= this.rateLimitPerSecond!) return false;
    this.acceptedAt.push(now);
    return true;
  }

  private validateCreate(form: Record<string, string>): FakeErrorFault | undefined {
    if (!form.To) return { status: 400, code: 21604, message: "A 'To' phone number is required." };
    if (!form.From && !form.MessagingServiceSid) return { status: 400, code: 21603, message: "A 'From' phone number is required." };
    if (!form.Body && !form.MediaUrl && !form.ContentSid) return { status: 400, code: 21602, message: "Message body is required." };
    const whatsapp = form.To.startsWith("whatsapp:");
    if (!/^\+[1-9]\d{6,14}$/.test(whatsapp ? form.To.slice("whatsapp:".length) : form.To)) {
      return { status: 400, code: 21211, message: `The 'To' number ${form.To} is not a valid phone number.` };
    }
    if (whatsapp !== (form.From ?? "").startsWith("whatsapp:")) {
      return { status: 400, code: 63007, message: "Twilio could not find a Channel with the specified From address" };
    }
    if (form.ContentSid !== undefined) {
      if (!/^HX[0-9a-fA-F]{32}$/.test(form.ContentSid)) return { status: 400, code: 21656, message: "The ContentSid is invalid." };
      try {
        const variables = JSON.parse(form.ContentVariables ?? "{}") as unknown;
        if (typeof variables !== "object" || variables === null || Array.isArray(variables)) throw new Error("not an object");
      } catch {
        return { status: 400, code: 21656, message: "The ContentVariables Parameter is invalid." };
      }
    }
    if (this.optedOut.has(form.To)) return { status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" };
    if (this.whatsappRefusal === "reject" && this.outsideWhatsAppWindow(form)) {
      return { status: 400, code: OUTSIDE_WINDOW, message: "Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template." };
    }
    return undefined;
  }

  /** Free-form text to a WhatsApp number that has not written within 24 hours; templates may always go. */
  private outsideWhatsAppWindow(form: Record<string, string>): boolean {
    if (!form.To?.startsWith("whatsapp:") || form.ContentSid !== undefined) return false;
    const last = this.whatsappSessions.get(form.To);
    return last === undefined || this.clock().getTime() - last.getTime() >= WHATSAPP_WINDOW_MS;
  }

  private create(form: Record<string, string>): FakeTwilioMessage {
    const now = new Date();
    const message: FakeTwilioMessage = {
      sid: "SM" + randomBytes(16).toString("hex"),
      accountSid: this.accountSid,
      to: form.To ?? "",
      from: form.From ?? null,
      messagingServiceSid: form.MessagingServiceSid ?? null,
      body: form.ContentSid !== undefined ? renderTemplate(form.ContentSid, form.ContentVariables) : (form.Body ?? ""),
      contentSid: form.ContentSid ?? null,
      contentVariables: form.ContentSid !== undefined ? (JSON.parse(form.ContentVariables ?? "{}") as Record<string, string>) : null,
      status: form.MessagingServiceSid && !form.From ? "accepted" : "queued",
      statusCallback: form.StatusCallback ?? null,
      dateCreated: now,
      dateSent: null,
      dateUpdated: now,
      errorCode: null,
    };
    if (this.autoSend) {
      // A messaging service picks a sender from its pool.
      message.from ??= "+15005550006";
      message.status = "sent";
      message.dateSent = now;
    }
    this.messages.push(message);
    return message;
  }

  /** Filters enough for findSent: To, From, DateSent, DateSent<, DateSent> (date-granular, as Twilio documents). */
  private list(url: URL): Record<string, unknown> {
    const q = url.searchParams;
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    const filterDay = (value: string | null) => (value ? value.slice(0, 10) : null);
    const on = filterDay(q.get("DateSent"));
    const before = filterDay(q.get("DateSent<"));
    const after = filterDay(q.get("DateSent>"));
    const matching = this.messages
      .filter((m) => !q.get("To") || m.to === q.get("To"))
      .filter((m) => !q.get("From") || m.from === q.get("From"))
      .filter((m) => {
        if (!on && !before && !after) return true;
        const sentDay = day(m.dateSent);
        if (sentDay === null) return false;
        return (!on || sentDay === on) && (!before || sentDay <= before) && (!after || sentDay >= after);
      })
      .slice()
      .reverse(); // newest first, like Twilio

    const pageSize = Math.min(Number(q.get("PageSize") ?? 50) || 50, 1000);
    const page = Number(q.get("Page") ?? 0) || 0;
    const items = matching.slice(page * pageSize, (page + 1) * pageSize);
    const base = url.pathname;
    const withPage = (p: number) => {
      const next = new URLSearchParams(q);
      next.set("Page", String(p));
      next.set("PageSize", String(pageSize));
      return `${base}?${next.toString()}`;
    };
    return {
      messages: items.map(toJson),
      end: page * pageSize + Math.max(items.length - 1, 0),
      first_page_uri: withPage(0),
      next_page_uri: (page + 1) * pageSize < matching.length ? withPage(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? withPage(page - 1) : null,
      start: page * pageSize,
      uri: `${base}?${q.toString()}`,
    };
  }
}

function requestKind(method: string, path: string): RequestKind {
  if (/^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(path)) {
    return method === "POST" ? "create" : method === "GET" ? "list" : "other";
  }
  if (method === "GET" && /^\/2010-04-01\/Accounts\/[^/]+\/Messages\/SM[0-9a-f]{32}\.json$/.test(path)) return "fetch";
  return "other";
}

function toJson(m: FakeTwilioMessage): Record<string, unknown> {
  const uri = `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.sid}.json`;
  return {
    account_sid: m.accountSid,
    api_version: "2010-04-01",
    body: m.body,
    date_created: rfc2822(m.dateCreated),
    date_sent: m.dateSent ? rfc2822(m.dateSent) : null,
    date_updated: rfc2822(m.dateUpdated),
    direction: "outbound-api",
    error_code: m.errorCode,
    error_message: null,
    from: m.from,
    messaging_service_sid: m.messagingServiceSid,
    num_media: "0",
    num_segments: String(Math.max(1, Math.ceil(m.body.length / 160))),
    price: null,
    price_unit: "USD",
    sid: m.sid,
    status: m.status,
    subresource_uris: { media: uri.replace(/\.json$/, "/Media.json") },
    to: m.to,
    uri,
  };
}

/** Twilio's date format: "Thu, 30 Jul 2015 20:12:31 +0000". */
function rfc2822(d: Date): string {
  return d.toUTCString().replace("GMT", "+0000");
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Webhooks, signed like Twilio signs them.

export interface WebhookResponse {
  status: number;
  body: string;
  headers: Headers;
}

export interface PostWebhookOptions {
  /** The URL Twilio is configured with (what gets signed), when it differs from where we POST. Default: `url`. */
  publicUrl?: string;
  /** Override the signature: a string to forge one, null to omit the header. */
  signature?: string | null;
}

/** POSTs a form webhook with a valid X-Twilio-Signature, as Twilio would. */
export async function postTwilioWebhook(
  url: string,
  authToken: string,
  params: Record<string, string>,
  options: PostWebhookOptions = {},
): Promise<WebhookResponse> {
  const signature =
    options.signature === undefined
      ? twilio.getExpectedTwilioSignature(authToken, options.publicUrl ?? url, params)
      : options.signature;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  const res = await fetch(url, { method: "POST", headers, body: new URLSearchParams(params).toString() });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

export function newMessageSid(): string {
  return "SM" + randomBytes(16).toString("hex");
}

/** The fields Twilio posts for an inbound SMS. */
export function inboundSmsParams(p: {
  accountSid: string;
  from: string;
  to: string;
  body: string;
  messageSid?: string;
  messagingServiceSid?: string;
}): Record<string, string> {
  const sid = p.messageSid ?? newMessageSid();
  return {
    ToCountry: "US",
    ToState: "CA",
    SmsMessageSid: sid,
    NumMedia: "0",
    ToCity: "",
    FromZip: "",
    SmsSid: sid,
    FromState: "CA",
    SmsStatus: "received",
    FromCity: "",
    Body: p.body,
    FromCountry: "US",
    To: p.to,
    ...(p.messagingServiceSid ? { MessagingServiceSid: p.messagingServiceSid } : {}),
    ToZip: "",
    NumSegments: "1",
    MessageSid: sid,
    AccountSid: p.accountSid,
    From: p.from,
    ApiVersion: "2010-04-01",
  };
}

/** The fields Twilio posts to a StatusCallback URL. */
export function statusCallbackParams(
  message: Pick<FakeTwilioMessage, "sid" | "accountSid" | "from" | "to" | "messagingServiceSid">,
  status: string,
  errorCode?: number,
): Record<string, string> {
  return {
    SmsSid: message.sid,
    SmsStatus: status,
    MessageStatus: status,
    To: message.to,
    ...(message.messagingServiceSid ? { MessagingServiceSid: message.messagingServiceSid } : {}),
    MessageSid: message.sid,
    AccountSid: message.accountSid,
    From: message.from ?? "",
    ApiVersion: "2010-04-01",
    ...(errorCode !== undefined ? { ErrorCode: String(errorCode) } : {}),
  };
}

/** The fields Twilio posts for an inbound WhatsApp message: media as NumMedia/MediaUrl{N}/MediaContentType{N}, a tapped template button as ButtonPayload/ButtonText. */
export function inboundWhatsAppParams(p: {
  accountSid: string;
  /** whatsapp:+E164 */
  from: string;
  to: string;
  body: string;
  messageSid?: string;
  media?: { url: string; contentType: string }[];
  button?: { payload: string; text: string };
}): Record<string, string> {
  const sid = p.messageSid ?? newMessageSid();
  const media = p.media ?? [];
  return {
    SmsMessageSid: sid,
    NumMedia: String(media.length),
    ProfileName: "Paciente",
    MessageType: media.length > 0 ? (media[0]!.contentType.startsWith("audio/") ? "audio" : "image") : p.button ? "button" : "text",
    SmsSid: sid,
    WaId: p.from.replace(/^whatsapp:\+/, ""),
    SmsStatus: "received",
    Body: p.body,
    To: p.to,
    NumSegments: "1",
    ReferralNumMedia: "0",
    MessageSid: sid,
    AccountSid: p.accountSid,
    From: p.from,
    ApiVersion: "2010-04-01",
    ...Object.fromEntries(media.flatMap((m, i) => [[`MediaUrl${i}`, m.url], [`MediaContentType${i}`, m.contentType]])),
    ...(p.button ? { ButtonPayload: p.button.payload, ButtonText: p.button.text } : {}),
  };
}
