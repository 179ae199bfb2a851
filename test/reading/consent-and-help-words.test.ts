import { describe, expect, it } from "vitest";
import { readMessage } from "../../src/reading/reader.js";

// Opting out, back in, and asking what the service is, said without the keywords.
describe("consent and help in plain words", () => {
  it.each([
    ["en", "I want off this thing for good. Don't contact this number again.", "stop"],
    ["en", "please don't contact my number again", "stop"],
    ["es", "esto ya no me interesa, no vuelvan a contactarme nunca", "stop"],
    ["es", "no me vuelvan a escribir", "stop"],
    ["en", "new here. so what am I supposed to send back, and what can I ask you?", "help"],
    ["en", "what kinds of things can I text this bot besides yes or no?", "help"],
    ["en", "so uh who's running this number and what am I meant to do with it?", "help"],
    ["es", "mi nieta me inscribio en esto, explicame que tengo que responder cuando me llegan sus textos", "help"],
    ["es", "soy nueva aca, que cosas te puedo mandar por este chat?", "help"],
  ] as const)("%s: %j is %s", (lang, text, kind) => {
    expect(readMessage({ text, lang }).kind).toBe(kind);
  });

  it.each([
    ["es", "le di al boton equivocado y me sacaron de la lista 🤦‍♀️ me anotan de nuevo?"],
    ["es", "me apuntan otra vez porfa"],
  ] as const)("%s: %j, after an opt-out, is start", (lang, text) => {
    expect(readMessage({ text, lang, optedOut: true }).kind).toBe("start");
  });

  it.each([
    ["es", "no vuelvan a escribirme hasta el lunes, estoy de viaje", "schedule"],
    ["en", "don't text me again until Monday please", "schedule"],
    ["en", "what should I do if the band snaps?", "question"],
  ] as const)("%s: %j is %s, not an opt-out or help", (lang, text, kind) => {
    expect(readMessage({ text, lang }).kind).toBe(kind);
  });
});
