import { KIND_MODEL_WEIGHTS } from "./kind-model.weights.js";
import type { KindDecision } from "./classify.js";
import type { MessageKind } from "./reading.js";

/**
 * A statistical second opinion on `kind`: a multinomial logistic regression over hashed
 * character 2–4-grams and word 1–2-grams of the normalised text, trained in the repo by
 * scripts/train-kind-model.ts. It is asked only where the rules fell back to a default guess, and
 * it never touches escalation or the pain score.
 */

/** Weights as the training script writes them: int8 per (bucket, kind), one scale for all. */
export interface KindModelWeights {
  buckets: number;
  kinds: readonly MessageKind[];
  scale: number;
  /** Below this probability the model's answer is no better than the rules' guess (tuned in training). */
  minProbability: number;
  /** base64 of Int8Array(buckets × kinds.length), bucket-major. */
  weights: string;
}

export interface KindPrediction {
  kind: MessageKind;
  probability: number;
}

/**
 * Kinds only the rules may give. Opting out or in changes what the law lets us send; `pain` goes
 * with triage, and a pain report the rules found no symptom in would reach nobody.
 */
const RULES_ONLY_KINDS: ReadonlySet<MessageKind> = new Set(["stop", "start", "pain"]);

/** What the rules read a message as when nothing they know matched. */
const FALLBACK_KINDS: ReadonlySet<MessageKind> = new Set(["other", "chitchat"]);
const HAS_LETTER = /\p{L}/u;
const WORD_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;
const PROMPTED_FEATURE = 0x27d4eb2f;
const BIAS_FEATURE = 0x165667b1;
const SPACE = 32;

/**
 * Calls `visit(bucket)` once per feature occurrence in the text. The hashes are computed over
 * char codes in place, so reading allocates nothing per message.
 */
export function forEachFeature(text: string, prompted: boolean, buckets: number, visit: (bucket: number) => void): number {
  const mask = buckets - 1;
  let count = 0;
  const emit = (hash: number) => {
    visit((hash >>> 0) & mask);
    count++;
  };
  emit(BIAS_FEATURE);
  if (prompted) emit(PROMPTED_FEATURE);
  const n = text.length;
  // Character n-grams over the text padded with a space at each end.
  const at = (i: number) => (i < 0 || i >= n ? SPACE : text.charCodeAt(i));
  for (let start = -1; start < n; start++) {
    let hash = CHAR_SEED;
    for (let len = 1; len <= 4 && start + len <= n + 1; len++) {
      hash = Math.imul(hash ^ at(start + len - 1), 16777619);
      if (len >= 2) emit(hash ^ len);
    }
  }
  // Words (runs of letters, digits or non-ASCII symbols such as emojis) and word pairs.
  let previous = 0;
  let hash = WORD_SEED;
  let inWord = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : SPACE;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (wordChar) {
      hash = Math.imul(hash ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      emit(hash);
      if (previous !== 0) emit(Math.imul(previous ^ BIGRAM_SEED, 16777619) ^ hash);
      previous = hash;
      hash = WORD_SEED;
      inWord = false;
    }
  }
  return count;
}

export interface KindModel {
  predict(text: string, prompted: boolean): KindPrediction;
  readonly minProbability: number;
}

/**
 * A softmax over the hashed features of a text, from int8 weights (base64, bucket-major) and one
 * scale: the scoring both n-gram models share (this file's and level-model.ts). The returned array
 * is reused by the next call.
 */
export function linearScorer(source: { buckets: number; scale: number; weights: string }, labels: number): (text: string, prompted: boolean) => Float64Array {
  const bytes = Buffer.from(source.weights, "base64");
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i]! * source.scale;
  const scores = new Float64Array(labels);
  const visit = (bucket: number) => {
    const base = bucket * labels;
    for (let c = 0; c < labels; c++) scores[c]! += weights[base + c]!;
  };
  return (text, prompted) => {
    scores.fill(0);
    const norm = 1 / Math.sqrt(forEachFeature(text, prompted, source.buckets, visit));
    let max = scores[0]!;
    for (let c = 1; c < labels; c++) max = Math.max(max, scores[c]!);
    let total = 0;
    for (let c = 0; c < labels; c++) total += scores[c] = Math.exp((scores[c]! - max) * norm);
    for (let c = 0; c < labels; c++) scores[c]! /= total;
    return scores;
  };
}

export function createKindModel(source: KindModelWeights): KindModel {
  const probabilities = linearScorer(source, source.kinds.length);
  return {
    minProbability: source.minProbability,
    predict(text, prompted) {
      const p = probabilities(text, prompted);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      return { kind: source.kinds[best]!, probability: p[best]! };
    },
  };
}

/** Loaded once: the weights committed beside this file. */
export const KIND_MODEL: KindModel = createKindModel(KIND_MODEL_WEIGHTS);

/**
 * The rules' decision, or the model's kind where the rules fell back to a default (`other` or
 * `chitchat`, unsure) and the model is confident, never one of RULES_ONLY_KINDS. A completion the
 * rules are unsure of is left alone: the conversation asks the patient instead (clarify.ts). A
 * confident opinion settles the kind, so the decision becomes sure and no language model is asked.
 */
export function secondOpinionOnKind(decision: KindDecision, text: string, prompted: boolean, model: KindModel = KIND_MODEL): KindDecision {
  // Without a letter ("1", "??") only the bias speaks: nothing was learned about such texts.
  if (decision.sure || !FALLBACK_KINDS.has(decision.kind) || !HAS_LETTER.test(text)) return decision;
  const opinion = model.predict(text, prompted);
  if (RULES_ONLY_KINDS.has(opinion.kind) || opinion.probability < model.minProbability || opinion.kind === decision.kind) return decision;
  return { kind: opinion.kind, rule: `${decision.rule}+kind-model`, sure: true };
}
