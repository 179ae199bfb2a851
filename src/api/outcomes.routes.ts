import { z } from "zod";
import { AppError } from "../core/errors.js";
import { MeasureSchema, OutcomeSettingsSchema } from "../outcomes/measures.js";
import { loadOutcomeSettings, patientOutcomes, saveOutcomePreference, saveOutcomeSettings } from "../outcomes/outcomes.repo.js";
import { OutcomeSummarySchema } from "../outcomes/summary.js";
import { findOwnPatient } from "../care/actor.js";
import { auditOther, auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { canEdit, findVisibleProgram } from "../care/programs/program-reads.service.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

const settingsSchema = z.object({
  measures: z.array(MeasureSchema).describe("nprs: pain now, weekly; psfs: Patient-Specific Functional Scale; grc: global rating of change at discharge"),
  nprsEveryWeeks: z.number().int(),
  psfsEveryWeeks: z.number().int(),
});

const preferenceBody = z
  .object({
    painWeekday: z.number().int().min(1).max(7).nullable().optional().describe("ISO weekday of the pain question; null = the program's first weekday"),
    surveys: z.enum(["on", "off"]).optional().describe("off: no more questionnaires (reminders go on)"),
  })
  .strict();

/** Outcome measures: what a program asks (the therapist's choice) and what a patient answered. */
export function outcomeRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/programs/:id/outcomes",
      tag: "outcomes",
      summary: "Which outcome measures this program's patients are asked, and how often",
      params: idParams,
      response: settingsSchema,
      async handler({ actor, params }) {
        const program = await findVisibleProgram(db, actor, params.id);
        return loadOutcomeSettings(db, program.id);
      },
    }),
    route({
      method: "patch",
      path: "/programs/:id/outcomes",
      tag: "outcomes",
      summary: "Choose the outcome measures for a program (empty list: none) and how often pain and PSFS are asked",
      params: idParams,
      body: OutcomeSettingsSchema,
      response: settingsSchema,
      async handler({ actor, params, body }) {
        const program = await findVisibleProgram(db, actor, params.id);
        if (!canEdit(actor, program)) throw new AppError("forbidden", "only the program's owner (or a clinic admin) may change it");
        const saved = await saveOutcomeSettings(db, program.id, body);
        await auditOther(deps, actor, "program.outcomes", "program", program.id, { measures: saved.measures });
        return saved;
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/outcomes",
      tag: "outcomes",
      summary: "The patient's outcome answers per measure (pain, PSFS, global rating of change) with the MCIDs",
      params: idParams,
      response: OutcomeSummarySchema,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const summary = await patientOutcomes(db, patient.id);
        await auditPatient(deps, actor, "outcomes.view", patient.id);
        return summary;
      },
    }),
    route({
      method: "patch",
      path: "/patients/:id/outcome-preferences",
      tag: "outcomes",
      summary: "The patient's day for the weekly pain question, or questionnaires on/off",
      params: idParams,
      body: preferenceBody,
      response: z.object({ painWeekday: z.number().int().nullable(), surveys: z.enum(["on", "off"]) }),
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const saved = await saveOutcomePreference(db, patient.id, body, deps.clock());
        await auditPatient(deps, actor, "outcomes.preferences", patient.id);
        return { painWeekday: saved.painWeekday, surveys: saved.surveysStoppedAt ? "off" : "on" };
      },
    }),
  ];
}
