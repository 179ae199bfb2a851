import { resolveVideoUrl } from "../../library/video-url.js";
import { foldAccents } from "../../text/fold.js";
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client.js";
import { AppError, invalidInput } from "../../core/errors.js";
import type { Actor } from "../actor.js";
import { exerciseBySlug, insertExercise, visibleExercises, type ExerciseRow } from "./library.repo.js";

export { exerciseVideos, visibleExercises, type ExerciseRow } from "./library.repo.js";

/** A JSON list of steps; anything else reads as none. */
const list = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

export function exerciseView(row: ExerciseRow, videoBaseUrl: string) {
  const aliases = JSON.parse(row.aliases) as { en?: string[]; es?: string[] };
  return {
    id: row.id,
    slug: row.slug,
    name: { en: row.nameEn, es: row.nameEs },
    aliases: { en: aliases.en ?? [], es: aliases.es ?? [] },
    bodyRegion: row.bodyRegion,
    instructions: { en: list(row.instructionsEn), es: list(row.instructionsEs) },
    cues: { en: list(row.cuesEn), es: list(row.cuesEs) },
    videoUrl: resolveVideoUrl(row.videoUrl, videoBaseUrl),
    defaultDose: { sets: row.defaultSets, reps: row.defaultReps, holdSeconds: row.defaultHold },
    custom: row.custom,
  };
}
export type ExerciseView = ReturnType<typeof exerciseView>;

export function searchExercises(rows: ExerciseRow[], query: { q?: string; region?: string }): ExerciseRow[] {
  const words = foldAccents(query.q ?? "").split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (query.region && row.bodyRegion !== query.region) return false;
    const haystack = foldAccents([row.slug, row.nameEn, row.nameEs, row.aliases].join(" "));
    return words.every((word) => haystack.includes(word));
  });
}

const slugify = (text: string) => foldAccents(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "exercise";

/** A therapist's own exercise: English is required, Spanish falls back to it. */
export interface CustomExercise {
  slug?: string;
  name: { en: string; es?: string };
  bodyRegion: string;
  instructions: { en: string[]; es?: string[] };
  videoUrl: string;
  defaultDose: { sets: number; reps: number; holdSeconds: number };
}

/** Adds a custom exercise, visible to the therapist's clinic; without a slug, one is made from the English name. */
export async function addCustomExercise(db: Db, therapistId: string, exercise: CustomExercise, now: Date): Promise<ExerciseRow> {
  const slug = exercise.slug ?? `${slugify(exercise.name.en)}-${randomBytes(2).toString("hex")}`;
  if (await exerciseBySlug(db, slug)) throw new AppError("conflict", `exercise slug already used: ${slug}`);
  if (exercise.instructions.es && exercise.instructions.es.length !== exercise.instructions.en.length) {
    throw invalidInput("instructions.es: must have as many steps as instructions.en");
  }
  return insertExercise(db, {
    slug,
    nameEn: exercise.name.en,
    nameEs: exercise.name.es ?? exercise.name.en,
    aliases: JSON.stringify({ en: [], es: [] }),
    bodyRegion: exercise.bodyRegion,
    instructionsEn: JSON.stringify(exercise.instructions.en),
    instructionsEs: JSON.stringify(exercise.instructions.es ?? exercise.instructions.en),
    cuesEn: "[]",
    cuesEs: "[]",
    mistakesEn: "[]",
    mistakesEs: "[]",
    videoUrl: exercise.videoUrl,
    defaultSets: exercise.defaultDose.sets,
    defaultReps: exercise.defaultDose.reps,
    defaultHold: exercise.defaultDose.holdSeconds,
    custom: true,
    createdByTherapistId: therapistId,
    createdAt: now,
  });
}

/** Refuses exercises the caller's clinic cannot see (or that do not exist), naming every one. */
export async function checkVisibleExercises(db: Db, actor: Actor, slugs: string[]): Promise<void> {
  const visible = new Set((await visibleExercises(db, actor)).map((e) => e.slug));
  const unknown = [...new Set(slugs)].filter((slug) => !visible.has(slug));
  if (unknown.length > 0) throw invalidInput(`unknown exercise: ${unknown.join(", ")}`, { unknown });
}
