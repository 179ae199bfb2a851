import { z } from "zod";
import { ianaTimeZone, language, localDate, localTime } from "../core/validation.js";
import { MAX_RANGE_DAYS } from "../care/patients/adherence.js";

export { MAX_RANGE_DAYS };

/** Shared request and response shapes; the OpenAPI document is generated from these. */
/** Responses carry timestamps as ISO 8601 strings (JSON of a Date). */
const timestamp = z.iso.datetime();

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["admin", "therapist"]),
  clinicId: z.string(),
  via: z.enum(["session", "token"]),
});

export const limitQuery = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const quietHours = z.object({ start: localTime, end: localTime });

export const patientUpdateBody = z
  .object({
    name: z.string().trim().min(1, "is required").max(120),
    language,
    timeZone: ianaTimeZone,
    reminderTimes: z.array(localTime).min(1).max(4),
    quietHours: quietHours.nullable(),
    /** The clinic's medical record number, exported as the patient's FHIR identifier; null clears it. */
    mrn: z.string().trim().min(1).max(64).nullable(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "give at least one field to change");

export const weekdays = z
  .array(z.int().min(1).max(7))
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, "must not repeat a day");

/** The longest adherence range one request may ask for (from and to inclusive, as local dates). */

export const dateRangeQuery = z
  .object({
    from: localDate.optional().describe(`first local date (default: 29 days before to); at most ${MAX_RANGE_DAYS} days before to`),
    to: localDate.optional().describe(`last local date (default: today in the patient's zone); at most ${MAX_RANGE_DAYS} days after from`),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, "from must not be after to");

export const patientSummary = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  timeZone: z.string(),
  consent: z.string(),
  channels: z.array(z.string()),
  therapistId: z.string(),
  paused: z.boolean(),
  openEscalations: z.number(),
  adherence: z.object({ last7: z.number().nullable(), last30: z.number().nullable() }),
});

export const adherenceDaySchema = z.object({
  date: z.string(),
  prompted: z.number(),
  done: z.number(),
  partial: z.number(),
  missed: z.boolean(),
  status: z.enum(["done", "partial", "missed", "pending", "none"]),
});

export const escalationCardSchema = z.object({
  version: z.literal(1),
  level: z.enum(["therapist", "urgent", "emergency"]),
  headline: z.string().describe("what happened, in plain words"),
  why: z.array(z.string()).describe("why it was flagged: the red-flag rules or findings, in words"),
  message: z.object({ text: z.string().describe("the patient's message, verbatim"), at: timestamp }).nullable(),
  pain: z.object({ latest: z.number().int().nullable(), usual: z.number().nullable(), recent: z.array(z.number().int()) }),
  adherence: z.object({ done: z.number().int(), of: z.number().int() }).describe("days with exercises done in the last `of` days"),
  told: z.string().nullable().describe("what hepbot replied to the patient"),
});

export const escalationNoteSchema = z.object({
  id: z.string(),
  kind: z.enum(["call", "note"]),
  text: z.string(),
  author: z.string(),
  authorName: z.string().nullable(),
  createdAt: timestamp,
});

export const escalationSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  level: z.enum(["therapist", "urgent", "emergency"]),
  status: z.enum(["open", "acknowledged", "resolved"]),
  reason: z.string(),
  summary: z.string(),
  createdAt: timestamp,
  acknowledgedAt: timestamp.nullable(),
  acknowledgedBy: z.string().nullable(),
  resolvedAt: timestamp.nullable(),
  resolvedBy: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  /** Display names for acknowledgedBy/resolvedBy (a therapist's name, or the API token's label). */
  acknowledgedByName: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  card: escalationCardSchema.nullable().describe("the clinician's card; null for escalations raised before cards or without a patient message"),
  notes: z.array(escalationNoteSchema).describe("call notes and other notes, oldest first"),
});

export const messageSchema = z.object({
  id: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  channel: z.string(),
  body: z.string(),
  at: timestamp,
  state: z.string(),
  /** Photos and voice notes the patient sent, as references (not read by hepbot). */
  media: z.array(z.object({ url: z.string(), contentType: z.string() })),
  /** Why an outbound message failed for good (outside_window, opted_out…). */
  failure: z.string().optional(),
  /** Who wrote it: the patient, hepbot, or a therapist (by name) replying from the dashboard or API. */
  sender: z.object({ kind: z.enum(["patient", "hepbot", "therapist"]), name: z.string().nullable() }),
});

export const auditEventSchema = z.object({
  id: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: timestamp,
});

const bilingual = z.object({ en: z.string(), es: z.string() });
const bilingualList = z.object({ en: z.array(z.string()), es: z.array(z.string()) });

export const exerciseViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: bilingual,
  aliases: bilingualList,
  bodyRegion: z.string(),
  instructions: bilingualList,
  cues: bilingualList,
  videoUrl: z.string(),
  defaultDose: z.object({ sets: z.int(), reps: z.int(), holdSeconds: z.int() }),
  custom: z.boolean(),
});

export const exerciseSearchSchema = z.object({ regions: z.array(z.string()), exercises: z.array(exerciseViewSchema) });

const consentEventSchema = z.object({ state: z.string(), source: z.string(), at: timestamp });

export const consentSchema = z.object({ state: z.string(), changedAt: timestamp, source: z.string(), history: z.array(consentEventSchema) });

/** One patient in full, as `GET /patients/{id}` shows them. */
export const patientDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  timeZone: z.string(),
  therapistId: z.string(),
  reminderTimes: z.array(z.string()),
  quietHours: quietHours.nullable(),
  pause: z.object({ since: timestamp, from: z.string().nullable(), until: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  /** ISO weekdays (1 = Mon) the patient asked, by text, to get no reminders on. */
  reminderDaysOff: z.array(z.int()),
  /** What the patient changed in their reminders by text, newest first: the channel asked on, when, what. */
  reminderChanges: z.array(z.object({ source: z.string(), what: z.string(), createdAt: timestamp })),
  channels: z.array(z.object({ channel: z.string(), address: z.string(), preferred: z.boolean() })),
  consent: consentSchema,
  assignments: z.array(
    z.object({
      id: z.string(),
      program: z.string(),
      programVersion: z.int(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      weekdays: z.array(z.int()),
      status: z.string(),
    }),
  ),
  completions: z.array(z.object({ id: z.string(), localDate: z.string(), status: z.string(), exercises: z.array(z.string()), at: timestamp })),
  painReports: z.array(z.object({ id: z.string(), score: z.int().nullable(), localDate: z.string(), at: timestamp })),
  escalations: z.array(z.object({ id: z.string(), level: z.string(), status: z.string(), reason: z.string(), summary: z.string(), at: timestamp })),
});

export const pauseResponseSchema = z.object({
  pause: z.object({ since: timestamp, until: z.string().nullable(), reason: z.string() }).nullable(),
});

export const programSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: bilingual,
  owner: z.string().nullable(),
  version: z.int(),
  versionId: z.string().nullable(),
  exercises: z.array(z.object({ slug: z.string(), name: z.string(), dose: z.string() })),
});

export const programVersionDetailSchema = z.object({
  id: z.string(),
  version: z.int(),
  notes: z.string(),
  createdAt: timestamp,
  program: z.object({ id: z.string(), slug: z.string(), title: bilingual }),
  items: z.array(
    z.object({
      position: z.int(),
      sets: z.int(),
      reps: z.int(),
      holdSeconds: z.int(),
      timesPerDay: z.int(),
      daysPerWeek: z.int(),
      notes: bilingual,
      exercise: exerciseViewSchema,
    }),
  ),
});

export const programDetailSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: bilingual,
  editable: z.boolean(),
  versions: z.array(z.object({ id: z.string(), version: z.int(), notes: z.string(), createdAt: timestamp })),
  current: programVersionDetailSchema.nullable(),
});

export const programSavedSchema = z.object({ id: z.string(), slug: z.string().optional(), version: z.int(), versionId: z.string() });

export const tokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.string(),
  createdAt: timestamp,
  expiresAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
});

/** A FHIR R4 Bundle; its resources follow the R4 specification (checked against the official schema in the tests). */
export const fhirBundleSchema = z
  .object({
    resourceType: z.literal("Bundle"),
    type: z.literal("collection"),
    entry: z.array(z.object({ fullUrl: z.string().optional(), resource: z.looseObject({ resourceType: z.string() }) }).loose()),
  })
  .loose();
