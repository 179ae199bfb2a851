import { describe, expect, it } from "vitest";
import { isHistoryAt, isLongAgoAt } from "../../src/reading/concepts/screen.js";
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

/** Any sign, an emergency's too, narrated in the past and dated long ago in its own clause is history. */
describe("history: a sign told long ago", () => {
  it.each([
    ["my wife had chest pains last year and the ambulance lads were brilliant", "chest"],
    ["I had fainting spells as a teenager", "fainting"],
    ["tuve un desmayo hace años", "desmayo"],
  ])("%j is long ago at %j", (raw, word) => {
    const text = normalise(raw);
    expect(isLongAgoAt(text, text.indexOf(word))).toBe(true);
  });

  it.each([
    // Only its own clause: the chest pain said after "and" is today's.
    ["I had a heart attack 2 years ago and have chest pain now", "chest"],
    ["I've had chest pain since last year and it's getting worse", "chest"],
    ["had a clot years ago, my calf is swollen again", "swollen"],
    // A comparison with long ago is today's: "harder than when I came off my bike as a kid".
    ["I fell and I had smacked my head harder than when I came off my bike as a kid", "smacked"],
    ["my chest hurts", "chest"],
  ])("%j is not long ago at %j", (raw, word) => {
    const text = normalise(raw);
    expect(isLongAgoAt(text, text.indexOf(word))).toBe(false);
  });

  it.each([
    ["My wife had chest pains last year and the ambulance lads were brilliant. Anyway, done", "none"],
    ["I had a heart attack 2 years ago and have chest pain now", "emergency"],
    ["years ago I had a DVT, now my calf is swollen and I'm breathless", "emergency"],
  ] as const)("%j → %s", (text, level) => expect(readMessage({ text, lang: "en", context: [] }).escalate).toBe(level));
});
