import type { Request, Response } from "express";
import { z } from "zod";
import { liveEscalationsSince } from "../care/escalations/escalations.service.js";
import { resolveActor } from "../http/resolve-actor.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";

export const DEFAULT_INBOX_POLL_MS = 2_000;
/** The login is checked again this often, so a stream ends soon after a logout or an expired session. */
const RECHECK_LOGIN_MS = 30_000;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 25_000;

const eventsQuery = z.object({ since: z.iso.datetime().optional() });

/**
 * `GET /inbox/events`: a server-sent event stream for the signed-in therapist's inbox. Each new
 * emergency or urgent escalation is one `escalation` event (id, level, patient, headline); the
 * page then fetches the card itself. The stream polls the escalation table, so an escalation
 * recorded by any replica reaches a therapist connected to any other.
 */
export function inboxEventsHandler(deps: TherapistApiDeps) {
  const pollMs = deps.inboxPollMs ?? DEFAULT_INBOX_POLL_MS;
  return async (req: Request, res: Response) => {
    const actor = await resolveActor(deps.db, req, deps.clock());
    if (!actor || actor.kind !== "therapist") {
      res.status(401).type("text/plain").send("log in to the dashboard first");
      return;
    }
    const query = eventsQuery.safeParse(req.query);
    const lastEventId = req.get("Last-Event-ID");
    const resumeAt = lastEventId && z.iso.datetime().safeParse(lastEventId).success ? lastEventId : undefined;
    let since = new Date(resumeAt ?? (query.success ? query.data.since : undefined) ?? deps.clock().toISOString());
    const sent = new Set<string>();

    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive", "X-Accel-Buffering": "no" });
    res.write(`retry: ${Math.max(pollMs, 1000)}\n\n`);

    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    req.on("close", () => {
      closed = true;
      clearTimeout(timer);
    });
    let lastLoginCheck = Date.now();
    let lastWrite = Date.now();

    const tick = async () => {
      if (closed) return;
      try {
        if (Date.now() - lastLoginCheck >= RECHECK_LOGIN_MS) {
          lastLoginCheck = Date.now();
          if (!(await resolveActor(deps.db, req, deps.clock()))) {
            res.end();
            return;
          }
        }
        for (const e of await liveEscalationsSince(deps.db, actor, since, sent)) {
          if (closed) return;
          sent.add(e.id);
          if (e.createdAt > since) since = e.createdAt;
          res.write(`event: escalation\nid: ${e.createdAt.toISOString()}\ndata: ${JSON.stringify({ id: e.id, level: e.level, patientName: e.patientName, headline: e.headline })}\n\n`);
          lastWrite = Date.now();
        }
        if (Date.now() - lastWrite >= KEEPALIVE_MS) {
          res.write(": keep-alive\n\n");
          lastWrite = Date.now();
        }
      } catch (error) {
        deps.logger.warn({ err: error }, "live inbox poll failed; trying again");
      }
      if (!closed) timer = setTimeout(() => void tick(), pollMs);
    };
    await tick();
  };
}
