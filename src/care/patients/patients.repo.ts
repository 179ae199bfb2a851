import type { Db } from "../../db/client.js";
import { patientScope, type Actor } from "../actor.js";

/** Prisma reads behind the patient list, adherence and the conversation (see patient-reads.service.ts). */

/** Prompt rows that count as "asked": the platform took them. */
export const SENT_STATUSES = ["sent", "delivered"];

type DateRange = { from: string; to?: string };
const inRange = (range: DateRange) => ({ gte: range.from, ...(range.to ? { lte: range.to } : {}) });

/** The caller's patients by name, with their channels and how many escalations are open. */
export function patientsWithOpenEscalations(db: Db, actor: Actor) {
  return db.patient.findMany({
    where: patientScope(actor),
    orderBy: { name: "asc" },
    include: { addresses: { select: { channel: true } }, _count: { select: { escalations: { where: { status: "open" } } } } },
  });
}

export function sentPrompts(db: Db, patientIds: string[], range: DateRange) {
  return db.outboxMessage.findMany({
    where: { patientId: { in: patientIds }, kind: "prompt", status: { in: SENT_STATUSES }, localDate: inRange(range) },
    select: { patientId: true, localDate: true },
  });
}

export function completionsIn(db: Db, patientIds: string[], range: DateRange) {
  return db.completion.findMany({ where: { patientId: { in: patientIds }, localDate: inRange(range) }, select: { patientId: true, localDate: true, status: true } });
}

export function painReportsIn(db: Db, patientId: string, range: DateRange) {
  return db.painReport.findMany({ where: { patientId, localDate: inRange(range) }, orderBy: { createdAt: "asc" } });
}

/** The newest `limit` logged messages (before a time, when paging back), newest first. */
export function loggedMessages(db: Db, patientId: string, limit: number, before?: Date) {
  return db.messageLog.findMany({
    where: { patientId, ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** Replies still waiting or stuck, and anything the platform refused for good. */
export function unsentOutbox(db: Db, patientId: string) {
  return db.outboxMessage.findMany({
    where: {
      patientId,
      OR: [
        { kind: "reply", status: { in: ["pending", "sending", "failed", "uncertain"] } },
        // A prompt the platform refused for good (WhatsApp outside its 24-hour window, say) is shown, not hidden.
        { status: "failed" },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

/** Sent, then reported lost by the platform (a status callback with WhatsApp's 63016, say). */
export async function lostDeliveries(db: Db, outboxIds: string[]) {
  if (outboxIds.length === 0) return [];
  return db.outboxMessage.findMany({
    where: { id: { in: outboxIds }, deliveryStatus: { in: ["failed", "undelivered"] } },
    select: { id: true, deliveryStatus: true, lastError: true },
  });
}

/** Outbox ids of replies a therapist wrote, with the therapist's name. */
export async function replyAuthors(db: Db, outboxIds: string[]): Promise<Map<string, string>> {
  if (outboxIds.length === 0) return new Map();
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: outboxIds }, kind: "reply", therapistId: { not: null } },
    select: { id: true, therapistId: true },
  });
  const therapists = await db.therapist.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.therapistId!))] } }, select: { id: true, name: true } });
  const names = new Map(therapists.map((t) => [t.id, t.name]));
  return new Map(rows.map((r) => [r.id, names.get(r.therapistId!) ?? "Therapist"]));
}

/** The settings a therapist may change on a patient, as stored. */
export type PatientSettingsRow = Partial<{ name: string; language: string; timeZone: string; reminderTimes: string; quietStart: string | null; quietEnd: string | null; mrn: string | null }>;

export function updatePatientSettings(db: Db, patientId: string, data: PatientSettingsRow) {
  return db.patient.update({ where: { id: patientId }, data });
}

/** The caller's patients (an admin: the clinic's), by name. */
export function patientsInScope(db: Db, actor: Actor) {
  return db.patient.findMany({ where: patientScope(actor), orderBy: { name: "asc" } });
}

export function channelPin(db: Db, patientId: string) {
  return db.channelPreference.findUnique({ where: { patientId } });
}

export function addressCountOn(db: Db, patientId: string, channel: string) {
  return db.channelAddress.count({ where: { patientId, channel } });
}

export async function savePin(db: Db, patientId: string, pin: { channel: string; setBy: string; createdAt: Date }): Promise<void> {
  await db.channelPreference.upsert({ where: { patientId }, create: { patientId, ...pin }, update: pin });
}

export async function deletePin(db: Db, patientId: string): Promise<void> {
  await db.channelPreference.deleteMany({ where: { patientId } });
}

export async function patientIdsOfClinic(db: Db, clinicId: string): Promise<string[]> {
  return (await db.patient.findMany({ where: { clinicId }, select: { id: true } })).map((p) => p.id);
}

/** What a schedule preview needs: the patient's clock, quiet hours, consent and pause, and their active assignments. */
export function patientWithActiveAssignments(db: Db, patientId: string) {
  return db.patient.findUnique({
    where: { id: patientId },
    select: {
      id: true,
      timeZone: true,
      reminderTimes: true,
      quietStart: true,
      quietEnd: true,
      consent: true,
      pausedAt: true,
      pausedUntil: true,
      assignments: { where: { status: "active" }, select: { id: true, patientId: true, startDate: true, endDate: true, weekdays: true } },
    },
  });
}
