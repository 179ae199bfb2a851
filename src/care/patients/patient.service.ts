import { z } from "zod";
import type { Db } from "../../db/client.js";
import { AppError, invalidInput, notFound } from "../../core/errors.js";
import { describeIssues, e164Phone, ianaTimeZone, language, localDate, localTime } from "../../core/validation.js";
import { latestVersion } from "../programs/program.service.js";
import { localDateOf } from "../../scheduling/local-time.js";
import { weekdaysFor } from "./weekdays.js";
import { findDemoClinicId } from "../../seed/demo-clinic.js";
import type { Actor } from "../actor.js";
import { firstTherapistOutside, therapistInClinic, therapistOrNull } from "../therapists/therapists.repo.js";
import { itemsOfVersion, visibleProgramBySlug } from "../programs/programs.repo.js";
import { programVisibleTo } from "../programs/program-reads.service.js";
import { reminderChanges, reminderDaysOff } from "./reminder-schedule.repo.js";
import { addressOwner, insertPatient, patientRecord, patientsWithChannels, updatePatientSettings } from "./patients.repo.js";

export const newPatientInput = z.object({
  name: z.string().trim().min(1, "is required").max(120),
  language,
  timeZone: ianaTimeZone,
  phone: e164Phone.optional(),
  /** The patient's WhatsApp number (E.164); needs `whatsappOptIn`: WhatsApp requires the patient's agreement first. */
  whatsapp: e164Phone.optional(),
  whatsappOptIn: z.boolean().optional(),
  telegramChatId: z.string().regex(/^-?\d{1,20}$/, "must be a numeric Telegram chat id").optional(),
  program: z.string().min(1, "is required"),
  reminderTimes: z.array(localTime).min(1).max(4).default(["08:00"]),
  quietHours: z.object({ start: localTime, end: localTime }).default({ start: "21:00", end: "08:00" }),
  startDate: localDate.optional(),
  endDate: localDate.optional(),
  therapistId: z.string().optional(),
}).refine((input) => !input.whatsapp || input.whatsappOptIn === true, {
  path: ["whatsappOptIn"],
  message: "must be true: record that the patient agreed to WhatsApp messages before enrolling their WhatsApp number",
});
export type NewPatientInput = z.input<typeof newPatientInput>;

/** Enrolls a patient and assigns the program's current version. Everything is checked before anything is written. */
export async function addPatient(db: Db, raw: unknown, now: Date) {
  const parsed = newPatientInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
  const input = parsed.data;
  const version = await latestVersion(db, input.program);
  const items = await itemsOfVersion(db, version.id);
  // Without a therapist named, a real patient never lands in the demo clinic.
  const therapist = input.therapistId
    ? await therapistOrNull(db, input.therapistId)
    : await firstTherapistOutside(db, (await findDemoClinicId(db)) ?? "");
  if (!therapist) throw invalidInput(input.therapistId ? `unknown therapist: ${input.therapistId}` : "no therapist outside the demo clinic yet: create one (therapist create) or name one (--therapist)");
  const addresses = [
    ...(input.phone ? [{ channel: "sms", address: input.phone }] : []),
    ...(input.whatsapp ? [{ channel: "whatsapp", address: `whatsapp:${input.whatsapp}` }] : []),
    ...(input.telegramChatId ? [{ channel: "telegram", address: input.telegramChatId }] : []),
  ];
  for (const { channel, address } of addresses) {
    if (await addressOwner(db, channel, address)) {
      // The same answer whichever clinic has it: enrolment must not tell one clinic about another's patients.
      throw new AppError("conflict", `that ${channel} address cannot be enrolled: it is already in use`, { channel });
    }
  }
  const startDate = input.startDate ?? localDateOf(now, input.timeZone);
  if (input.endDate && input.endDate < startDate) throw invalidInput("endDate: must not be before startDate");
  const patient = await insertPatient(db, {
    clinicId: therapist.clinicId,
    therapistId: therapist.id,
    name: input.name,
    language: input.language,
    timeZone: input.timeZone,
    reminderTimes: input.reminderTimes.join(","),
    quietStart: input.quietHours.start,
    quietEnd: input.quietHours.end,
    // WhatsApp's own rule: the patient's agreement is on record before the first message.
    consentSources: ["enrollment", ...(input.whatsapp ? ["enrollment:whatsapp"] : [])],
    addresses,
    assignment: {
      programVersionId: version.id,
      startDate,
      endDate: input.endDate ?? null,
      weekdays: weekdaysFor(Math.max(...items.map((i) => i.daysPerWeek), 1)).join(","),
    },
  }, now);
  return showPatient(db, patient.id);
}

/**
 * What a therapist may enroll: their own patient, or (an admin) one for a colleague of the clinic,
 * on a program the caller can see.
 */
export async function checkEnrollmentBy(db: Db, actor: Actor, therapistId: string | undefined, programSlug: string): Promise<void> {
  if (therapistId && therapistId !== actor.therapistId) {
    if (actor.role !== "admin") throw new AppError("forbidden", "only a clinic admin may enroll a patient for another therapist");
    if (!(await therapistInClinic(db, actor.clinicId, therapistId))) throw invalidInput(`unknown therapist: ${therapistId}`);
  }
  if (!(await visibleProgramBySlug(db, programSlug, programVisibleTo(actor)))) throw invalidInput(`unknown program: ${programSlug}`, { program: programSlug });
}

/** A therapist's change to a patient's settings; fields left out stay as they are. */
export interface PatientSettingsChange {
  name?: string;
  language?: string;
  timeZone?: string;
  reminderTimes?: string[];
  quietHours?: { start: string; end: string } | null;
  mrn?: string | null;
}

/** Saves the change; reminder times are kept once each, in order of the day. */
export async function changePatientSettings(db: Db, patientId: string, change: PatientSettingsChange): Promise<void> {
  await updatePatientSettings(db, patientId, {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.language !== undefined ? { language: change.language } : {}),
    ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
    ...(change.reminderTimes !== undefined ? { reminderTimes: [...new Set(change.reminderTimes)].sort().join(",") } : {}),
    ...(change.quietHours !== undefined ? { quietStart: change.quietHours?.start ?? null, quietEnd: change.quietHours?.end ?? null } : {}),
    ...(change.mrn !== undefined ? { mrn: change.mrn } : {}),
  });
}

export async function listPatients(db: Db, where: { therapistId?: string } = {}) {
  return (await patientsWithChannels(db, where)).map(patientSummary);
}

/** A patient as every list shows them: who, where they can be reached, and whether they agreed to messages. */
export function patientSummary(p: { id: string; name: string; language: string; timeZone: string; consent: string; therapistId: string; addresses: { channel: string }[] }) {
  return {
    id: p.id,
    name: p.name,
    language: p.language,
    timeZone: p.timeZone,
    consent: p.consent,
    channels: p.addresses.map((a) => a.channel),
    therapistId: p.therapistId,
  };
}

export async function showPatient(db: Db, id: string) {
  const patient = await patientRecord(db, id);
  if (!patient) throw notFound("patient", id);
  return {
    id: patient.id,
    name: patient.name,
    language: patient.language,
    timeZone: patient.timeZone,
    therapistId: patient.therapistId,
    reminderTimes: patient.reminderTimes.split(","),
    quietHours: patient.quietStart && patient.quietEnd ? { start: patient.quietStart, end: patient.quietEnd } : null,
    pause: patient.pausedAt ? { since: patient.pausedAt, from: patient.pausedFrom, until: patient.pausedUntil, reason: patient.pauseReason } : null,
    /** ISO weekdays the patient asked, by text, to get no reminders on. */
    reminderDaysOff: await reminderDaysOff(db, patient.id),
    /** What the patient changed in their reminders by text, newest first. */
    reminderChanges: await reminderChanges(db, patient.id),
    channels: patient.addresses,
    consent: {
      state: patient.consent,
      changedAt: patient.consentChangedAt,
      source: patient.consentSource,
      history: patient.consentEvents.map((e) => ({ state: e.state, source: e.source, at: e.at })),
    },
    assignments: patient.assignments.map((a) => ({
      id: a.id,
      program: a.programVersion.program.slug,
      programVersion: a.programVersion.version,
      startDate: a.startDate,
      endDate: a.endDate,
      weekdays: a.weekdays.split(",").map(Number),
      status: a.status,
    })),
    completions: patient.completions.map((c) => ({ id: c.id, localDate: c.localDate, status: c.status, exercises: JSON.parse(c.exercises) as string[], at: c.createdAt })),
    painReports: patient.painReports.map((p) => ({ id: p.id, score: p.score, localDate: p.localDate, at: p.createdAt })),
    escalations: patient.escalations.map((e) => ({ id: e.id, level: e.level, status: e.status, reason: e.reason, summary: e.summary, at: e.createdAt })),
  };
}
