import { z } from "zod";
import { consentHistory, pausePatient, resumePatient } from "../care/consent/consent.repo.js";
import { localDate } from "../core/validation.js";
import { addPatient, changePatientSettings, checkEnrollmentBy, newPatientInput, showPatient } from "../care/patients/patient.service.js";
import { findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { patientAdherence, patientList } from "../care/patients/patient-reads.service.js";
import { route, type AnyRoute } from "./route.js";
import {
  adherenceDaySchema,
  consentSchema,
  dateRangeQuery,
  idParams,
  MAX_RANGE_DAYS,
  patientDetailSchema,
  patientSummary,
  patientUpdateBody,
  pauseResponseSchema,
} from "./schemas.js";

const pauseBody = z
  .object({ until: localDate.optional().describe("local date prompts resume; until resumed by hand when absent"), reason: z.string().max(200).optional() })
  .strict();

export function patientRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/patients",
      tag: "patients",
      summary: "The caller's patients (an admin: the clinic's) with adherence over the last 7 and 30 days",
      response: z.object({ patients: z.array(patientSummary) }),
      async handler({ actor }) {
        const patients = await patientList(db, actor, deps.clock());
        await auditPatient(deps, actor, "patient.list", null, { count: patients.length });
        return { patients };
      },
    }),
    route({
      method: "post",
      path: "/patients",
      tag: "patients",
      summary: "Enroll a patient and assign a program (the caller is their therapist unless an admin names another)",
      body: newPatientInput,
      status: 201,
      response: patientDetailSchema,
      errors: ["conflict"],
      async handler({ actor, body }) {
        await checkEnrollmentBy(db, actor, body.therapistId, body.program);
        const patient = await addPatient(db, { ...body, therapistId: body.therapistId ?? actor.therapistId }, deps.clock());
        await auditPatient(deps, actor, "patient.create", patient.id);
        return patient;
      },
    }),
    route({
      method: "get",
      path: "/patients/:id",
      tag: "patients",
      summary: "One patient: settings, channels, consent, assignments, recent completions, pain and escalations",
      params: idParams,
      response: patientDetailSchema,
      async handler({ actor, params }) {
        await findOwnPatient(db, actor, params.id);
        await auditPatient(deps, actor, "patient.view", params.id);
        return showPatient(db, params.id);
      },
    }),
    route({
      method: "patch",
      path: "/patients/:id",
      tag: "patients",
      summary: "Change a patient's name, language, time zone, reminder times or quiet hours",
      params: idParams,
      body: patientUpdateBody,
      response: patientDetailSchema,
      async handler({ actor, params, body }) {
        await findOwnPatient(db, actor, params.id);
        await changePatientSettings(db, params.id, body);
        await auditPatient(deps, actor, "patient.update", params.id, { fields: Object.keys(body) });
        return showPatient(db, params.id);
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/consent",
      tag: "patients",
      summary: "The patient's consent state and its full history",
      params: idParams,
      response: consentSchema,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const history = await consentHistory(db, patient.id);
        await auditPatient(deps, actor, "consent.view", patient.id);
        return {
          state: patient.consent,
          changedAt: patient.consentChangedAt,
          source: patient.consentSource,
          history: history.map((e) => ({ state: e.state, source: e.source, at: e.at })),
        };
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/adherence",
      tag: "adherence",
      summary: "Per day: prompts sent, done, partial, missed; and the pain scores, over a range of local dates (default: last 30 days)",
      params: idParams,
      query: dateRangeQuery,
      response: z.object({
        from: z.string(),
        to: z.string(),
        today: z.string(),
        rate: z.number().nullable(),
        days: z.array(adherenceDaySchema).max(MAX_RANGE_DAYS),
        pain: z.array(z.object({ date: z.string(), at: z.iso.datetime(), score: z.number() })),
      }),
      async handler({ actor, params, query }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const result = await patientAdherence(db, patient, query, deps.clock());
        await auditPatient(deps, actor, "adherence.view", patient.id, { from: result.from, to: result.to });
        return result;
      },
    }),
    route({
      method: "post",
      path: "/patients/:id/pause",
      tag: "assignments",
      summary: "Pause the patient's prompts (until a date, or until resumed); pending prompts are cancelled",
      params: idParams,
      body: pauseBody,
      response: pauseResponseSchema,
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const now = deps.clock();
        await pausePatient(db, patient.id, { untilLocalDate: body.until ?? null, reason: body.reason ?? "therapist", source: "therapist" }, now);
        await auditPatient(deps, actor, "patient.pause", patient.id, { until: body.until ?? null });
        return { pause: { since: now, until: body.until ?? null, reason: body.reason ?? "therapist" } };
      },
    }),
    route({
      method: "post",
      path: "/patients/:id/resume",
      tag: "assignments",
      summary: "Resume a paused patient's prompts",
      params: idParams,
      response: pauseResponseSchema,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        await resumePatient(db, patient.id, "therapist", deps.clock());
        await auditPatient(deps, actor, "patient.resume", patient.id);
        return { pause: null };
      },
    }),
  ];
}
