import type { Db } from "../../db/client.js";

type ProgramWhere = NonNullable<NonNullable<Parameters<Db["program"]["findMany"]>[0]>["where"]>;

/** Programs matching `where`, each with its newest version and that version's exercises in order. */
export function programsWithCurrentVersion(db: Db, where: ProgramWhere = {}) {
  return db.program.findMany({
    where,
    orderBy: { slug: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { items: { orderBy: { position: "asc" }, include: { exercise: true } } } } },
  });
}

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

/** One version of a program the caller may see, with its exercises in order; null when not visible. */
export function itemsOfVersion(db: Db, programVersionId: string) {
  return db.programItem.findMany({ where: { programVersionId }, select: { daysPerWeek: true } });
}

/** Moves of these assignments the patient has not been told of yet, oldest first. */
export function unannouncedMoves(db: Db, assignmentIds: readonly string[]) {
  return db.programMove.findMany({
    where: { assignmentId: { in: [...assignmentIds] }, announcedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, assignmentId: true, fromVersionId: true },
  });
}

export async function markMovesAnnounced(db: Db, moveIds: readonly string[], now: Date): Promise<void> {
  if (moveIds.length > 0) await db.programMove.updateMany({ where: { id: { in: [...moveIds] }, announcedAt: null }, data: { announcedAt: now } });
}

export function visibleVersionWithItems(db: Db, versionId: string, programWhere: ProgramWhere) {
  return db.programVersion.findFirst({
    where: { id: versionId, program: programWhere },
    include: { program: true, items: { orderBy: { position: "asc" }, include: { exercise: true } } },
  });
}

export function exerciseIdsBySlug(db: Db, slugs: string[]) {
  return db.exercise.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
}

export function programBySlug(db: Db, slug: string) {
  return db.program.findUnique({ where: { slug } });
}

export type NewItemRow = { position: number; exerciseId: string; sets: number; reps: number; holdSeconds: number; timesPerDay: number; daysPerWeek: number; notesEn: string; notesEs: string };

export function insertProgram(db: Db, program: { slug: string; titleEn: string; titleEs: string; therapistId: string | null; notes: string; items: NewItemRow[] }) {
  const { notes, items, ...fields } = program;
  return db.program.create({
    data: { ...fields, versions: { create: { version: 1, notes, items: { create: items } } } },
    include: { versions: { include: { items: true } } },
  });
}

export function newestVersion(db: Db, where: { programId: string } | { programSlug: string }) {
  return db.programVersion.findFirst({
    where: "programId" in where ? { programId: where.programId } : { program: { slug: where.programSlug } },
    orderBy: { version: "desc" },
  });
}

export function insertProgramVersion(db: Db, version: { programId: string; version: number; notes: string; items: NewItemRow[] }) {
  return db.programVersion.create({
    data: { programId: version.programId, version: version.version, notes: version.notes, items: { create: version.items } },
    include: { items: true },
  });
}

/** One program matching `where` (visibility included by the caller), with its owner's clinic and newest version. */
export function programWithOwner(db: Db, id: string, programWhere: ProgramWhere) {
  return db.program.findFirst({
    where: { id, ...programWhere },
    include: { therapist: { select: { clinicId: true } }, versions: { orderBy: { version: "desc" }, take: 1 } },
  });
}

export function visibleProgramBySlug(db: Db, slug: string, programWhere: ProgramWhere) {
  return db.program.findFirst({ where: { slug, ...programWhere } });
}

/** Every version of a program, newest first. */
export function versionsOf(db: Db, programId: string) {
  return db.programVersion.findMany({ where: { programId }, orderBy: { version: "desc" } });
}

/** A version the caller may see, by its id or as its program's newest, with its items (unordered); null when not visible. */
export function visibleVersionForAssignment(db: Db, which: { versionId: string } | { programId: string }, programWhere: ProgramWhere) {
  return "versionId" in which
    ? db.programVersion.findFirst({ where: { id: which.versionId, program: programWhere }, include: { items: true } })
    : db.programVersion.findFirst({ where: { programId: which.programId, program: programWhere }, orderBy: { version: "desc" }, include: { items: true } });
}
