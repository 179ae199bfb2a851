import { z } from "zod";

/**
 * The outcome measures hepbot asks by message, one question at a time:
 * - `nprs`: pain right now, 0–10 (Numeric Pain Rating Scale), weekly on the patient's day;
 * - `psfs`: Patient-Specific Functional Scale — the patient names up to 3 activities once
 *   (`psfs_activities`), then rates each 0–10 (`psfs_rating`), at the start, every few weeks
 *   and at discharge;
 * - `grc`: a single global rating of change at discharge, 1 (much worse) to 7 (much better).
 */
export const MEASURES = ["nprs", "psfs", "grc"] as const;
export type Measure = (typeof MEASURES)[number];
export const MeasureSchema = z.enum(MEASURES);

/** One question of a measure; PSFS has two (naming the activities, rating one of them). */
export const QUESTION_KINDS = ["nprs", "psfs_activities", "psfs_rating", "grc"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QuestionKindSchema = z.enum(QUESTION_KINDS);

export function measureOf(kind: QuestionKind): Measure {
  return kind === "psfs_activities" || kind === "psfs_rating" ? "psfs" : kind;
}

/**
 * Minimal clinically important differences: a change at least this large is one the patient
 * is likely to feel (PSFS: per-activity or mean score; NPRS: points on the 0–10 scale).
 */
export const MCID: Record<"nprs" | "psfs", number> = { nprs: 2, psfs: 2 };

/** The range of an answer to each scale question. */
export const SCALE: Record<Exclude<QuestionKind, "psfs_activities">, { min: number; max: number }> = {
  nprs: { min: 0, max: 10 },
  psfs_rating: { min: 0, max: 10 },
  grc: { min: 1, max: 7 },
};

export const MAX_PSFS_ACTIVITIES = 3;
export const MAX_ACTIVITY_LENGTH = 60;

/** What the therapist chose for a program: which measures, and how often the repeating ones come. */
export const OutcomeSettingsSchema = z.object({
  measures: z.array(MeasureSchema).max(MEASURES.length).transform((list) => [...new Set(list)]),
  nprsEveryWeeks: z.number().int().min(1).max(4).default(1),
  psfsEveryWeeks: z.number().int().min(1).max(8).default(2),
});
export type OutcomeSettings = z.output<typeof OutcomeSettingsSchema>;
export const NO_OUTCOMES: OutcomeSettings = { measures: [], nprsEveryWeeks: 1, psfsEveryWeeks: 2 };
