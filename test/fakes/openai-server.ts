import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for an OpenAI-compatible chat-completions API, so the real `@langchain/openai`
 * client can be tested without a network. Queue the answers a test needs; every request is kept.
 */
export interface FakeCompletion {
  /** Answer with a tool call (how LangChain's `withStructuredOutput` function calling reads results). */
  toolCall?: { name?: string; arguments: unknown };
  /** Answer with plain assistant text. */
  content?: string;
  /** Wait this long before answering (to test timeouts). */
  delayMs?: number;
  /** Answer only once this settles: a reply that is late for as long as the test wants, with no clock involved. */
  holdUntil?: Promise<unknown>;
  /** HTTP status; with `body` (or alone) to simulate API errors. */
  status?: number;
  /** The raw response body, sent as is: for malformed responses. */
  body?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
}

export interface FakeOpenAI {
  /** Base URL to give the client (ends in /v1). */
  url: string;
  enqueue(...completions: FakeCompletion[]): void;
  /** How many queued completions are still unanswered. */
  pending(): number;
  /** Forgets queued completions and recorded requests, between tests. */
  reset(): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(options: { whenEmpty?: FakeCompletion } = {}): Promise<FakeOpenAI> {
  const queue: FakeCompletion[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = parseJson(raw);
    requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
    if (req.method !== "POST" || !(req.url ?? "").endsWith("/chat/completions")) {
      return send(res, 404, JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
    }
    const next = queue.shift() ?? options.whenEmpty;
    if (!next) return send(res, 500, JSON.stringify({ error: { message: "fake OpenAI: no completion queued" } }));
    if (next.delayMs) await sleep(next.delayMs);
    if (next.holdUntil) await next.holdUntil;
    if (res.destroyed) return;
    if (next.body !== undefined || (next.status !== undefined && next.status >= 400)) {
      return send(res, next.status ?? 200, next.body ?? JSON.stringify({ error: { message: "fake error" } }));
    }
    send(res, next.status ?? 200, JSON.stringify(completionBody(next, body)));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    enqueue: (...completions) => queue.push(...completions),
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The chat.completion object the OpenAI API returns. */
function completionBody(completion: FakeCompletion, request: unknown) {
  const model = typeof request === "object" && request !== null && "model" in request ? String(request.model) : "fake";
  const message = completion.toolCall
    ? {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_fake_1",
            type: "function",
            function: {
              name: completion.toolCall.name ?? requestedToolName(request) ?? "extract",
              arguments:
                typeof completion.toolCall.arguments === "string"
                  ? completion.toolCall.arguments
                  : JSON.stringify(completion.toolCall.arguments),
            },
          },
        ],
      }
    : { role: "assistant", content: completion.content ?? "" };
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message, finish_reason: completion.toolCall ? "tool_calls" : "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** The function the client forced with `tool_choice`, so answers match what it expects. */
function requestedToolName(request: unknown): string | undefined {
  const choice = (request as { tool_choice?: { function?: { name?: string } } } | null)?.tool_choice;
  return choice?.function?.name;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
