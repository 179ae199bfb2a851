import { describe, expect, it } from "vitest";
import { withDictationUndone } from "../../src/reading/dictated.js";
import { extractPainScore } from "../../src/reading/pain-score.js";
import { normalise } from "../../src/reading/normalize.js";

describe("voice typing: punctuation said aloud, medicines broken into words", () => {
  it.each([
    ["knee sore comma did the bridges period", "knee sore, did the bridges."],
    ["lo tomo antes o despues signo de interrogacion", "lo tomo antes o despues?"],
    ["me duele coma hice los puentes", "me duele, hice los puentes"],
    ["hip is fine period i did them all", "hip is fine. i did them all"],
    ["ouch exclamation mark", "ouch!"],
    ["can i take i b profen first", "can i take ibuprofen first"],
    ["me dio trama dol eh", "me dio tramadol eh"],
  ])("%j reads %j", (said, written) => {
    expect(withDictationUndone(said)).toBe(written);
  });

  it.each([
    "mi papa esta en coma desde ayer",
    "entro en coma diabetico",
    "my dad went into a coma last night",
    "she is in a coma",
    "he was in a comma for two days",
    "i missed my period",
    "no period for two months",
    "a waiting period of six weeks",
    "take a rest period between sets",
    "im at the trauma unit",
  ])("%j is left as it was said", (text) => {
    expect(withDictationUndone(text)).toBe(text);
  });
});

describe("pain scores as a voice recogniser writes them", () => {
  it.each([
    ["my back is a night out of ten", 9],
    ["sore maybe to out of ten", 2],
    ["la rodilla me duele un nuevo de diez", 9],
    ["hip is about six seven today", 7],
    ["pain 4 5 today", 5],
    ["heart rate went up to one twenty on the bike", null],
    ["blood pressure one thirty over eighty five, knee fine", null],
    ["la presion ciento veinte sobre ochenta", null],
  ])("%j is %j", (text, score) => {
    expect(extractPainScore(normalise(text))).toBe(score);
  });
});
