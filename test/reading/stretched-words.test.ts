import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";

describe("stretched words and key-word slips", () => {
  it.each([
    ["it feeels weird", "it feels weird"],
    ["my kneee hurts", "my knee hurts"],
    ["sooo tired", "so tired"],
    ["STOPPP", "stop"],
    ["doneeee", "done"],
  ])("%j reads as %j", (raw, read) => {
    expect(normalise(raw)).toBe(read);
  });

  it.each([
    ["my chest feeels so tight", "emergency"],
    ["i thrw up twice after i fell", "emergency"],
    ["fell and cant stad up", "emergency"],
  ] as const)("%j is %s", (text, level) => {
    expect(readMessage({ text, lang: "en" }).escalate).toBe(level);
  });
});

describe("normalised text keeps every Latin-1 character", () => {
  it.each([
    ["¿Cómo está? Tengo 38° y dolor ¡8/10!", "¿como esta? tengo 38° y dolor ¡8/10!"],
    ["Señora Núñez, £5", "senora nunez, £5"],
    ["done ✅ but knee 7/10 😭", "done ✅ but knee 7/10 😭"],
  ])("%j → %j", (raw, expected) => expect(normalise(raw)).toBe(expected));
});
