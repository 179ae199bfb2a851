import { cancelPending } from "../../outbox/outbox.repo.js";
import type { Db } from "../../db/client.js";
import type { PatientScope } from "../programs/programs.repo.js";

/** The Prisma calls for a patient's program assignments (program moves live in programs.repo.ts). */

export type AssignmentRow = Awaited<ReturnType<Db["assignment"]["create"]>>;

/** An assignment of a patient in scope; null for anyone else's. */
export function assignmentInScope(db: Db, id: string, scope: PatientScope) {
  return db.assignment.findFirst({ where: { id, patient: scope } });
}

export type NewAssignment = { patientId: string; programVersionId: string; startDate: string; endDate: string | null; weekdays: string; createdAt: Date };

/** Inserts the assignment; with `endActive`, first ends the patient's active ones, in the same transaction. */
export function insertAssignment(db: Db, assignment: NewAssignment, endActive: boolean) {
  return db.$transaction(async (tx) => {
    if (endActive) {
      await tx.assignment.updateMany({ where: { patientId: assignment.patientId, status: "active" }, data: { status: "ended", endedAt: assignment.createdAt } });
    }
    return tx.assignment.create({ data: assignment });
  });
}

/** Moves an assignment's start (and, for a back-dated demo history, when it was made). */
export function backdateAssignment(db: Pick<Db, "assignment">, id: string, dates: { startDate: string; createdAt?: Date }) {
  return db.assignment.update({ where: { id }, data: dates });
}

export function updateAssignmentSchedule(db: Db, id: string, schedule: { startDate: string; endDate: string | null; weekdays?: string }) {
  return db.assignment.update({ where: { id }, data: schedule });
}

/** Ends the assignment and cancels its prompts still waiting, in one transaction. */
export async function endAssignmentAndPrompts(db: Db, id: string, now: Date) {
  const [ended] = await db.$transaction([
    db.assignment.update({ where: { id }, data: { status: "ended", endedAt: now } }),
    cancelPending(db, { assignmentId: id }, "cancelled: assignment ended"),
  ]);
  return ended;
}

/** Every assignment of the patient, newest first. */
export function assignmentsOf(db: Db, patientId: string) {
  return db.assignment.findMany({ where: { patientId }, orderBy: { createdAt: "desc" } });
}

/** The patient's newest active assignment; null when none. */
export function activeAssignmentOf(db: Db, patientId: string) {
  return db.assignment.findFirst({ where: { patientId, status: "active" }, orderBy: { createdAt: "desc" } });
}

/** The assignment with its program's id (whose outcome settings apply). */
export function assignmentWithProgramId(db: Db, id: string) {
  return db.assignment.findUnique({ where: { id }, include: { programVersion: { select: { programId: true } } } });
}
