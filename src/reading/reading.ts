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

export const ReadInputSchema = z.object({
  text: z.string(),
  lang: z.enum(["en", "es"]).optional(),
  /** Exercise names of the last prompt the patient was sent. */
  context: z.array(z.string()).optional(),
  /** The patient has opted out, so a bare YES means opting back in. */
  optedOut: z.boolean().optional(),
});
export type ReadInput = z.infer<typeof ReadInputSchema>;
