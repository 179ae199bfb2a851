import { z } from "zod";
import { AppError, invalidInput, notFound } from "../core/errors.js";
import { localDateOf } from "../scheduling/local-time.js";
import { localDate } from "../core/validation.js";
import { weekdaysFor } from "../care/patients/weekdays.js";
import { findOwnPatient, patientScope, type Actor } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { programVisibleTo } from "../care/programs/program-reads.service.js";
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

const byDay = (days: number[]) => [...days].sort((a, b) => a - b).join(",");

const view = (a: { id: string; patientId: string; programVersionId: string; startDate: string; endDate: string | null; weekdays: string; status: string }) => ({
  id: a.id,
  patientId: a.patientId,
  programVersionId: a.programVersionId,
  startDate: a.startDate,
  endDate: a.endDate,
  weekdays: a.weekdays.split(",").map(Number),
  status: a.status,
});

export function assignmentRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const findOwnAssignment = async (actor: Actor, id: string) => {
    const assignment = await db.assignment.findFirst({ where: { id, patient: patientScope(actor) } });
    if (!assignment) throw notFound("assignment", id);
    return assignment;
  };
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
        const version = body.programVersionId
          ? await db.programVersion.findFirst({ where: { id: body.programVersionId, program: programVisibleTo(actor) }, include: { items: true } })
          : await db.programVersion.findFirst({ where: { programId: body.programId, program: programVisibleTo(actor) }, orderBy: { version: "desc" }, include: { items: true } });
        if (!version) throw invalidInput(`unknown program: ${body.programVersionId ?? body.programId}`);
        const now = deps.clock();
        const startDate = body.startDate ?? localDateOf(now, patient.timeZone);
        if (body.endDate && body.endDate < startDate) throw invalidInput("endDate: must not be before startDate");
        const days = body.weekdays ?? weekdaysFor(Math.max(1, ...version.items.map((i) => i.daysPerWeek)));
        const assignment = await db.$transaction(async (tx) => {
          if (body.replaceActive) {
            await tx.assignment.updateMany({ where: { patientId: patient.id, status: "active" }, data: { status: "ended", endedAt: now } });
          }
          return tx.assignment.create({
            data: { patientId: patient.id, programVersionId: version.id, startDate, endDate: body.endDate ?? null, weekdays: byDay(days), createdAt: now },
          });
        });
        await auditPatient(deps, actor, "assignment.create", patient.id, { assignmentId: assignment.id, programVersionId: version.id });
        return view(assignment);
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
        const assignment = await findOwnAssignment(actor, params.id);
        if (assignment.status !== "active") throw new AppError("conflict", "that assignment has ended");
        const startDate = body.startDate ?? assignment.startDate;
        const endDate = body.endDate === undefined ? assignment.endDate : body.endDate;
        if (endDate && endDate < startDate) throw invalidInput("endDate: must not be before startDate");
        const updated = await db.assignment.update({
          where: { id: assignment.id },
          data: { startDate, endDate, ...(body.weekdays ? { weekdays: byDay(body.weekdays) } : {}) },
        });
        await auditPatient(deps, actor, "assignment.update", assignment.patientId, { assignmentId: assignment.id, fields: Object.keys(body) });
        return view(updated);
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
        const assignment = await findOwnAssignment(actor, params.id);
        if (assignment.status === "ended") return view(assignment);
        const now = deps.clock();
        const [updated] = await db.$transaction([
          db.assignment.update({ where: { id: assignment.id }, data: { status: "ended", endedAt: now } }),
          db.outboxMessage.updateMany({ where: { assignmentId: assignment.id, status: "pending" }, data: { status: "cancelled" } }),
        ]);
        await auditPatient(deps, actor, "assignment.end", assignment.patientId, { assignmentId: assignment.id });
        return view(updated);
      },
    }),
  ];
}
