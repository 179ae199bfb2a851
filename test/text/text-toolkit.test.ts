import { describe, expect, it } from "vitest";
import { levenshtein, similarWord, withinOneEdit, withinOneKeySlip } from "../../src/text/edit-distance.js";
import { foldAccents, plainWords } from "../../src/text/fold.js";
import { NUMBER_WORDS, numberWordsBetween } from "../../src/text/number-words.js";
import { contentTokens, hasPrefixMention, phraseScore } from "../../src/text/phrase-match.js";
import { spanishSound } from "../../src/text/sound.js";
import { stem } from "../../src/text/stem.js";

describe("text toolkit", () => {
  it.each([
    ["¿Cómo lo HAGO?", "¿como lo hago?", "como lo hago"],
    ["Knee-to-chest", "knee-to-chest", "knee to chest"],
    ["  Añadir  peso ", "  anadir  peso ", "anadir peso"],
  ])("folds %j", (raw, folded, plain) => {
    expect(foldAccents(raw)).toBe(folded);
    expect(plainWords(raw)).toBe(plain);
  });

  it.each([
    ["clamshells", "clamshell"],
    ["puentes", "puente"],
    ["assemblies", "assembly"],
    ["press", "press"],
    ["scaps", "scapular"],
    ["abs", "abs"],
  ])("stems %s to %s", (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it.each([
    ["chest", "chset", true],
    ["chest", "chests", true],
    ["chest", "cheat", true],
    ["chest", "chart", false],
    ["numb", "nubm", true],
  ])("withinOneEdit(%s, %s) is %s", (a, b, expected) => expect(withinOneEdit(a, b)).toBe(expected));

  it.each([
    ["numbness", "numbmess", true],
    ["swollen", "swolken", true],
    ["swollen", "swolen", true],
    ["chest", "chset", true],
    ["infection", "injection", false],
    ["bleeding", "breeding", false],
    ["desmaye", "desmayo", false],
  ])("withinOneKeySlip(%s, %s) is %s: a substituted letter must be a neighbouring key", (a, b, expected) =>
    expect(withinOneKeySlip(a, b)).toBe(expected),
  );

  it("allows more typos in longer words, none in short ones", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(similarWord("clamshel", "clamshell")).toBe(true);
    expect(similarWord("hip", "hop")).toBe(false);
    expect(similarWord("hamstrngs", "hamstring")).toBe(true);
  });

  it("matches exercise names split, joined or partly named", () => {
    expect(phraseScore("Clamshells", "did the clam shells")).toBeGreaterThan(100);
    expect(phraseScore("Straight leg raises", "leg raises done")).toBeGreaterThan(0);
    expect(phraseScore("Bridges", "knee hurts")).toBe(0);
    expect(contentTokens("How do I do the bridges?")).toEqual(["bridge"]);
    expect(hasPrefixMention("Can I take my medication first?", ["medic*"])).toBe(true);
    expect(hasPrefixMention("medics came", ["medication"])).toBe(false);
  });

  it("knows number words in both languages and filters them by value", () => {
    expect(NUMBER_WORDS.siete).toBe(7);
    expect(Object.keys(numberWordsBetween(6, 6)).sort()).toEqual(["seis", "six"]);
    expect(numberWordsBetween(0, 10)).not.toHaveProperty("eleven");
  });
});

describe("how a Spanish word sounds", () => {
  it.each([
    ["cabesa", "cabeza"],
    ["nuebe", "nueve"],
    ["yorar", "llorar"],
    ["ablar", "hablar"],
    ["kiero", "quiero"],
    ["cansao", "cansado"],
    ["sicatris", "cicatriz"],
    ["jente", "gente"],
    ["musho", "mucho"],
    ["inbierno", "invierno"],
    ["ynchada", "hinchada"],
  ])("hears %s as %s", (byEar, written) => expect(spanishSound(byEar)).toBe(spanishSound(written)));

  it.each([
    ["justo", "gusto"],
    ["pero", "para"],
    ["hormigueo", "hormigeo"],
  ])("tells %s from %s", (a, b) => expect(spanishSound(a)).not.toBe(spanishSound(b)));
});
