import type { Db } from "../../db/client.js";
import { AppError, invalidInput, notFound } from "../../core/errors.js";
import { localDateOf } from "../../scheduling/local-time.js";
import { patientScope, type Actor } from "../actor.js";
import { weekdaysFor } from "../patients/weekdays.js";
import { programVisibleTo } from "../programs/program-reads.service.js";
import { visibleVersionForAssignment } from "../programs/programs.repo.js";
import { assignmentInScope, endAssignmentAndPrompts, insertAssignment, updateAssignmentSchedule, type AssignmentRow } from "./assignments.repo.js";

/** Weekdays as stored: ISO numbers in order, comma-separated. */
const byDay = (days: readonly number[]) => [...days].sort((a, b) => a - b).join(",");

export function assignmentView(a: AssignmentRow) {
  return {
    id: a.id,
    patientId: a.patientId,
    programVersionId: a.programVersionId,
    startDate: a.startDate,
    endDate: a.endDate,
    weekdays: a.weekdays.split(",").map(Number),
    status: a.status as "active" | "ended",
  };
}

/** An assignment of one of the caller's patients; anyone else's is "not found". */
export async function findOwnAssignment(db: Db, actor: Actor, id: string): Promise<AssignmentRow> {
  const assignment = await assignmentInScope(db, id, patientScope(actor));
  if (!assignment) throw notFound("assignment", id);
  return assignment;
}

export interface AssignRequest {
  programId?: string;
  programVersionId?: string;
  startDate?: string;
  endDate?: string;
  weekdays?: number[];
  replaceActive: boolean;
}

/**
 * Assigns a program version the caller can see (a given one, or the program's newest) from the
 * patient's local today unless a start is given; the weekdays are spread from the program's days
 * per week unless given.
 */
export async function assignProgram(db: Db, actor: Actor, patient: { id: string; timeZone: string }, request: AssignRequest, now: Date) {
  const which = request.programVersionId ? { versionId: request.programVersionId } : { programId: request.programId ?? "" };
  const version = await visibleVersionForAssignment(db, which, programVisibleTo(actor));
  if (!version) throw invalidInput(`unknown program: ${request.programVersionId ?? request.programId}`);
  const startDate = request.startDate ?? localDateOf(now, patient.timeZone);
  if (request.endDate && request.endDate < startDate) throw invalidInput("endDate: must not be before startDate");
  const days = request.weekdays ?? weekdaysFor(Math.max(1, ...version.items.map((i) => i.daysPerWeek)));
  return insertAssignment(
    db,
    { patientId: patient.id, programVersionId: version.id, startDate, endDate: request.endDate ?? null, weekdays: byDay(days), createdAt: now },
    request.replaceActive,
  );
}

/** Changes an active assignment's schedule; fields left out stay as they are. */
export async function changeSchedule(db: Db, assignment: AssignmentRow, change: { weekdays?: number[]; startDate?: string; endDate?: string | null }) {
  if (assignment.status !== "active") throw new AppError("conflict", "that assignment has ended");
  const startDate = change.startDate ?? assignment.startDate;
  const endDate = change.endDate === undefined ? assignment.endDate : change.endDate;
  if (endDate && endDate < startDate) throw invalidInput("endDate: must not be before startDate");
  return updateAssignmentSchedule(db, assignment.id, { startDate, endDate, ...(change.weekdays ? { weekdays: byDay(change.weekdays) } : {}) });
}

/** Ends the assignment (its waiting prompts are cancelled); ending one already ended changes nothing. */
export async function endAssignment(db: Db, assignment: AssignmentRow, now: Date): Promise<AssignmentRow> {
  if (assignment.status === "ended") return assignment;
  return endAssignmentAndPrompts(db, assignment.id, now);
}
export { activeAssignmentOf, assignmentsOf } from "./assignments.repo.js";
