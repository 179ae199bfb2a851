import { z } from "zod";

/** What a patient's message mainly is (LABELS.md, "kind"). */
export const MESSAGE_KINDS = [
  "done",
  "partial",
  "not_done",
  "pain",
  "question",
  "schedule",
  "stop",
  "start",
  "help",
  "chitchat",
  "other",
] as const;
export const MessageKindSchema = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKindSchema>;

/** Who must look at a message and how fast, mildest first: the order is what `maxLevel` relies on. */
export const ESCALATION_LEVELS = ["none", "therapist", "urgent", "emergency"] as const;
export const EscalationLevelSchema = z.enum(ESCALATION_LEVELS);
export type EscalationLevel = z.infer<typeof EscalationLevelSchema>;

export function levelRank(level: EscalationLevel): number {
  return ESCALATION_LEVELS.indexOf(level);
}

/** The strictest of the given levels; `none` when there are none. */
export function maxLevel(...levels: EscalationLevel[]): EscalationLevel {
  return levels.reduce<EscalationLevel>((max, level) => (levelRank(level) > levelRank(max) ? level : max), "none");
}

export const PainScoreSchema = z.number().int().min(0).max(10).nullable();

export const ReadingSchema = z.object({
  kind: MessageKindSchema,
  pain: PainScoreSchema,
  escalate: EscalationLevelSchema,
  /** Id(s) of the rule(s) that decided the kind, joined with "+" when several did. */
  rule: z.string(),
  /** Ids of the red-flag rules that matched (see red-flags.ts). */
  redFlags: z.array(z.string()),
  /** false when the rules only guessed; the model may then be asked. */
  sure: z.boolean(),
  /** Exercise names from the prompt's context that the patient named. */
  exercises: z.array(z.string()),
  source: z.enum(["rules", "model"]),
  /** The prompt file that produced a model reading. */
  prompt: z.string().optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

/** A prompted exercise: its name as the patient was sent it, and other names it goes by (from the library). */
export const PromptedExerciseSchema = z.union([
  z.string().transform((name) => ({ name, aliases: [] as string[] })),
  z.object({ name: z.string(), aliases: z.array(z.string()).default([]) }),
]);
export type PromptedExercise = z.output<typeof PromptedExerciseSchema>;

/**
 * What the patient's message answers, so that "yes", "2" or "all of them" can be read:
 * - `prompt`: the day's exercise prompt (a bare yes is `done`, a bare no `not_done`; a bare 1 is
 *   `done` only when the prompt asked for it, `replyOne`);
 * - `clarify`: hepbot's question "did you get to all of them, or some?" about those exercises;
 * - `yes_no`: another yes/no question, with the kind a yes and a no stand for;
 * - `nothing`: no question is open.
 */
export const AnsweringSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("prompt"),
    exercises: z.array(PromptedExerciseSchema),
    /** The prompt asked "Reply 1 if you did today's exercises" (the RTM data-day nudge): a bare 1 is done. */
    replyOne: z.boolean().optional(),
  }),
  z.object({ type: z.literal("clarify"), about: z.literal("completion"), exercises: z.array(PromptedExerciseSchema) }),
  z.object({ type: z.literal("yes_no"), yes: MessageKindSchema, no: MessageKindSchema }),
  z.object({ type: z.literal("nothing") }),
]);
export type Answering = z.output<typeof AnsweringSchema>;

export const ReadInputSchema = z.object({
  text: z.string(),
  lang: z.enum(["en", "es"]).optional(),
  /** Exercise names of the last prompt the patient was sent; short for `answering: {type: "prompt"}`. */
  context: z.array(z.string()).optional(),
  /** What the message answers; when absent, a non-empty `context` means the prompt. */
  answering: AnsweringSchema.optional(),
  /** The patient has opted out, so a bare YES means opting back in. */
  optedOut: z.boolean().optional(),
});
export type ReadInput = z.input<typeof ReadInputSchema>;

/** The open question a message answers, from `answering` or, for older callers, `context`. */
export function answeringOf(input: Pick<ReadInput, "context" | "answering">): Answering {
  if (input.answering) return AnsweringSchema.parse(input.answering);
  const context = input.context ?? [];
  return context.length > 0 ? { type: "prompt", exercises: context.map((name) => ({ name, aliases: [] })) } : { type: "nothing" };
}

/** The exercises the open question is about (none for a plain yes/no question or nothing). */
export function exercisesOf(answering: Answering): PromptedExercise[] {
  return answering.type === "prompt" || answering.type === "clarify" ? answering.exercises : [];
}
