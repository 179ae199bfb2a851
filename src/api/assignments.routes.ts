import { z } from "zod";
import { localDate } from "../core/validation.js";
import { assignmentView, assignProgram, changeSchedule, endAssignment, findOwnAssignment } from "../care/assignments/assignment.service.js";
import { findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, weekdays } from "./schemas.js";

const assignBody = z
  .object({
    programId: z.string().min(1).optional().describe("assign the program's current version"),
    programVersionId: z.string().min(1).optional().describe("or a specific version"),
    startDate: localDate.optional().describe("patient's local date; today when absent"),
    endDate: localDate.optional(),
    weekdays: weekdays.optional().describe("ISO weekdays (1 = Monday) prompts go out; spread from the program's days per week when absent"),
    replaceActive: z.boolean().default(false).describe("end the patient's other active assignments"),
  })
  .strict()
  .refine((b) => Boolean(b.programId) !== Boolean(b.programVersionId), "give exactly one of programId and programVersionId")
  .refine((b) => !b.startDate || !b.endDate || b.startDate <= b.endDate, "endDate must not be before startDate");

const scheduleBody = z
  .object({ weekdays: weekdays, startDate: localDate, endDate: localDate.nullable() })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, "give at least one of weekdays, startDate, endDate");

const assignmentResponse = z.object({
  id: z.string(),
  patientId: z.string(),
  programVersionId: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  weekdays: z.array(z.number()),
  status: z.enum(["active", "ended"]),
});

export function assignmentRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "post",
      path: "/patients/:id/assignments",
      tag: "assignments",
      summary: "Assign a program (its current version, or a given one) to the patient",
      params: idParams,
      body: assignBody,
      status: 201,
      response: assignmentResponse,
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const assignment = await assignProgram(db, actor, patient, body, deps.clock());
        await auditPatient(deps, actor, "assignment.create", patient.id, { assignmentId: assignment.id, programVersionId: assignment.programVersionId });
        return assignmentView(assignment);
      },
    }),
    route({
      method: "patch",
      path: "/assignments/:id",
      tag: "assignments",
      summary: "Change an assignment's schedule: weekdays, start or end date",
      params: idParams,
      body: scheduleBody,
      response: assignmentResponse,
      errors: ["conflict"],
      async handler({ actor, params, body }) {
        const assignment = await findOwnAssignment(db, actor, params.id);
        const updated = await changeSchedule(db, assignment, body);
        await auditPatient(deps, actor, "assignment.update", assignment.patientId, { assignmentId: assignment.id, fields: Object.keys(body) });
        return assignmentView(updated);
      },
    }),
    route({
      method: "post",
      path: "/assignments/:id/end",
      tag: "assignments",
      summary: "End an assignment: no more prompts for it; pending ones are cancelled",
      params: idParams,
      response: assignmentResponse,
      async handler({ actor, params }) {
        const assignment = await findOwnAssignment(db, actor, params.id);
        if (assignment.status === "ended") return assignmentView(assignment);
        const updated = await endAssignment(db, assignment, deps.clock());
        await auditPatient(deps, actor, "assignment.end", assignment.patientId, { assignmentId: assignment.id });
        return assignmentView(updated);
      },
    }),
  ];
}
