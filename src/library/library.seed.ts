import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../db/client.js";
import { upsertLibraryExercise } from "../care/library/library.repo.js";
import {
  demoClinicFixtureSchema,
  exerciseLibraryFixtureSchema,
  fixtureSetSchema,
  type DemoClinicFixture,
  type ExerciseFixture,
} from "./exercise-fixture.schema.js";

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures");

export function loadFixtures(): { exercises: ExerciseFixture[]; demoClinic: DemoClinicFixture } {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES_DIR, file), "utf8"));
  return fixtureSetSchema.parse({
    exercises: exerciseLibraryFixtureSchema.parse(read("exercises.json")),
    demoClinic: demoClinicFixtureSchema.parse(read("demo-clinic.json")),
  });
}

function exerciseRow(exercise: ExerciseFixture) {
  return {
    nameEn: exercise.name.en,
    nameEs: exercise.name.es,
    aliases: JSON.stringify(exercise.aliases),
    bodyRegion: exercise.bodyRegion,
    instructionsEn: JSON.stringify(exercise.instructions.en),
    instructionsEs: JSON.stringify(exercise.instructions.es),
    cuesEn: JSON.stringify(exercise.cues.en),
    cuesEs: JSON.stringify(exercise.cues.es),
    mistakesEn: JSON.stringify(exercise.commonMistakes.en),
    mistakesEs: JSON.stringify(exercise.commonMistakes.es),
    videoUrl: exercise.video.url ?? exercise.video.path ?? exercise.slug,
    defaultSets: exercise.defaultDose.sets,
    defaultReps: exercise.defaultDose.reps,
    defaultHold: exercise.defaultDose.holdSeconds,
  };
}

/**
 * Brings the shipped library up to date: new exercises are added, shipped ones refreshed, a clinic's
 * custom ones untouched. Each exercise is one upsert on its slug (INSERT … ON CONFLICT), so replicas
 * starting together may run it at the same time; the counts are as this run saw the library.
 */
export async function syncExerciseLibrary(db: Db, exercises: ExerciseFixture[]): Promise<{ created: number; updated: number }> {
  const existing = new Set((await db.exercise.findMany({ select: { slug: true } })).map((e) => e.slug));
  let created = 0;
  let updated = 0;
  for (const exercise of exercises) {
    const row = exerciseRow(exercise);
    await upsertLibraryExercise(db, exercise.slug, row);
    if (existing.has(exercise.slug)) updated++;
    else created++;
  }
  return { created, updated };
}
