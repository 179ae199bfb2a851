import { promptBlock, promptStateOf } from "../care/consent/patient-state.js";
import type { ChannelName } from "../channels/channel.js";
import { detectNoReply } from "../conversation/trends.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { enqueueOutboxMany, type NewOutboxMessage } from "../outbox/outbox.repo.js";
import { insertEscalationIfNew } from "../care/escalations/escalations.repo.js";
import { DEFAULT_NUDGE_DELAY_MS, nudgeDecision } from "../scheduling/follow-up.js";
import { DAY_MS } from "../scheduling/local-time.js";
import { groupBy } from "./planning.js";
import { recallLine, reminderLang, renderNudge, type ReminderTemplates } from "./prompt-content.js";
import { recallBarrier } from "../conversation/barrier-recall.js";
import { recentInboundText } from "./recent-inbound.js";

const SENT = ["sent", "delivered"];
const PAGE = 500;

export interface NudgeDeps {
  db: Db;
  logger: Logger;
  templates: ReminderTemplates;
  nudgeDelayMs?: number;
}

/** The key that makes a nudge once per patient per local day, whichever replica or tick finds it. */
export const nudgeKey = (patientId: string, localDate: string) => `nudge:${patientId}:${localDate}`;

/**
 * One gentle nudge per local day when a sent prompt has had no reply for the delay (3 h), never
 * in quiet hours (`nudgeDecision`). A nudge that falls in quiet hours is found again by a later
 * tick, once the quiet period is over, as long as the prompt's day lasts.
 */
export async function queueNudges(deps: NudgeDeps, now: Date): Promise<number> {
  const { db } = deps;
  const delayMs = deps.nudgeDelayMs ?? DEFAULT_NUDGE_DELAY_MS;
  let queued = 0;
  let cursor: string | null = null;
  for (;;) {
    const prompts = await sentPromptsAwaitingReply(db, now, delayMs, cursor);
    if (prompts.length === 0) break;
    cursor = prompts[prompts.length - 1]!.id;

    const keys = prompts.map((p) => nudgeKey(p.patientId!, p.localDate!));
    const existing = new Set(
      (await db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true } })).map((r) => r.idempotencyKey),
    );
    const patientIds = [...new Set(prompts.map((p) => p.patientId!))];
    const earliest = new Date(Math.min(...prompts.map((p) => p.sentAt!.getTime())));
    const inbound = await db.messageLog.findMany({
      where: { patientId: { in: patientIds }, direction: "inbound", createdAt: { gt: earliest } },
      select: { patientId: true, createdAt: true },
    });
    const said = await recentInboundText(db, patientIds, now);
    const lastInbound = new Map<string, number>();
    for (const m of inbound) lastInbound.set(m.patientId!, Math.max(lastInbound.get(m.patientId!) ?? 0, m.createdAt.getTime()));

    const nudges: NewOutboxMessage[] = [];
    const planned = new Set<string>();
    for (const p of prompts) {
      const key = nudgeKey(p.patientId!, p.localDate!);
      if (existing.has(key) || planned.has(key) || !p.patient) continue;
      if (promptBlock(promptStateOf(p.patient), p.localDate!) !== null) continue;
      const decision = nudgeDecision({
        prompt: { sentAt: p.sentAt!, localDate: p.localDate!, notAfter: p.notAfter! },
        repliedSince: (lastInbound.get(p.patientId!) ?? 0) > p.sentAt!.getTime(),
        nudgesSentOnLocalDate: 0,
        now,
        timeZone: p.patient.timeZone,
        quietHours: p.patient.quietStart && p.patient.quietEnd ? { start: p.patient.quietStart, end: p.patient.quietEnd } : null,
        delayMs,
      });
      if (!decision.due || decision.at.getTime() > now.getTime()) continue;
      planned.add(key);
      const register = p.patient.clinic.spanishRegister === "tu" ? "tu" : "usted";
      const lang = reminderLang(p.patient.language);
      const recall = recallLine(deps.templates, lang, register, recallBarrier(said.get(p.patientId!) ?? [], now, lang, register));
      const content = renderNudge(lang, p.channel as ChannelName, deps.templates, register, recall);
      nudges.push({
        idempotencyKey: key,
        kind: "nudge",
        channel: p.channel as ChannelName,
        address: p.address,
        conversationRef: p.conversationRef,
        body: content.text,
        quickReplies: content.quickReplies,
        patientId: p.patientId,
        assignmentId: p.assignmentId,
        localDate: p.localDate,
        notAfter: p.notAfter,
      });
    }
    queued += await enqueueOutboxMany(db, nudges, now);
    if (prompts.length < PAGE) break;
  }
  return queued;
}

/** Prompts sent at least the nudge delay ago whose day is not over: the nudge candidates. */
function sentPromptsAwaitingReply(db: Db, now: Date, delayMs: number, cursor: string | null) {
  return db.outboxMessage.findMany({
    where: {
      kind: "prompt",
      status: { in: SENT },
      patientId: { not: null },
      localDate: { not: null },
      sentAt: { lte: new Date(now.getTime() - delayMs), gte: new Date(now.getTime() - delayMs - DAY_MS) },
      notAfter: { gte: now },
      ...(cursor !== null ? { id: { gt: cursor } } : {}),
    },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true,
      patientId: true,
      assignmentId: true,
      channel: true,
      address: true,
      conversationRef: true,
      localDate: true,
      sentAt: true,
      notAfter: true,
      patient: {
        select: { timeZone: true, quietStart: true, quietEnd: true, language: true, consent: true, pausedAt: true, pausedFrom: true, pausedUntil: true, clinic: { select: { spanishRegister: true } } },
      },
    },
  });
}

export const NO_REPLY_KEY_PREFIX = "no-reply:";

/** Prompts, last message and last silence escalation of each patient: what `detectNoReply` reads. */
async function silenceFacts(db: Db, patientIds: string[], now: Date) {
  const since = new Date(now.getTime() - 14 * DAY_MS);
  const [prompts, inbound, escalations] = await Promise.all([
    db.outboxMessage.findMany({
      where: { patientId: { in: patientIds }, kind: "prompt", status: { in: SENT }, sentAt: { gte: since } },
      select: { patientId: true, sentAt: true },
    }),
    db.messageLog.groupBy({ by: ["patientId"], where: { patientId: { in: patientIds }, direction: "inbound" }, _max: { createdAt: true } }),
    db.escalation.groupBy({
      by: ["patientId"],
      where: { patientId: { in: patientIds }, dedupeKey: { startsWith: NO_REPLY_KEY_PREFIX } },
      _max: { createdAt: true },
    }),
  ]);
  return {
    promptsOf: groupBy(prompts, (p) => p.patientId!),
    lastInbound: new Map(inbound.map((m) => [m.patientId!, m._max.createdAt ?? null])),
    lastEscalation: new Map(escalations.map((e) => [e.patientId, e._max.createdAt ?? null])),
  };
}

/** Patients among `patients` who have not answered prompts on 3+ days (for the digest, and the escalation). */
export async function findSilentPatients(
  db: Db,
  patients: readonly { id: string; timeZone: string }[],
  now: Date,
  options: { ignorePreviousEscalation?: boolean } = {},
): Promise<Map<string, { reason: string; lastInboundAt: Date | null }>> {
  const silent = new Map<string, { reason: string; lastInboundAt: Date | null }>();
  if (patients.length === 0) return silent;
  const facts = await silenceFacts(db, patients.map((p) => p.id), now);
  for (const p of patients) {
    const lastInboundAt = facts.lastInbound.get(p.id) ?? null;
    const hit = detectNoReply({
      promptsSentAt: (facts.promptsOf.get(p.id) ?? []).map((x) => x.sentAt!),
      lastPatientMessageAt: lastInboundAt,
      lastNoReplyEscalationAt: options.ignorePreviousEscalation ? null : (facts.lastEscalation.get(p.id) ?? null),
      now,
      timeZone: p.timeZone,
    });
    if (hit) silent.set(p.id, { reason: hit.reason, lastInboundAt });
  }
  return silent;
}

/**
 * No reply for 3 days → one `therapist` escalation per streak of silence: the dedupe key names
 * the patient's last message (or "never"), so a new escalation needs a new reply first.
 */
export async function escalateSilence(deps: { db: Db; logger: Logger }, now: Date): Promise<number> {
  const { db } = deps;
  let created = 0;
  let cursor: string | null = null;
  for (;;) {
    const patients: { id: string; timeZone: string }[] = await db.patient.findMany({
      where: {
        consent: "opted_in",
        pausedAt: null,
        assignments: { some: { status: "active" } },
        ...(cursor !== null ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, timeZone: true },
    });
    if (patients.length === 0) break;
    cursor = patients[patients.length - 1]!.id;
    const silent = await findSilentPatients(db, patients, now);
    for (const [patientId, { reason, lastInboundAt }] of silent) {
      const dedupeKey = `${NO_REPLY_KEY_PREFIX}${patientId}:${lastInboundAt ? lastInboundAt.toISOString() : "never"}`;
      if (await insertEscalationIfNew(db, { patientId, level: "therapist", reason, summary: `No reply to exercise prompts: ${reason}.`, dedupeKey, createdAt: now })) {
        created++;
        deps.logger.info({ patientId }, "silence escalation opened");
      }
    }
    if (patients.length < PAGE) break;
  }
  return created;
}
