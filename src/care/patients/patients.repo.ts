import type { Db } from "../../db/client.js";
import type { PatientScope } from "../programs/programs.repo.js";

/** Prisma reads behind the patient list, adherence and the conversation (see patient-reads.service.ts). */

/** Prompt rows that count as "asked": the platform took them. */
export const SENT_STATUSES = ["sent", "delivered"];

type DateRange = { from: string; to?: string };
const inRange = (range: DateRange) => ({ gte: range.from, ...(range.to ? { lte: range.to } : {}) });

/** The caller's patients (see `patientScope`) by name, with their channels and how many escalations are open. */
export function patientsWithOpenEscalations(db: Db, scope: PatientScope) {
  return db.patient.findMany({
    where: scope,
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

export function updatePatientSettings(db: Pick<Db, "patient">, patientId: string, data: PatientSettingsRow) {
  return db.patient.update({ where: { id: patientId }, data });
}

/** The patient's standing reminder times (local HH:mm), or null when there is no such patient. */
export async function patientReminderTimes(db: Pick<Db, "patient">, patientId: string): Promise<string[] | null> {
  const row = await db.patient.findUnique({ where: { id: patientId }, select: { reminderTimes: true } });
  return row === null ? null : row.reminderTimes.split(",").filter((t) => t !== "");
}

/** The caller's patients (an admin: the clinic's; see `patientScope`), by name. */
export function patientsInScope(db: Db, scope: PatientScope) {
  return db.patient.findMany({ where: scope, orderBy: { name: "asc" } });
}

/** The patient if within the scope, else null. */
export function patientInScope(db: Db, patientId: string, scope: PatientScope) {
  return db.patient.findFirst({ where: { id: patientId, ...scope } });
}

export interface ChatAddress {
  channel: string;
  address: string;
  conversationRef: string | null;
}

/** Links a chat address to the patient, taking it over from whoever had it. */
export async function linkChannelAddress(tx: Pick<Db, "channelAddress">, patientId: string, { channel, address, conversationRef }: ChatAddress): Promise<void> {
  await tx.channelAddress.upsert({
    where: { channel_address: { channel, address } },
    create: { patientId, channel, address, conversationRef },
    update: { patientId, conversationRef },
  });
}

export async function patientExists(db: Db, patientId: string): Promise<boolean> {
  return (await db.patient.findUnique({ where: { id: patientId }, select: { id: true } })) !== null;
}

export function patientWithClinic(db: Db, patientId: string) {
  return db.patient.findUniqueOrThrow({ where: { id: patientId }, include: { clinic: true } });
}

/** The patient behind an address, with the reference the platform last gave for it. */
export function addressOwner(db: Db, channel: string, address: string) {
  return db.channelAddress.findUnique({ where: { channel_address: { channel, address } }, select: { patientId: true, conversationRef: true, id: true } });
}

export async function updateConversationRef(db: Db, addressId: string, conversationRef: string): Promise<void> {
  await db.channelAddress.update({ where: { id: addressId }, data: { conversationRef } });
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
      pausedFrom: true,
      assignments: { where: { status: "active" }, select: { id: true, patientId: true, startDate: true, endDate: true, weekdays: true } },
    },
  });
}

export interface NewPatientRow {
  clinicId: string;
  therapistId: string;
  name: string;
  language: string;
  timeZone: string;
  reminderTimes: string;
  quietStart: string;
  quietEnd: string;
  /** Who recorded the patient's agreement, one opted-in history entry each. */
  consentSources: string[];
  /** The first is marked preferred. */
  addresses: { channel: string; address: string }[];
  assignment: { programVersionId: string; startDate: string; endDate: string | null; weekdays: string };
}

/** Enrolls a patient with their addresses, consent history and first assignment, in one statement. */
export function insertPatient(db: Db, { consentSources, addresses, assignment, ...patient }: NewPatientRow, now: Date) {
  return db.patient.create({
    data: {
      ...patient,
      consentChangedAt: now,
      consentEvents: { create: consentSources.map((source) => ({ state: "opted_in", source, at: now })) },
      addresses: { create: addresses.map((a, i) => ({ ...a, preferred: i === 0 })) },
      assignments: { create: assignment },
    },
  });
}

export function patientsWithChannels(db: Db, where: { therapistId?: string }) {
  return db.patient.findMany({ where, orderBy: { createdAt: "asc" }, include: { addresses: { select: { channel: true } } } });
}

/** A patient with everything the CLI's and API's patient record shows. */
export function patientRecord(db: Db, id: string) {
  return db.patient.findUnique({
    where: { id },
    include: {
      addresses: { select: { channel: true, address: true, preferred: true } },
      consentEvents: { orderBy: { at: "asc" } },
      assignments: { orderBy: { createdAt: "asc" }, include: { programVersion: { include: { program: true } } } },
      completions: { orderBy: { createdAt: "desc" }, take: 100 },
      painReports: { orderBy: { createdAt: "desc" }, take: 100 },
      escalations: { orderBy: { createdAt: "desc" }, take: 100 },
    },
  });
}

/** What ranking the patients' addresses needs (see preferred-address.ts): the addresses, the pinned channels, the last inbound per address. */
export async function addressFacts(db: Db, patientIds: string[]) {
  const [addresses, pins, inbound] = await Promise.all([
    db.channelAddress.findMany({
      where: { patientId: { in: patientIds } },
      select: { patientId: true, channel: true, address: true, conversationRef: true, preferred: true, createdAt: true },
    }),
    db.channelPreference.findMany({ where: { patientId: { in: patientIds } } }),
    db.messageLog.groupBy({
      by: ["patientId", "channel", "address"],
      where: { patientId: { in: patientIds }, direction: "inbound" },
      _max: { createdAt: true },
    }),
  ]);
  return { addresses, pins, inbound };
}

/** The stored conversation references of these chat addresses (Teams needs one to reply). */
export function addressConversationRefs(db: Db, addresses: readonly { channel: string; address: string }[]) {
  return db.channelAddress.findMany({ where: { OR: [...addresses] }, select: { channel: true, address: true, conversationRef: true } });
}

/** A demo patient's history starts before the seed ran: when they joined and consented, and their reminder times. */
export function backdatePatient(db: Pick<Db, "patient">, patientId: string, data: { createdAt: Date; consentChangedAt: Date; reminderTimes?: string }) {
  return db.patient.update({ where: { id: patientId }, data });
}
