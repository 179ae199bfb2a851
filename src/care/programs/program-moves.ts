import type { Db } from "../../db/client.js";
import { invalidInput } from "../../core/errors.js";

/** Which patients a caller may move: their own, or the clinic's for an admin (see `patientScope`). */
export type PatientScope = { clinicId: string } | { therapistId: string };

/** Active assignments on any version of a program, for the patients in scope: who a save can move. */
export async function assignmentsOnProgram(db: Db, programId: string, scope: PatientScope) {
  const rows = await db.assignment.findMany({
    where: { status: "active", programVersion: { programId }, patient: scope },
    orderBy: { createdAt: "asc" },
    select: { id: true, patientId: true, programVersionId: true, patient: { select: { name: true } }, programVersion: { select: { version: true } } },
  });
  return rows.map((a) => ({ assignmentId: a.id, patientId: a.patientId, name: a.patient.name, versionId: a.programVersionId, version: a.programVersion.version }));
}
export type AssignmentOnProgram = Awaited<ReturnType<typeof assignmentsOnProgram>>[number];

/** The assignments to move and those kept back: every one not on the new version moves unless `keep` names it. */
export function splitMoves(onProgram: readonly AssignmentOnProgram[], toVersionId: string, keep: readonly string[]) {
  const known = new Set(onProgram.map((a) => a.assignmentId));
  const unknown = keep.filter((id) => !known.has(id));
  if (unknown.length > 0) throw invalidInput(`keep names assignments not on this program: ${unknown.join(", ")}`, { unknown });
  const kept = new Set(keep);
  const behind = onProgram.filter((a) => a.versionId !== toVersionId);
  return { move: behind.filter((a) => !kept.has(a.assignmentId)), keep: behind.filter((a) => kept.has(a.assignmentId)) };
}

/**
 * Points each assignment at the new version and logs the move, in one transaction. The next
 * prompt reads the log (`announcedAt` empty) to tell the patient what changed.
 */
export async function moveAssignments(db: Db, moves: readonly AssignmentOnProgram[], toVersionId: string, movedBy: string, now: Date): Promise<void> {
  if (moves.length === 0) return;
  await db.$transaction([
    ...moves.map((a) => db.assignment.update({ where: { id: a.assignmentId }, data: { programVersionId: toVersionId } })),
    db.programMove.createMany({
      data: moves.map((a) => ({ assignmentId: a.assignmentId, patientId: a.patientId, fromVersionId: a.versionId, toVersionId, movedBy, createdAt: now })),
    }),
  ]);
}
