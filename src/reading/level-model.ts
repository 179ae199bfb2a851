import { BODY_PART, SYMPTOM_WORDS } from "./intents.js";
import { linearScorer } from "./kind-model.js";
import { LEVEL_MODEL_WEIGHTS } from "./level-model.weights.js";
import type { EscalationLevel } from "./reading.js";

/**
 * A statistical second opinion on escalation: a multinomial logistic regression over the same hashed
 * character and word n-grams as the kind model, trained in the repo by scripts/train-level-model.ts on
 * every labelled fixture. The rules name a sign by its words; people often describe one instead ("his
 * words come out like soup", "the shoe flops when she steps"), and the model has heard thousands of
 * those. It may only raise a level the rules found nothing for: it never lowers one, and never
 * second-guesses an urgent sign the rules named.
 */

/** Weights as the training script writes them: int8 per (bucket, level), one scale for all. */
export interface LevelModelWeights {
  buckets: number;
  levels: readonly EscalationLevel[];
  scale: number;
  /** The chance of a level (or a stricter one) at or above which the model raises to it (tuned in training). */
  raiseAt: number;
  /** base64 of Int8Array(buckets × levels.length), bucket-major. */
  weights: string;
}

export interface LevelModel {
  /** The chance, per level, that the message is at that level or a stricter one. */
  chanceOfAtLeast(text: string): Record<EscalationLevel, number>;
  readonly raiseAt: number;
}

export function createLevelModel(source: LevelModelWeights): LevelModel {
  const probabilities = linearScorer(source, source.levels.length);
  return {
    raiseAt: source.raiseAt,
    chanceOfAtLeast(text) {
      const p = probabilities(text, false);
      const chances = { none: 0, therapist: 0, urgent: 0, emergency: 0 };
      let atLeast = 0;
      for (let c = p.length - 1; c >= 0; c--) chances[source.levels[c]!] = atLeast += p[c]!;
      return chances;
    },
  };
}

/** The red flag a level raised by the model is told by. */
export const READ_BY_THE_LEVEL_MODEL = "read-by-model";

/** Loaded once: the weights committed beside this file. */
export const LEVEL_MODEL: LevelModel = createLevelModel(LEVEL_MODEL_WEIGHTS);

/**
 * Signs the rules named and placed below urgent on purpose: an old injury's lasting limits, leakage
 * since childbirth, a near-fall or the fear of one. The model does not weigh such a placing.
 */
const PLACED_BELOW_URGENT: ReadonlySet<string> = new Set(["old-injury-still-limits", "leakage-long-standing", "near-fall", "fear-of-injury", "swelling-keeps-coming-back"]);

/** A short text is one the rules' words read well; the model learned from descriptions, and on a few words it guesses. */
const MIN_WORDS = 8;
const wordCount = (text: string) => text.split(" ").filter((word) => /\p{L}/u.test(word)).length;

/**
 * What the rules found of the body or the mind: a red flag (the safety net's too), a symptom word, a
 * body part, a pain score. Without any, a message is about life ("no exercises, it's Ramadan and the
 * fasting wipes me out", "I just don't want to"), and the model, which reads words and not their
 * sense, is not asked.
 */
export function saysSomethingClinical(text: string, flags: readonly string[], pain: number | null): boolean {
  return flags.length > 0 || pain !== null || SYMPTOM_WORDS.test(text) || BODY_PART.test(text);
}

export interface RulesFound {
  level: EscalationLevel;
  flags: readonly string[];
  saysSomethingClinical: boolean;
}

/**
 * The level the model raises the rules' reading to, or null. Only where the rules found no urgent sign:
 * an urgent the rules named is one they understood (often with its emergency signs denied: "not short of breath").
 */
export function levelRaisedByModel(text: string, rules: RulesFound, model: LevelModel = LEVEL_MODEL): "urgent" | "emergency" | null {
  if (rules.level === "urgent" || rules.level === "emergency" || !rules.saysSomethingClinical || wordCount(text) < MIN_WORDS) return null;
  if (rules.flags.some((id) => PLACED_BELOW_URGENT.has(id))) return null;
  const chance = model.chanceOfAtLeast(text);
  if (chance.emergency >= model.raiseAt) return "emergency";
  if (chance.urgent >= model.raiseAt) return "urgent";
  return null;
}
