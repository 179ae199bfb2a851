import type { Response } from "express";
import { z } from "zod";
import { AppError, invalidInput, notFound } from "../core/errors.js";
import { LIVE_CONTACT_MODES } from "../monitoring/ledger.js";
import { clinicReportCsv, patientReportCsv } from "../monitoring/monthly-report.js";
import { deleteOwnContact, deleteOwnTimeEntry, insertInteractiveContact, insertManualTime, recordHeartbeat } from "../monitoring/monitoring.repo.js";
import { localDate, localTime } from "../core/validation.js";
import { localInstant } from "../scheduling/local-time.js";
import { findOwnPatient, type Actor } from "../care/actor.js";
import { DEFAULT_MONITORING_IDLE_MS, monitoringReads } from "../care/monitoring/monitoring-reads.service.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM");
const reportQuery = z.object({ month: month.optional().describe("YYYY-MM; this month when absent"), format: z.enum(["json", "csv"]).default("json") }).strict();
const note = z.string().trim().max(500).default("");
const entryParams = idParams.extend({ entryId: z.string().min(1).max(64) });

const heartbeatBody = z.object({ idleSeconds: z.int().min(0).max(7 * 86_400).describe("seconds since the last keyboard, mouse or scroll activity") }).strict();
/** When: an instant (ISO 8601 with offset), or a date and time on the patient's own clock (the dashboard's form). */
const when = {
  at: z.iso.datetime({ offset: true }).optional(),
  date: localDate.optional(),
  time: localTime.optional(),
};
const oneWhen = (body: { at?: string | undefined; date?: string | undefined; time?: string | undefined }) => (body.at ? !body.date && !body.time : Boolean(body.date && body.time));
const WHEN_MESSAGE = "give either at (an ISO 8601 instant) or date and time (the patient's local clock)";
const manualTimeBody = z.object({ ...when, minutes: z.int().min(1).max(480), note }).strict().refine(oneWhen, WHEN_MESSAGE);
const contactBody = z
  .object({
    ...when,
    minutes: z.int().min(1).max(240),
    mode: z.enum(LIVE_CONTACT_MODES, { message: "must be phone or video: text messages are not interactive communication" }),
    note,
  })
  .strict()
  .refine(oneWhen, WHEN_MESSAGE);

function instantOf(body: { at?: string | undefined; date?: string | undefined; time?: string | undefined }, timeZone: string): Date {
  return body.at ? new Date(body.at) : localInstant(body.date!, body.time!, timeZone);
}

const standingSchema = z.object({
  today: z.string(),
  firstMonitoringDay: z.string().nullable(),
  period: z.object({ start: z.string(), end: z.string(), dataDays: z.array(z.string()), code: z.string().nullable(), daysLeft: z.int() }).nullable(),
  month: z.object({ month: z.string(), minutes: z.int(), liveContacts: z.int(), codes: z.array(z.object({ code: z.string(), units: z.int() })) }),
  dataDaysSentence: z.string(),
  minutesSentence: z.string(),
});
const reportCode = z.object({ code: z.string(), units: z.int(), basis: z.string(), provisional: z.boolean() });
export const patientReportSchema = z.object({
  patientId: z.string(),
  patientName: z.string(),
  month: z.string(),
  timeZone: z.string(),
  firstMonitoringDay: z.string().nullable(),
  periods: z.array(z.object({ start: z.string(), end: z.string(), dataDays: z.array(z.string()), code: z.string().nullable(), daysLeft: z.int() })),
  minutes: z.int(),
  contacts: z.array(z.object({ at: z.string(), minutes: z.int(), mode: z.string(), clinician: z.string() })),
  time: z.array(z.object({ start: z.string(), end: z.string(), minutes: z.number(), source: z.string(), clinician: z.string() })),
  events: z.array(z.object({ at: z.string(), localDate: z.string(), kind: z.string().nullable() })),
  codes: z.array(reportCode),
  standing: z.object({ dataDays: z.string(), minutes: z.string() }).nullable(),
});

function sendCsv(res: Response, filename: string, body: string) {
  res.type("text/csv; charset=utf-8").setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.send(body);
}

/** A person at the dashboard: only a logged-in clinician's own screen counts as monitoring time. */
function requireSession(actor: Actor) {
  if (actor.kind !== "therapist") throw new AppError("forbidden", "monitoring time is recorded from a logged-in dashboard, not an API token");
}

function ensurePast(at: Date, now: Date) {
  if (at.getTime() > now.getTime()) throw invalidInput("body: the time is in the future", { issues: [{ in: "body", path: "at", message: "is in the future" }] });
}

export function monitoringRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const reads = monitoringReads(deps);
  const idleLimitMs = deps.monitoringIdleMs ?? DEFAULT_MONITORING_IDLE_MS;
  return [
    route({
      method: "post",
      path: "/patients/:id/monitoring/heartbeat",
      tag: "monitoring",
      summary: "The dashboard's heartbeat while the patient's page is visible and in use: extends the clinician's automatic monitoring time",
      params: idParams,
      body: heartbeatBody,
      response: z.object({ counted: z.boolean() }),
      async handler({ actor, params, body }) {
        requireSession(actor);
        const patient = await findOwnPatient(db, actor, params.id);
        const result = await recordHeartbeat(db, { patientId: patient.id, therapistId: actor.therapistId, now: deps.clock(), idleMs: body.idleSeconds * 1000, idleLimitMs });
        if (result?.started) await auditPatient(deps, actor, "monitoring.time.start", patient.id, { source: "auto", entryId: result.id });
        return { counted: result !== null };
      },
    }),
    route({
      method: "post",
      path: "/patients/:id/monitoring/time",
      tag: "monitoring",
      summary: "Record monitoring time by hand (the clinician is the caller's therapist)",
      params: idParams,
      body: manualTimeBody,
      status: 201,
      response: z.object({ id: z.string() }),
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const startedAt = instantOf(body, patient.timeZone);
        const endedAt = new Date(startedAt.getTime() + body.minutes * 60_000);
        ensurePast(endedAt, deps.clock());
        const row = await insertManualTime(db, { patientId: patient.id, therapistId: actor.therapistId, startedAt, endedAt, note: body.note });
        await auditPatient(deps, actor, "monitoring.time.add", patient.id, { entryId: row.id, minutes: body.minutes });
        return { id: row.id };
      },
    }),
    route({
      method: "post",
      path: "/patients/:id/monitoring/contacts",
      tag: "monitoring",
      summary: "Record a live interactive contact (a call or a video visit; text messages never count)",
      params: idParams,
      body: contactBody,
      status: 201,
      response: z.object({ id: z.string() }),
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const at = instantOf(body, patient.timeZone);
        ensurePast(at, deps.clock());
        const row = await insertInteractiveContact(db, { patientId: patient.id, therapistId: actor.therapistId, mode: body.mode, at, minutes: body.minutes, note: body.note });
        await auditPatient(deps, actor, "monitoring.contact.add", patient.id, { entryId: row.id, mode: body.mode, minutes: body.minutes });
        return { id: row.id };
      },
    }),
    route({
      method: "delete",
      path: "/patients/:id/monitoring/time/:entryId",
      tag: "monitoring",
      summary: "Remove a monitoring-time entry the caller's therapist recorded (a mistake); the audit keeps what it was",
      params: entryParams,
      status: 204,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const entry = await deleteOwnTimeEntry(db, { patientId: patient.id, therapistId: actor.therapistId }, params.entryId);
        if (!entry) throw notFound("monitoring time entry", params.entryId);
        await auditPatient(deps, actor, "monitoring.time.remove", patient.id, {
          entryId: entry.id,
          source: entry.source,
          startedAt: entry.startedAt.toISOString(),
          endedAt: entry.endedAt.toISOString(),
        });
        return undefined;
      },
    }),
    route({
      method: "delete",
      path: "/patients/:id/monitoring/contacts/:entryId",
      tag: "monitoring",
      summary: "Remove a contact the caller's therapist logged (a mistake); the audit keeps what it was",
      params: entryParams,
      status: 204,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const entry = await deleteOwnContact(db, { patientId: patient.id, therapistId: actor.therapistId }, params.entryId);
        if (!entry) throw notFound("contact", params.entryId);
        await auditPatient(deps, actor, "monitoring.contact.remove", patient.id, { entryId: entry.id, mode: entry.mode, at: entry.at.toISOString(), minutes: entry.minutes });
        return undefined;
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/monitoring",
      tag: "monitoring",
      summary: "Where the patient's RTM episode stands: this period's data days, this month's minutes and live contacts, supported codes",
      params: idParams,
      response: standingSchema,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const standing = await reads.standing(patient);
        await auditPatient(deps, actor, "monitoring.view", patient.id);
        return standing;
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/monitoring/report",
      tag: "monitoring",
      summary: "The patient's monthly RTM report (JSON, or CSV with format=csv)",
      params: idParams,
      query: reportQuery,
      response: patientReportSchema,
      async handler({ res, actor, params, query }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const report = await reads.patientReport(patient, query.month);
        await auditPatient(deps, actor, "monitoring.report", patient.id, { month: report.month, format: query.format });
        if (query.format === "json") return report;
        sendCsv(res, `rtm-${report.month}-${patient.id}.csv`, patientReportCsv(report));
        return undefined;
      },
    }),
    route({
      method: "get",
      path: "/monitoring/report",
      tag: "monitoring",
      summary: "The monthly RTM report for the caller's patients (the whole clinic for an admin); JSON, or CSV with format=csv",
      query: reportQuery,
      response: z.object({ month: z.string(), clinic: z.string(), patients: z.array(patientReportSchema) }),
      async handler({ res, actor, query }) {
        const report = await reads.clinicReport(actor, query.month);
        await auditPatient(deps, actor, "monitoring.report", null, { month: report.month, count: report.patients.length, format: query.format });
        if (query.format === "json") return report;
        sendCsv(res, `rtm-${report.month}-clinic.csv`, clinicReportCsv(report.patients));
        return undefined;
      },
    }),
  ];
}
