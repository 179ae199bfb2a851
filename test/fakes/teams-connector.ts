import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Bot Framework connector (the service behind an activity's `serviceUrl`) on 127.0.0.1.
 *
 * Accepts `POST /v3/conversations/{id}/activities` (send) and
 * `POST /v3/conversations/{id}/activities/{replyToId}` (reply), records each activity and answers
 * `{ id }` like the real connector. Can fail the next calls with a status or a dropped connection.
 */

export interface RecordedActivity {
  /** The id this fake answered with. */
  id: string;
  conversationId: string;
  replyToId?: string;
  /** `Authorization` header as received (absent for anonymous sends). */
  authorization?: string;
  activity: Record<string, unknown> & { type?: string; text?: string };
}

export type ConnectorFailure =
  | { status: number; retryAfter?: string; body?: unknown }
  | { drop: true };

export interface FakeTeamsConnector {
  /** Use as the activity's `serviceUrl`. */
  readonly serviceUrl: string;
  readonly activities: RecordedActivity[];
  /** The next `count` activity calls fail this way, then calls succeed again. */
  failNext(count: number, failure: ConnectorFailure): void;
  /** Resolves once at least `count` activities were recorded. */
  waitForActivities(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  /** Calls received, failed ones included. */
  readonly callCount: number;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const activities: RecordedActivity[] = [];
  const failures: ConnectorFailure[] = [];
  const waiters = new Set<() => void>();
  let nextId = 1;
  let callCount = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) reply(res, 500, { error: { code: "FakeConnectorError", message: "fake failed" } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const match = ACTIVITY_PATH.exec(path);
    if (req.method !== "POST" || !match) {
      reply(res, 404, { error: { code: "NotFound", message: `no route ${req.method} ${path}` } });
      return;
    }
    const body = await readBody(req);
    callCount++;

    const failure = failures.shift();
    if (failure && "drop" in failure) {
      req.socket.destroy();
      return;
    }
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter ? { "retry-after": failure.retryAfter } : {};
      reply(res, failure.status, failure.body ?? { error: { code: `Http${failure.status}`, message: "fake failure" } }, headers);
      return;
    }

    let activity: RecordedActivity["activity"];
    try {
      activity = JSON.parse(body) as RecordedActivity["activity"];
    } catch {
      reply(res, 400, { error: { code: "BadSyntax", message: "body is not JSON" } });
      return;
    }
    const id = `fake-activity-${nextId++}`;
    activities.push({
      id,
      conversationId: decodeURIComponent(match[1]!),
      ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      activity,
    });
    reply(res, 200, { id });
    for (const wake of [...waiters]) wake();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities,
    get callCount() {
      return callCount;
    },
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    waitForActivities(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (activities.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(activities.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Teams connector: ${activities.length}/${count} activities after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
