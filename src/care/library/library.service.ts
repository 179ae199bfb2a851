import { resolveVideoUrl } from "../../library/video-url.js";
import { foldAccents } from "../../text/fold.js";
import type { ExerciseRow } from "./library.repo.js";

export { visibleExercises, type ExerciseRow } from "./library.repo.js";

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
