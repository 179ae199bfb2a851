import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readMessage } from "../../src/reading/reader.js";

/**
 * An emergency stays one whatever unrelated sentence is told before or after it. Each sentence below says, about
 * something else, a word one of the rules takes as an exception (an old operation, a stroke years ago, dozing on the
 * couch, the usual puffing, soreness after leg day, a cold last month, the writer's own session done). Read in the
 * whole message, such words used to cancel the emergency beside them: 354 of 20,000 such pairs in one sample.
 */
const UNRELATED = {
  en: [
    "my knee replacement was 2 years ago.",
    "I get puffed on stairs, that's normal for me.",
    "my mum had a stroke years ago.",
    "fell asleep on the couch earlier.",
    "my shoulder popped back in fine last year.",
    "always sore after leg day.",
    "had the flu last month.",
    "I was in the ER last year for my knee.",
    "my back has been sore for years.",
    "did my exercises after the gym this morning.",
  ],
  es: [
    "la prótesis de rodilla me la pusieron hace 2 años.",
    "me canso un poco en las escaleras, es normal en mí.",
    "mi mamá tuvo un derrame hace años.",
    "me quedé dormida en el sofá antes.",
    "el hombro se me volvió a colocar bien el año pasado.",
    "siempre quedo adolorido después de piernas.",
    "tuve gripe el mes pasado.",
    "estuve en urgencias el año pasado por la rodilla.",
    "la espalda me duele desde hace años.",
    "hice los ejercicios después del gimnasio.",
  ],
} as const;

type Lang = keyof typeof UNRELATED;
const PROBES = fileURLToPath(new URL("../../fixtures/reading/domain-probes.jsonl", import.meta.url));
/** Every 40th emergency probe told with no prompt: a spread over the syndromes and both languages. */
const emergencies = readFileSync(PROBES, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { id: string; lang: Lang; text: string; escalate: string; context?: string })
  .filter((p) => p.escalate === "emergency" && !p.context && p.text.length < 160)
  .filter((_, i) => i % 40 === 0);

const read = (text: string, lang: Lang) => readMessage({ text, lang }).escalate;

describe("an unrelated sentence before or after an emergency does not cancel it", () => {
  it("has emergencies in both languages to try", () => {
    expect(emergencies.filter((p) => p.lang === "en").length).toBeGreaterThan(20);
    expect(emergencies.filter((p) => p.lang === "es").length).toBeGreaterThan(20);
  });

  const alone: [string, Lang][] = (["en", "es"] as const).flatMap((lang) => UNRELATED[lang].map((sentence): [string, Lang] => [sentence, lang]));
  it.each(alone)("%j alone is no alarm", (sentence, lang) => {
    expect(read(sentence, lang)).toBe("none");
  });

  it.each(emergencies.map((p) => [p.id, p.text, p.lang] as const))("%s %j", (_id, text, lang) => {
    const told = text.trimEnd();
    const joined = /[.!?]$/.test(told) ? " " : ". ";
    const cancelled = UNRELATED[lang].flatMap((sentence) => [`${sentence} ${told}`, `${told}${joined}${sentence}`]).filter((message) => read(message, lang) !== "emergency");
    expect(cancelled).toEqual([]);
  });
});
