import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small fake of the Telegram Bot API on 127.0.0.1, for what telegram-test-api cannot do:
 * error answers (429 with retry_after, 403 blocked, 400 chat not found, 5xx, dropped connections),
 * rate limits like Telegram's (per bot and per chat), and long-polling getUpdates.
 * Answers have Telegram's shape: `{ ok: true, result }` or `{ ok: false, error_code, description, parameters? }`.
 */

export type TelegramFailure =
  | { kind: "rate_limited"; retryAfterSeconds?: number }
  | { kind: "blocked" }
  | { kind: "deactivated" }
  | { kind: "chat_not_found" }
  | { kind: "server_error"; status?: number }
  | { kind: "bad_request"; description: string }
  /** What getUpdates answers while another instance of the bot is polling. */
  | { kind: "conflict" }
  /** Closes the socket without an answer. */
  | { kind: "drop" };

export type ChatState = "blocked" | "deactivated" | "not_found";

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** ms since the epoch, from the fake's clock. */
  at: number;
}

export interface SentMessage {
  messageId: number;
  chatId: string;
  text: string;
  replyMarkup?: unknown;
  at: number;
}

export interface RateLimit {
  /** Messages per second for the whole bot (Telegram: about 30). */
  perSecond?: number;
  /** Messages per second to one chat (Telegram: about 1). */
  perChatPerSecond?: number;
}

export interface FakeTelegramServer {
  /** Pass as grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly token: string;
  /** Messages the fake accepted, in order. */
  readonly sent: SentMessage[];
  /** Every API call, including refused ones. */
  readonly calls: ApiCall[];
  callsTo(method: string): ApiCall[];
  /** Answers the next `count` calls of `method` with `failure` (queued after earlier failNext calls). */
  failNext(count: number, failure: TelegramFailure, method?: string): void;
  /** Refuses every send to this chat the way Telegram does; undefined clears it. */
  setChatState(chatId: string | number, state: ChatState | undefined): void;
  setRateLimit(limit: RateLimit | undefined): void;
  /** Delay before each answer, to model Telegram's latency. */
  setLatency(ms: number): void;
  /** Queues an update for getUpdates; update_id is assigned when absent. Returns the update_id. */
  queueUpdate(update: Record<string, unknown>): number;
  /** Resolves once no getUpdates long poll is open (a client that stopped has closed its last one). */
  noOpenPolls(): Promise<void>;
  /** Resolves once `count` calls of `method` have been made (or rejects after `timeoutMs`). */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<ApiCall[]>;
  close(): Promise<void>;
}

const MAX_TEXT_LENGTH = 4096;
const WINDOW_MS = 1_000;

export async function startFakeTelegramServer(
  options: { token?: string; now?: () => number } = {},
): Promise<FakeTelegramServer> {
  const token = options.token ?? "123456:FAKE-telegram-token";
  const now = options.now ?? Date.now;
  const sent: SentMessage[] = [];
  const calls: ApiCall[] = [];
  const failures: { method: string; failure: TelegramFailure }[] = [];
  const chatStates = new Map<string, ChatState>();
  let rateLimit: RateLimit | undefined;
  let latencyMs = 0;
  let nextMessageId = 1;
  let nextUpdateId = 1;
  const updates: Record<string, unknown>[] = [];
  const pollers = new Set<() => void>();
  const pollsClosed: Array<() => void> = [];
  const callListeners = new Set<() => void>();
  const acceptedAt: { chatId: string; at: number }[] = [];

  const botUser = { id: Number(token.split(":")[0]), is_bot: true, first_name: "hepbot", username: "hepbot_bot" };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) reply(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://fake").pathname);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, callToken, method = ""] = match;
    const params = await readParams(req);
    const call: ApiCall = { method, params, at: now() };
    calls.push(call);
    for (const listener of callListeners) listener();

    if (latencyMs > 0) await delay(latencyMs);
    if (callToken !== token) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });

    const failureIndex = failures.findIndex((f) => f.method === method);
    const injected = failureIndex >= 0 ? failures.splice(failureIndex, 1)[0] : undefined;
    if (injected) return fail(req, res, injected.failure);

    switch (method) {
      case "getMe":
        return ok(res, botUser);
      case "deleteWebhook":
      case "setWebhook":
      case "answerCallbackQuery":
        return ok(res, true);
      case "getUpdates":
        return ok(res, await getUpdates(params, res));
      case "sendMessage":
        return sendMessage(req, res, params);
      default:
        return reply(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  }

  function sendMessage(req: IncomingMessage, res: ServerResponse, params: Record<string, unknown>): void {
    const chatId = params.chat_id === undefined ? "" : String(params.chat_id);
    const text = typeof params.text === "string" ? params.text : "";
    if (chatId === "") return fail(req, res, { kind: "bad_request", description: "Bad Request: chat_id is empty" });
    if (text.trim() === "") return fail(req, res, { kind: "bad_request", description: "Bad Request: message text is empty" });
    if (text.length > MAX_TEXT_LENGTH) return fail(req, res, { kind: "bad_request", description: "Bad Request: message is too long" });
    const state = chatStates.get(chatId);
    if (state === "blocked") return fail(req, res, { kind: "blocked" });
    if (state === "deactivated") return fail(req, res, { kind: "deactivated" });
    if (state === "not_found") return fail(req, res, { kind: "chat_not_found" });

    const at = now();
    const retryAfter = rateLimitRetryAfter(chatId, at);
    if (retryAfter !== undefined) return fail(req, res, { kind: "rate_limited", retryAfterSeconds: retryAfter });
    acceptedAt.push({ chatId, at });

    const messageId = nextMessageId++;
    const replyMarkup = typeof params.reply_markup === "string" ? JSON.parse(params.reply_markup) : params.reply_markup;
    sent.push({ messageId, chatId, text, replyMarkup, at });
    ok(res, {
      message_id: messageId,
      date: Math.floor(at / 1000),
      chat: { id: Number(chatId), type: "private" },
      from: botUser,
      text,
      ...(replyMarkup !== undefined ? { reply_markup: replyMarkup } : {}),
    });
  }

  /** Seconds until a send would fit under the limits, or undefined when it fits now. */
  function rateLimitRetryAfter(chatId: string, at: number): number | undefined {
    while (acceptedAt.length > 0 && acceptedAt[0]!.at <= at - WINDOW_MS) acceptedAt.shift();
    if (!rateLimit) return undefined;
    const waitFor = (window: { at: number }[], limit: number | undefined) =>
      limit !== undefined && window.length >= limit ? window[window.length - limit]!.at + WINDOW_MS - at : undefined;
    const globalWait = waitFor(acceptedAt, rateLimit.perSecond);
    const chatWait = waitFor(
      acceptedAt.filter((a) => a.chatId === chatId),
      rateLimit.perChatPerSecond,
    );
    const waitMs = Math.max(globalWait ?? -1, chatWait ?? -1);
    return waitMs < 0 ? undefined : Math.max(1, Math.ceil(waitMs / 1000));
  }

  async function getUpdates(params: Record<string, unknown>, res: ServerResponse): Promise<Record<string, unknown>[]> {
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(Number(params.limit ?? 100), 100);
    const timeoutSeconds = Number(params.timeout ?? 0);
    // Like Telegram: asking with an offset confirms every earlier update.
    const confirm = () => {
      while (updates.length > 0 && Number(updates[0]!.update_id) < offset) updates.shift();
    };
    confirm();
    if (updates.length === 0 && timeoutSeconds > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          pollers.delete(wake);
          if (pollers.size === 0) for (const idle of pollsClosed.splice(0)) idle();
          res.off("close", wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutSeconds * 1000);
        pollers.add(wake);
        res.on("close", wake);
      });
      confirm();
    }
    return updates.slice(0, limit);
  }

  function fail(req: IncomingMessage, res: ServerResponse, failure: TelegramFailure): void {
    switch (failure.kind) {
      case "drop":
        req.socket.destroy();
        return;
      case "rate_limited": {
        const retryAfter = failure.retryAfterSeconds ?? 1;
        return reply(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        });
      }
      case "blocked":
        return reply(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
      case "deactivated":
        return reply(res, 403, { ok: false, error_code: 403, description: "Forbidden: user is deactivated" });
      case "chat_not_found":
        return reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      case "bad_request":
        return reply(res, 400, { ok: false, error_code: 400, description: failure.description });
      case "conflict":
        return reply(res, 409, {
          ok: false,
          error_code: 409,
          description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        });
      case "server_error": {
        const status = failure.status ?? 502;
        return reply(res, status, { ok: false, error_code: status, description: "Bad Gateway" });
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    sent,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    noOpenPolls: () => new Promise<void>((resolve) => (pollers.size === 0 ? resolve() : pollsClosed.push(resolve))),
    failNext(count, failure, method = "sendMessage") {
      for (let i = 0; i < count; i++) failures.push({ method, failure });
    },
    setChatState(chatId, state) {
      if (state === undefined) chatStates.delete(String(chatId));
      else chatStates.set(String(chatId), state);
    },
    setRateLimit(limit) {
      rateLimit = limit;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    queueUpdate(update) {
      const updateId = typeof update.update_id === "number" ? update.update_id : nextUpdateId;
      nextUpdateId = Math.max(nextUpdateId, updateId + 1);
      updates.push({ ...update, update_id: updateId });
      for (const wake of [...pollers]) wake();
      return updateId;
    },
    waitForCalls(method, count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = calls.filter((c) => c.method === method);
          if (matching.length < count) return false;
          clearTimeout(timer);
          callListeners.delete(listener);
          resolve(matching);
          return true;
        };
        const listener = () => void check();
        const timer = setTimeout(() => {
          callListeners.delete(listener);
          reject(new Error(`fake Telegram: ${count} ${method} call(s) not seen within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) callListeners.add(listener);
      });
    },
    async close() {
      for (const wake of [...pollers]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function ok(res: ServerResponse, result: unknown): void {
  reply(res, 200, { ok: true, result });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Bot API parameters from the query string and a JSON or urlencoded body, as Telegram accepts them. */
async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(new URL(req.url ?? "/", "http://fake").searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw === "") return params;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return { ...params, ...(JSON.parse(raw) as Record<string, unknown>) };
  if (type.includes("application/x-www-form-urlencoded")) return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
  throw new Error(`fake Telegram reads JSON and urlencoded bodies, not ${type}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
