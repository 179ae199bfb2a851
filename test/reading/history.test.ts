import { describe, expect, it } from "vitest";
import { isHistoryAt } from "../../src/reading/concepts/screen.js";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";

/** A sign dated to an old injury is how the limb has been, not a new sign; the same sentence with "today" is new. */
describe("history: a sign said of an old injury", () => {
  it.each([
    ["twisted my ankle last year, still can't walk far", "walk"],
    ["since I broke my wrist I can't grip", "grip"],
    ["desde que me rompí la muñeca no puedo agarrar", "agarrar"],
  ])("%j is history at %j", (raw, word) => {
    const text = normalise(raw);
    expect(isHistoryAt(text, text.indexOf(word))).toBe(true);
  });

  it.each([
    ["twisted my ankle last year, today I can't walk", "walk"],
    ["since I broke my wrist yesterday I can't grip", "grip"],
    ["broke my wrist years ago. now my hand is numb", "numb"],
  ])("%j is not history at %j", (raw, word) => {
    const text = normalise(raw);
    expect(isHistoryAt(text, text.indexOf(word))).toBe(false);
  });

  it.each([
    ["twisted my ankle last year, still can't walk far", "therapist"],
    ["since I broke my wrist I can't grip", "therapist"],
    ["since I broke my wrist last year my hand goes numb", "therapist"],
    ["since I broke my wrist 2 days ago I can't grip", "urgent"],
    ["my knee gave way years ago, but today it buckled again with a pop and sharp pain", "urgent"],
    ["pain much worse today, not settling", "urgent"],
  ] as const)("%j is %s", (text, level) => {
    expect(readMessage({ text, lang: "en" }).escalate).toBe(level);
  });
});
