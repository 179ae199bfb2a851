import { z } from "zod";
import { AnsweringSchema, EscalationLevelSchema, MessageKindSchema, PainScoreSchema } from "./reading.js";

/** One or several acceptable values: a label may say `"kind": ["schedule", "start"]`. */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

/** "Quad sets, Heel slides" or ["Quad sets", "Heel slides"] → names. */
export const ContextSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (typeof v === "string" ? v.split(",") : (v ?? [])).map((name) => name.trim()).filter((name) => name.length > 0),
  );

/** A message to read, as the `read` command takes it on each input line. */
export const MessageLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(["en", "es"]).optional(),
  context: ContextSchema,
  channel: z.string().optional(),
  /** What the message answers (a prompt, hepbot's clarifying question, a yes/no question); see reading.ts. */
  answering: AnsweringSchema.optional(),
  optedOut: z.boolean().optional(),
});
export type MessageLine = z.infer<typeof MessageLineSchema>;

/** A message with the reading a person gave it (the format of dev-messages.jsonl). */
export const LabelledMessageSchema = MessageLineSchema.extend({
  /** Optional: the clinical syndrome a red-flag line belongs to (eval prints recall per syndrome). */
  syndrome: z.string().optional(),
  category: z.string().optional(),
  expect: z.object({
    kind: oneOrMany(MessageKindSchema),
    pain: PainScoreSchema,
    escalate: oneOrMany(EscalationLevelSchema),
  }),
});
export type LabelledMessage = z.infer<typeof LabelledMessageSchema>;
