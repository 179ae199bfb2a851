import type { Db } from "../db/client.js";
import { localDateOf } from "../scheduling/local-time.js";
import { heartbeatStep, HEARTBEAT_GAP_MS } from "./heartbeat.js";
import type { LedgerInput } from "./ledger.js";
import type { RtmThresholds } from "./rtm-thresholds.js";

export const MONITORING_SOURCES = ["auto", "manual"] as const;

/** Extends or starts the clinician's automatic interval on a patient; null when the heartbeat was idle. */
export async function recordHeartbeat(
  db: Db,
  input: { patientId: string; therapistId: string; now: Date; idleMs: number; idleLimitMs: number },
): Promise<{ id: string; started: boolean } | null> {
  const last = await db.monitoringTime.findFirst({
    where: {
      patientId: input.patientId,
      therapistId: input.therapistId,
      source: "auto",
      endedAt: { gte: new Date(input.now.getTime() - HEARTBEAT_GAP_MS) },
    },
    orderBy: { endedAt: "desc" },
    select: { id: true, endedAt: true },
  });
  const step = heartbeatStep({ last, now: input.now, idleMs: input.idleMs, idleLimitMs: input.idleLimitMs });
  if (step.kind === "idle") return null;
  if (step.kind === "extend") {
    await db.monitoringTime.update({ where: { id: step.id }, data: { endedAt: input.now } });
    return { id: step.id, started: false };
  }
  const row = await db.monitoringTime.create({
    data: { patientId: input.patientId, therapistId: input.therapistId, source: "auto", startedAt: input.now, endedAt: input.now },
  });
  return { id: row.id, started: true };
}

/** The first monitoring day: the start of the patient's first program. */
export async function firstMonitoringDay(db: Db, patientId: string): Promise<string | null> {
  const first = await db.assignment.findFirst({ where: { patientId }, orderBy: { startDate: "asc" }, select: { startDate: true } });
  return first?.startDate ?? null;
}

export interface PatientMonitoringRecord {
  ledger: LedgerInput;
  /** Inbound messages: any patient-reported data (a reply, a completion, a pain or outcome answer). */
  events: Array<{ at: Date; kind: string | null }>;
  time: Array<{ id: string; startedAt: Date; endedAt: Date; source: string; therapistId: string; note: string }>;
  contacts: Array<{ id: string; at: Date; minutes: number; mode: string; therapistId: string; note: string }>;
}

/** Everything the ledger needs about one patient, from the first monitoring day on. */
export async function loadMonitoringRecord(
  db: Db,
  patient: { id: string; timeZone: string },
  options: { now: Date; thresholds: RtmThresholds },
): Promise<PatientMonitoringRecord> {
  const firstDay = await firstMonitoringDay(db, patient.id);
  // A day's margin before the first local day: the query is in UTC, the day in the patient's zone.
  const since = firstDay ? new Date(Date.parse(`${firstDay}T00:00:00Z`) - 86_400_000) : options.now;
  const [messages, time, contacts] = await Promise.all([
    firstDay
      ? db.messageLog.findMany({
          where: { patientId: patient.id, direction: "inbound", createdAt: { gte: since, lte: options.now } },
          orderBy: { createdAt: "asc" },
          select: { createdAt: true, reading: { select: { kind: true } } },
        })
      : Promise.resolve([]),
    db.monitoringTime.findMany({ where: { patientId: patient.id }, orderBy: { startedAt: "asc" } }),
    db.interactiveContact.findMany({ where: { patientId: patient.id }, orderBy: { at: "asc" } }),
  ]);
  const events = messages
    .map((m) => ({ at: m.createdAt, kind: m.reading?.kind ?? null }))
    .filter((e) => firstDay !== null && localDateOf(e.at, patient.timeZone) >= firstDay);
  return {
    ledger: {
      firstDay,
      timeZone: patient.timeZone,
      dataEvents: events.map((e) => e.at),
      monitoring: time.map((t) => ({ start: t.startedAt, end: t.endedAt })),
      contacts: contacts.map((c) => ({ at: c.at, minutes: c.minutes, mode: c.mode })),
      now: options.now,
      thresholds: options.thresholds,
    },
    events,
    time,
    contacts,
  };
}

/** An entry of monitoring time recorded by hand. */
export function insertManualTime(db: Db, entry: { patientId: string; therapistId: string; startedAt: Date; endedAt: Date; note: string }) {
  return db.monitoringTime.create({ data: { ...entry, source: "manual" } });
}

export function insertInteractiveContact(db: Db, contact: { patientId: string; therapistId: string; mode: string; at: Date; minutes: number; note: string }) {
  return db.interactiveContact.create({ data: contact });
}

/** Deletes a time entry the therapist recorded on the patient; returns what it was, or null when there is none. */
export async function deleteOwnTimeEntry(db: Db, owner: { patientId: string; therapistId: string }, entryId: string) {
  const entry = await db.monitoringTime.findFirst({ where: { id: entryId, ...owner } });
  if (entry) await db.monitoringTime.delete({ where: { id: entry.id } });
  return entry;
}

/** Deletes a contact the therapist logged with the patient; returns what it was, or null when there is none. */
export async function deleteOwnContact(db: Db, owner: { patientId: string; therapistId: string }, entryId: string) {
  const entry = await db.interactiveContact.findFirst({ where: { id: entryId, ...owner } });
  if (entry) await db.interactiveContact.delete({ where: { id: entry.id } });
  return entry;
}
