import type { Db } from "../../db/client.js";
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
