import { z } from "zod";
import type { StructuredModel } from "../core/structured-model.js";
import { loadPrompt } from "../prompts/templates.js";
import { numberWordsBetween } from "../text/number-words.js";
import { readMessage } from "./reader.js";
import { answeringOf, EscalationLevelSchema, exercisesOf, MessageKindSchema, maxLevel, type ReadInput, type Reading } from "./reading.js";
import { painScoreLevel } from "./red-flags.js";

export const READING_PROMPT = "reading.md";

/** What the model must answer; anything else is discarded and the rules' reading stands. */
export const ModelReadingSchema = z.object({
  kind: MessageKindSchema.describe("what the message mainly is"),
  pain: z.number().int().min(0).max(10).nullable().describe("current pain score the patient wrote, or null"),
  escalate: EscalationLevelSchema.describe("who must look at it, and how fast"),
});
export type ModelReading = z.infer<typeof ModelReadingSchema>;

export interface ModelAssistedReader {
  read(input: ReadInput): Promise<Reading>;
}

/**
 * Rules first; the model is asked only about messages the rules are not sure of. Its answer
 * can add to the rules' triage but never lower it, and anything late, broken or off-schema
 * leaves the rules' reading in place: a slow model must never hold up an emergency.
 */
export function createModelAssistedReader(options: { model: StructuredModel; timeoutMs: number }): ModelAssistedReader {
  return {
    async read(input) {
      const rules = readMessage(input);
      if (rules.sure) return rules;
      try {
        const answer = await options.model.ask({
          name: "reading",
          schema: ModelReadingSchema,
          system: loadPrompt(READING_PROMPT),
          user: describe(input, rules),
          timeoutMs: options.timeoutMs,
        });
        const parsed = ModelReadingSchema.safeParse(answer);
        return parsed.success ? combine(rules, parsed.data, input.text) : rules;
      } catch {
        return rules;
      }
    },
  };
}

/** The model's reading on top of the rules': triage only ever goes up. */
export function combine(rules: Reading, model: ModelReading, text: string): Reading {
  // Opting in or out changes what the law lets us send; only the keyword rules may do that.
  const optChange = model.kind === "stop" || model.kind === "start";
  const kind = optChange ? rules.kind : model.kind;
  // A model may invent a number; keep its score only if the patient actually wrote it.
  const pain = rules.pain ?? (model.pain !== null && mentionsNumber(text, model.pain) ? model.pain : null);
  return {
    ...rules,
    kind,
    pain,
    escalate: maxLevel(rules.escalate, model.escalate, painScoreLevel(pain)?.level ?? "none"),
    rule: `${rules.rule}+model`,
    source: "model",
    prompt: READING_PROMPT,
  };
}

function describe(input: ReadInput, rules: Reading): string {
  return JSON.stringify({
    message: input.text,
    lang: input.lang ?? "unknown",
    exercises: exercisesOf(answeringOf(input)).map((e) => e.name),
    answering: answeringOf(input).type,
    rulesGuess: { kind: rules.kind, pain: rules.pain, escalate: rules.escalate },
  });
}

function mentionsNumber(text: string, n: number): boolean {
  const words = Object.keys(numberWordsBetween(n, n));
  return new RegExp(`(?<!\\d)${n}(?!\\d)|\\b(?:${words.join("|")})\\b`, "i").test(text);
}
