import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";
import { heardAs, readsAsSpanish } from "../../src/reading/spelled-by-ear.js";

describe("Spanish spelt by ear", () => {
  it.each([
    ["me duele la cabesa", "me duele la cabeza"],
    ["no puedo mober el braso", "no puedo mover el brazo"],
    ["ise los ejersisios", "hice los ejercicios"],
    ["dolor de nuebe, ni dormi", "dolor de nueve, ni dormi"],
    ["ocho de dies", "ocho de diez"],
    ["estoi sin fuersa", "estoy sin fuerza"],
  ])("%j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it.each([
    // Real words that only sound like a word the rules know.
    ["el perro de caza no me salio", "caza"],
    // English is not heard as Spanish, even with a Spanish-looking word in it.
    ["0/10 pain 10/10 vibes. finished", "vibes"],
    ["the pain dies down after the bridges", "dies"],
  ])("%j keeps %j", (raw, word) => expect(normalise(raw)).toContain(word));

  it("leaves a doubled letter to the typo corrector, and hears a short word only as one of the rules' own words", () => {
    expect(heardAs("programme")).toBeNull();
    expect(heardAs("ise")).toBe("hice");
    expect(heardAs("pis")).toBeNull();
    expect(heardAs("cabeza")).toBeNull();
  });

  it.each([
    ["me duele ocho de dies desde anoche", true],
    ["dolor sinco", true],
    ["did them pain was a sevin", false],
    ["Mi knee is killing me", false],
  ] as const)("%j reads as Spanish: %s", (text, spanish) => expect(readsAsSpanish(text.toLowerCase())).toBe(spanish));

  it.each([
    ["de repente no me puedo mober el vrazo isquierdo ni la pierna isquierda", "emergency", null],
    ["ise los ejersisios pero me aprieta el corason y me duele la kijada", "emergency", null],
    ["me tome la pastiya nueba y se me isieron los labios grandotes y la lengua ynchada", "emergency", null],
    ["la erida esta roja y caliente y lo rojo se esta esparsiendo", "urgent", null],
    ["ise los ejersisios pero el dolor subio a dies", "urgent", 10],
    ["dolor sinco", "therapist", 5],
  ] as const)("%j is %s with pain %s", (text, level, pain) => {
    const reading = readMessage({ text, lang: "es" });
    expect(reading.escalate).toBe(level);
    expect(reading.pain).toBe(pain);
  });
});
