import { describe, expect, it } from "vitest";
import { statedReason } from "../../src/conversation/stated-reason.js";
import { decideResponse } from "../../src/conversation/engine.js";
import { depsWith, input, reading } from "./fixtures.js";

describe("a reason the lexicon does not know is echoed in the patient's own words", () => {
  it.each([
    ["en", "didn't, car broke down on the highway", "car broke down on the highway"],
    ["en", "skipped them because the boiler flooded the kitchen", "the boiler flooded the kitchen"],
    ["en", "only did two, ran out of steam", "ran out of steam"],
    ["es", "no pude porque se me inundó la cocina", "se me inundó la cocina"],
    ["es", "tuve que llevar el coche al taller, no pude", "tuve que llevar el coche al taller"],
    // Ticks and emoji around the words are not said back.
    ["es", "✅✅❌ se me hizo tarde", "se me hizo tarde"],
    ["en", "❌ boiler flooded the kitchen 😩", "boiler flooded the kitchen"],
  ] as const)("%s: %s", (lang, text, clause) => {
    expect(statedReason(text, lang)).toBe(clause);
  });

  it.each([
    ["en", "didn't do them"],
    ["en", "not today, sorry"],
    ["en", "only did the first two"],
    ["en", "not yet, will do them tonight"],
    ["en", "didn't, see https://example.com/my-excuse"],
    ["es", "hoy no los hice"],
    ["es", "solo hice la mitad"],
    ["es", "no pude, luego los hago"],
    // A checklist reports which ones, not why.
    ["en", "bridges ✔️ tilts ✔️ bird dog ✖️"],
    ["es", "contracciones ✅ deslizamientos ❌ elevación ✅"],
    ["en", "clamshells ❌ bridges ❌ side lying ❌"],
  ] as const)("no reason to echo in %s: %s", (lang, text) => {
    expect(statedReason(text, lang)).toBeNull();
  });

  it("the reply quotes the clause and asks one open question, both languages", () => {
    const en = decideResponse(input("en", "not_done", "didn't, car broke down on the highway", { reading: reading("not_done") }), depsWith())!.reply!;
    expect(en.template).toMatch(/^reflect\.stated#\d\+strategy\.stated#\d$/);
    expect(en.text).toContain('"car broke down on the highway"');
    expect([...en.text].filter((c) => c === "?")).toHaveLength(1);
    const es = decideResponse(input("es", "not_done", "no pude porque se me inundó la cocina", { reading: reading("not_done") }), depsWith())!.reply!;
    // On SMS the accents go when that saves a segment.
    expect(es.text).toMatch(/"se me inund[oó] la cocina"/);
    expect(es.text).toMatch(/¿[^?]+\?$/);
  });
});

describe("fear of hurting oneself with the exercises is fear of pain, never a self-harm reply", () => {
  it.each([
    ["en", "I'm scared of hurting myself doing these", /worry about pain|Worry about/],
    ["es", "me da miedo hacerme daño con los ejercicios", /miedo al dolor/],
  ] as const)("%s: %s", (lang, text, said) => {
    // The reader's verdict is all the engine goes by: with no self-harm flag, no crisis wording.
    for (const kind of ["not_done", "pain", "other"] as const) {
      const outcome = decideResponse(input(lang, kind, text, { reading: reading(kind) }), depsWith());
      expect(outcome.reply!.template, kind).not.toMatch(/self_harm|emergency/);
      expect(outcome.reply!.text, kind).not.toMatch(/988|crisis|crisis line|línea/i);
      expect(outcome.reply!.text, kind).toMatch(said);
      expect(outcome.actions.some((a) => a.type === "escalation" && a.level === "emergency"), kind).toBe(false);
    }
  });
});
