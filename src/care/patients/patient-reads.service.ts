import { parseStoredMedia } from "../../pipeline/media-note.js";
import type { Db } from "../../db/client.js";
import { patientScope, type Actor } from "../actor.js";
import { addLocalDays, localDateOf, localDaysBetween } from "../../scheduling/local-time.js";
import { patientSummary } from "./patient.service.js";
import { completionsIn, loggedMessages, lostDeliveries, painReportsIn, patientsWithOpenEscalations, replyAuthors, sentPrompts, unsentOutbox } from "./patients.repo.js";
import { adherenceDays, adherenceRate, MAX_RANGE_DAYS } from "./adherence.js";
import { invalidInput } from "../../core/errors.js";

/** The caller's patients with 7- and 30-day adherence, open escalations first, then by name. */
export async function patientList(db: Db, actor: Actor, now: Date) {
  const patients = await patientsWithOpenEscalations(db, patientScope(actor));
  if (patients.length === 0) return [];
  const todays = new Map(patients.map((p) => [p.id, localDateOf(now, p.timeZone)]));
  const earliest = addLocalDays([...todays.values()].sort()[0]!, -30);
  const ids = patients.map((p) => p.id);
  const [prompts, completions] = await Promise.all([sentPrompts(db, ids, { from: earliest }), completionsIn(db, ids, { from: earliest })]);
  const summaries = patients.map((p) => {
    const today = todays.get(p.id)!;
    const rate = (days: number) =>
      adherenceRate(
        adherenceDays({
          from: addLocalDays(today, -(days - 1)),
          to: today,
          today,
          prompts: prompts.filter((row) => row.patientId === p.id),
          completions: completions.filter((row) => row.patientId === p.id),
        }),
      );
    return {
      ...patientSummary(p),
      paused: p.pausedAt !== null,
      openEscalations: p._count.escalations,
      adherence: { last7: rate(7), last30: rate(30) },
    };
  });
  return summaries.sort((a, b) => Number(b.openEscalations > 0) - Number(a.openEscalations > 0));
}

/** Adherence per day and the pain series over a range of the patient's local dates (the last 30 days by default). */
export async function patientAdherence(db: Db, patient: { id: string; timeZone: string }, range: { from?: string; to?: string }, now: Date) {
  const today = localDateOf(now, patient.timeZone);
  const to = range.to ?? (range.from && range.from > today ? range.from : today);
  const from = range.from ?? addLocalDays(to, -29);
  if (localDaysBetween(from, to) >= MAX_RANGE_DAYS) throw invalidInput(`the range may span at most ${MAX_RANGE_DAYS} days`);
  const [prompts, completions, pain] = await Promise.all([
    sentPrompts(db, [patient.id], { from, to }),
    completionsIn(db, [patient.id], { from, to }),
    painReportsIn(db, patient.id, { from, to }),
  ]);
  const days = adherenceDays({ from, to, today, prompts, completions });
  return {
    from,
    to,
    today,
    rate: adherenceRate(days),
    days,
    pain: pain.filter((p) => p.score !== null).map((p) => ({ date: p.localDate, at: p.createdAt, score: p.score! })),
  };
}

/** The conversation, oldest first: logged messages plus replies still waiting in the outbox. */
export async function conversation(db: Db, patientId: string, limit: number, before?: Date) {
  const logged = await loggedMessages(db, patientId, limit, before);
  const loggedOutbox = new Set(logged.map((m) => m.outboxId).filter((id): id is string => id !== null));
  const queued = before ? [] : await unsentOutbox(db, patientId);
  const lost = new Map((await lostDeliveries(db, [...loggedOutbox])).map((o) => [o.id, o.lastError ?? `delivery ${o.deliveryStatus}`]));
  const therapistOf = await replyAuthors(db, [...loggedOutbox, ...queued.map((o) => o.id)]);
  const sender = (direction: string, outboxId: string | null) =>
    direction === "inbound"
      ? { kind: "patient" as const, name: null }
      : outboxId !== null && therapistOf.has(outboxId)
        ? { kind: "therapist" as const, name: therapistOf.get(outboxId)! }
        : { kind: "hepbot" as const, name: null };
  const messages = [
    ...logged.map((m) => ({
      id: m.id,
      direction: m.direction === "inbound" ? ("inbound" as const) : ("outbound" as const),
      channel: m.channel,
      body: m.body,
      at: m.createdAt,
      state: m.state,
      media: parseStoredMedia(m.media),
      failure: m.outboxId ? lost.get(m.outboxId) : undefined,
      sender: sender(m.direction, m.outboxId),
    })),
    ...queued
      .filter((o) => !loggedOutbox.has(o.id))
      .map((o) => ({
        id: o.id,
        direction: "outbound" as const,
        channel: o.channel,
        body: o.body,
        at: o.createdAt,
        state: `queued:${o.status}`,
        media: [],
        failure: o.status === "failed" && o.lastError ? o.lastError.split(":")[0]! : undefined,
        sender: sender("outbound", o.id),
      })),
  ];
  return messages.sort((a, b) => a.at.getTime() - b.at.getTime());
}
