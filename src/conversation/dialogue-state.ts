import { z } from "zod";
import { PromptedExerciseSchema, type Answering, type PromptedExercise } from "../reading/reading.js";

/**
 * What hepbot waits for from a patient after asking them something: one open question per
 * patient, stored with the reply that asked it (ConversationState) and read with their next
 * message. A small union so each kind of question carries what reading its answer needs.
 * - `completion`: "Did you get to all three, or some of them?" about these exercises;
 * - `barrier`: "What got in the way?" after a not_done or partial report (for barrier-tailored replies);
 * - `pain_score`: "How bad was it, from 0 to 10?" after "done, but it hurt";
 * - `schedule`: "What time would suit you better?" (`time`) or "What date should reminders come back?" (`resume_date`).
 */
export const AwaitingSchema = z.discriminatedUnion("awaiting", [
  z.object({ awaiting: z.literal("completion"), exercises: z.array(PromptedExerciseSchema) }),
  z.object({ awaiting: z.literal("barrier"), after: z.enum(["not_done", "partial"]), exercises: z.array(PromptedExerciseSchema) }),
  z.object({ awaiting: z.literal("pain_score") }),
  // `partOfDay`: the patient already said when ("evenings"), so a bare "7" is read in it.
  z.object({
    awaiting: z.literal("schedule"),
    about: z.enum(["time", "resume_date"]),
    partOfDay: z.enum(["morning", "lunch", "afternoon", "evening", "night", "after_work"]).optional(),
  }),
]);
export type Awaiting = z.output<typeof AwaitingSchema>;

/** How long a question stays open: an answer the next day is a new report, not an answer. */
export const AWAITING_TTL_MS: Record<Awaiting["awaiting"], number> = {
  completion: 6 * 3_600_000,
  barrier: 12 * 3_600_000,
  pain_score: 6 * 3_600_000,
  schedule: 12 * 3_600_000,
};

/** The state row's columns for an open question (`data` is everything but the tag). */
export function toStateRow(state: Awaiting, now: Date): { awaiting: string; data: string; askedAt: Date; expiresAt: Date } {
  const { awaiting, ...data } = state;
  return { awaiting, data: JSON.stringify(data), askedAt: now, expiresAt: new Date(now.getTime() + AWAITING_TTL_MS[awaiting]) };
}

/** The open question from a stored row, or null when it has expired or does not parse (then nothing is awaited). */
export function fromStateRow(row: { awaiting: string; data: string; expiresAt: Date } | null, now: Date): Awaiting | null {
  if (row === null || row.expiresAt.getTime() <= now.getTime()) return null;
  let data: unknown;
  try {
    data = JSON.parse(row.data);
  } catch {
    return null;
  }
  const parsed = AwaitingSchema.safeParse({ ...(data as object), awaiting: row.awaiting });
  return parsed.success ? parsed.data : null;
}

/** What the patient's next message answers, for the reader: the open question, else the day's prompt. */
export function answeringFor(awaiting: Awaiting | null, prompt: PromptedExercise[]): Answering {
  if (awaiting?.awaiting === "completion") return { type: "clarify", about: "completion", exercises: awaiting.exercises };
  return prompt.length > 0 ? { type: "prompt", exercises: prompt } : { type: "nothing" };
}
