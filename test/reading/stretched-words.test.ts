import { describe, expect, it } from "vitest";
import { sentencesOf } from "../../src/reading/concepts/screen.js";
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

describe("a present state asked about in the Spanish subjunctive is read in the indicative", () => {
  it.each([
    ["¿Es normal que no pueda orinar?", "¿es normal que no puede orinar?"],
    ["¿no es raro que me duela la pantorrilla y me falte el aire?", "¿no es raro que me duele la pantorrilla y me falta el aire?"],
    ["me preocupa que no sienta nada al limpiarme", "me preocupa que no siente nada al limpiarme"],
    ["¿es normal tener la pierna hinchada y que me cueste respirar?", "¿es normal tener la pierna hinchada y que me cuesta respirar?"],
  ])("%j → %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it.each([
    // A what-if and a fear stay in the subjunctive, and so do the words outside the clause.
    ["cuando se me duerma la pierna, ¿paro?", "cuando se me duerma la pierna, ¿paro?"],
    ["tengo miedo de que se me caiga la rodilla", "tengo miedo de que se me caiga la rodilla"],
    ["¿es normal que me duela? ojalá no se me hinche", "¿es normal que me duele? ojala no se me hinche"],
  ])("%j stays %j", (raw, read) => expect(normalise(raw)).toBe(read));
});

describe("telegraphic fragments are read with the sentence beside them", () => {
  it("joins fragments of up to three words to the next sentence, and keeps every sentence as it was", () => {
    expect(sentencesOf("face. drooping. left side. just now")).toEqual(["face", "drooping", "left side", "just now", "face, drooping, left side, just now"]);
    expect(sentencesOf("its my calf. swollen and red and im puffing")).toEqual(["its my calf", "swollen and red and im puffing", "its my calf, swollen and red and im puffing"]);
    expect(sentencesOf("did all three today. the knee felt totally fine")).toEqual(["did all three today", "the knee felt totally fine"]);
  });

  it.each([
    ["face. drooping. left side. just now", "emergency"],
    ["chest. tight. heavy. since the push-ups", "emergency"],
    ["done. knee fine. see you tomorrow", "none"],
  ] as const)("%j is %s", (text, level) => expect(readMessage({ text, lang: "en" }).escalate).toBe(level));
});
