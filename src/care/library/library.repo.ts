import type { Db, Prisma } from "../../db/client.js";
import { clinicTherapistIds, type Actor } from "../actor.js";

export type ExerciseRow = Awaited<ReturnType<Db["exercise"]["findMany"]>>[number];

/** The shipped library plus custom exercises made by anyone in the caller's clinic. */
export async function visibleExercises(db: Db, actor: Actor): Promise<ExerciseRow[]> {
  const colleagues = await clinicTherapistIds(db, actor.clinicId);
  return db.exercise.findMany({
    where: { OR: [{ custom: false }, { createdByTherapistId: { in: colleagues } }] },
    orderBy: [{ bodyRegion: "asc" }, { nameEn: "asc" }],
  });
}

export function exerciseBySlug(db: Db, slug: string) {
  return db.exercise.findUnique({ where: { slug } });
}

export type NewExerciseRow = Omit<ExerciseRow, "id">;

export function insertExercise(db: Db, exercise: NewExerciseRow) {
  return db.exercise.create({ data: exercise });
}

/** The shipped library's exercise, added or brought up to date (`seed`). */
export function upsertLibraryExercise(db: Db, slug: string, row: Omit<Prisma.ExerciseCreateInput, "slug">) {
  return db.exercise.upsert({ where: { slug }, create: { slug, ...row }, update: row });
}

/** Every exercise's slug and video, for resolving a handout's short video links. */
export function exerciseVideos(db: Db) {
  return db.exercise.findMany({ select: { slug: true, videoUrl: true } });
}
