import type { Db } from "../db/client.js";
import { DAY_MS } from "../scheduling/local-time.js";
import type { Answering } from "../reading/reading.js";
import { shouldAskForDataDay } from "./data-day-nudge.js";
import { DEFAULT_RTM_THRESHOLDS, type RtmThresholds } from "./rtm-thresholds.js";


export interface DataDayAskPlanner {
  /** Whether this prompt asks for a one-word reply; a yes reserves the patient's ask for that day. */
  ask(prompt: { patientId: string; timeZone: string; localDate: string; idempotencyKey: string }): boolean;
  /**
   * Records the asks of the prompts that were queued (once per patient and day): only where the
   * stored prompt is the one built here, so a prompt queued earlier without the ask never gets one.
   */
  record(db: Db, built: ReadonlyMap<string, string>): Promise<void>;
}

/**
 * Loads what the data-day nudge needs for a batch of due prompts in three queries: each
 * patient's first monitoring day, their inbound messages of the last period, their recent asks.
 */
export async function planDataDayAsks(db: Db, patientIds: string[], now: Date, thresholds: RtmThresholds = DEFAULT_RTM_THRESHOLDS): Promise<DataDayAskPlanner> {
  const since = new Date(now.getTime() - (thresholds.periodDays + 2) * DAY_MS);
  const [assignments, messages, asks] = await Promise.all([
    db.assignment.findMany({ where: { patientId: { in: patientIds } }, select: { patientId: true, startDate: true } }),
    db.messageLog.findMany({ where: { patientId: { in: patientIds }, direction: "inbound", createdAt: { gte: since } }, select: { patientId: true, createdAt: true } }),
    db.dataDayAsk.findMany({ where: { patientId: { in: patientIds }, createdAt: { gte: new Date(now.getTime() - 3 * DAY_MS) } }, select: { patientId: true, localDate: true } }),
  ]);
  const firstDay = new Map<string, string>();
  for (const a of assignments) {
    const known = firstDay.get(a.patientId);
    if (!known || a.startDate < known) firstDay.set(a.patientId, a.startDate);
  }
  const events = new Map<string, Date[]>();
  for (const m of messages) events.set(m.patientId!, [...(events.get(m.patientId!) ?? []), m.createdAt]);
  const asked = new Set(asks.map((a) => `${a.patientId}|${a.localDate}`));
  const chosen: Array<{ patientId: string; localDate: string; promptKey: string }> = [];
  return {
    ask(prompt) {
      const key = `${prompt.patientId}|${prompt.localDate}`;
      const yes = shouldAskForDataDay({
        firstDay: firstDay.get(prompt.patientId) ?? null,
        timeZone: prompt.timeZone,
        dataEvents: events.get(prompt.patientId) ?? [],
        today: prompt.localDate,
        askedToday: asked.has(key),
        thresholds,
      });
      if (yes) {
        asked.add(key);
        chosen.push({ patientId: prompt.patientId, localDate: prompt.localDate, promptKey: prompt.idempotencyKey });
      }
      return yes;
    },
    async record(target, built) {
      const asks = chosen.splice(0);
      if (asks.length === 0) return;
      const stored = await target.outboxMessage.findMany({ where: { idempotencyKey: { in: asks.map((a) => a.promptKey) } }, select: { idempotencyKey: true, body: true } });
      const queued = new Set(stored.filter((row) => built.get(row.idempotencyKey) === row.body).map((row) => row.idempotencyKey));
      for (const ask of asks.filter((a) => queued.has(a.promptKey))) {
        await target.dataDayAsk.upsert({ where: { patientId_localDate: { patientId: ask.patientId, localDate: ask.localDate } }, create: ask, update: {} });
      }
    },
  };
}

/** Of these prompts, the ones that asked "Reply 1 …" (two queries however many). */
export async function promptsAskedForReplyOne(db: Db, promptIds: readonly string[]): Promise<Set<string>> {
  if (promptIds.length === 0) return new Set();
  const prompts = await db.outboxMessage.findMany({ where: { id: { in: [...promptIds] } }, select: { id: true, idempotencyKey: true } });
  const asks = await db.dataDayAsk.findMany({ where: { promptKey: { in: prompts.map((p) => p.idempotencyKey) } }, select: { promptKey: true } });
  const asked = new Set(asks.map((a) => a.promptKey));
  return new Set(prompts.filter((p) => asked.has(p.idempotencyKey)).map((p) => p.id));
}

/** The open question, with the prompt's "Reply 1" request when it made one. */
export function withReplyOne(answering: Answering, asked: boolean): Answering {
  return asked && answering.type === "prompt" ? { ...answering, replyOne: true } : answering;
}
