import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { KindDecision } from "../../src/reading/classify.js";
import { createKindModel, forEachFeature, KIND_MODEL, type KindModel, secondOpinionOnKind } from "../../src/reading/kind-model.js";
import { KIND_MODEL_WEIGHTS } from "../../src/reading/kind-model.weights.js";
import { ContextSchema } from "../../src/reading/labelled-message.js";
import { readMessage } from "../../src/reading/reader.js";
import { MESSAGE_KINDS, type MessageKind, type ReadInput } from "../../src/reading/reading.js";

const BACK = ["Pelvic tilts", "Bridges", "Bird dog"];

/** A model that always says the same thing, as sure as it likes. */
const saying = (kind: MessageKind, probability = 1): KindModel => ({ minProbability: 0.7, predict: () => ({ kind, probability }) });
const guess = (kind: MessageKind): KindDecision => ({ kind, rule: "fallback", sure: false });

describe("the kind model's second opinion", () => {
  // Phrasings that are in no fixture: the rules only guess on them, the model knows.
  it.each([
    ["not gonna happen today sorry", "not_done"],
    ["sorry havent managed today", "not_done"],
    ["me llegan muy temprano, mejor a las 9", "schedule"],
  ] as const)("%j: the rules guess other, the model reads %s", (text, kind) => {
    const rules = readMessage({ text, context: BACK }, { kindModel: null });
    expect(rules).toMatchObject({ kind: "other", sure: false });
    const read = readMessage({ text, context: BACK });
    expect(read).toMatchObject({ kind, sure: true, escalate: rules.escalate, pain: rules.pain });
    expect(read.rule).toBe(`${rules.rule}+kind-model`);
  });

  it.each(["cuanto cuesta el pan", "the cat sat on the mat"])("%j: the model is unsure, so the rules' guess stands", (text) => {
    expect(readMessage({ text }).kind).toBe(readMessage({ text }, { kindModel: null }).kind);
  });

  it("says nothing about a text without a letter", () => {
    expect(secondOpinionOnKind(guess("other"), "1", true, saying("done"))).toEqual(guess("other"));
  });

  it("never overrules a decision the rules are sure of", () => {
    const sure: KindDecision = { kind: "chitchat", rule: "small-talk", sure: true };
    expect(secondOpinionOnKind(sure, "thanks", false, saying("question"))).toBe(sure);
  });

  it.each(["stop", "start", "pain"] as const)("never gives %s, however sure it is", (kind) => {
    expect(secondOpinionOnKind(guess("other"), "ok", false, saying(kind))).toEqual(guess("other"));
  });

  it("speaks only above its threshold", () => {
    expect(secondOpinionOnKind(guess("other"), "ok", false, saying("question", 0.69)).kind).toBe("other");
    expect(secondOpinionOnKind(guess("other"), "ok", false, saying("question", 0.71))).toEqual({ kind: "question", rule: "fallback+kind-model", sure: true });
  });

  it("leaves a completion the rules are unsure of to the clarifying question", () => {
    const hedged: KindDecision = { kind: "partial", rule: "completion-hedged", sure: false };
    expect(secondOpinionOnKind(hedged, "kinda did them", true, saying("done"))).toBe(hedged);
  });

  it("gives every kind a probability and the same answer twice", () => {
    const first = KIND_MODEL.predict("did the bridges only", true);
    expect(KIND_MODEL.predict("did the bridges only", true)).toEqual(first);
    expect(first.probability).toBeGreaterThan(0);
    expect(first.probability).toBeLessThanOrEqual(1);
    expect(KIND_MODEL_WEIGHTS.kinds).toEqual([...MESSAGE_KINDS]);
  });

  it("hashes a text into buckets of the table, one for the bias and one more when prompted", () => {
    const seen: number[] = [];
    const plain = forEachFeature("hi", false, 16, (b) => seen.push(b));
    expect(forEachFeature("hi", true, 16, () => undefined)).toBe(plain + 1);
    expect(seen.every((b) => b >= 0 && b < 16)).toBe(true);
  });

  it("reads its weights back from the committed table", () => {
    const model = createKindModel(KIND_MODEL_WEIGHTS);
    expect(model.predict("sorry havent managed today", true)).toEqual(KIND_MODEL.predict("sorry havent managed today", true));
  });
});

describe("the kind model leaves safety and consent to the rules", () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/reading/${name}`, import.meta.url));
  // Our own data (where the model speaks most) and the consent answers; every 10th challenge line for red flags.
  const inputs: ReadInput[] = ["kind-training.jsonl", "answers-and-consent.jsonl", "challenge.jsonl"].flatMap((name) =>
    readFileSync(fixture(name), "utf8")
      .split("\n")
      .filter((line, i) => line.trim() !== "" && (name !== "challenge.jsonl" || i % 10 === 0))
      .map((line) => JSON.parse(line) as { text: string; context?: string | string[]; optedOut?: boolean })
      .map(({ text, context, optedOut }) => ({ text, context: ContextSchema.parse(context), optedOut })),
  );

  it(`reads escalation, pain and opt-out/in exactly as the rules do on ${inputs.length} fixture messages`, () => {
    const changed = inputs.filter((input) => {
      const rules = readMessage(input, { kindModel: null });
      const read = readMessage(input);
      const consent = (kind: MessageKind) => kind === "stop" || kind === "start";
      return (
        read.escalate !== rules.escalate ||
        read.pain !== rules.pain ||
        read.redFlags.join() !== rules.redFlags.join() ||
        (consent(read.kind) || consent(rules.kind) ? read.kind !== rules.kind : false) ||
        (rules.kind === "pain") !== (read.kind === "pain")
      );
    });
    expect(changed.map((input) => input.text)).toEqual([]);
  });

  it("even a model that always says stop with certainty changes no reading's consent or triage", () => {
    for (const input of inputs.slice(0, 400)) {
      const rules = readMessage(input, { kindModel: null });
      expect(readMessage(input, { kindModel: saying("stop") })).toEqual(rules);
    }
  });
});
