import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../../../src/core/seeded-random.js";
import { MESSAGE_KINDS, type MessageKind } from "../../../src/reading/reading.js";
import type { KindPhrases } from "./phrase.js";
import { BARRIERS_EN, PHRASES_EN } from "./phrases-en.js";
import { BARRIERS_ES, PHRASES_ES } from "./phrases-es.js";

/**
 * The kind model's labelled data: every hand-written phrase, its slots filled from a real prompt
 * (three exercises of one body region from the library), written plainly and in a couple of
 * texting variants (greeting, emoji, casing, a seeded typo). Lines keep the phrase they came
 * from as `group`, and whole groups are held out, so the validation number is on phrasings the
 * model never saw. Deterministic for a seed.
 */

export interface KindTrainingLine {
  id: string;
  lang: Lang;
  text: string;
  context?: string[];
  group: string;
  split: "train" | "holdout";
  expect: { kind: MessageKind };
}

type Lang = "en" | "es";
const HOLDOUT_SHARE = 0.2;
/** Barriers per `{why}` phrase: enough to vary the reason without flooding not_done. */
const BARRIERS_PER_PHRASE = 4;
const VARIANTS_PER_PHRASE = 2;

const PHRASES: Record<Lang, KindPhrases> = { en: PHRASES_EN, es: PHRASES_ES };
const BARRIERS: Record<Lang, readonly string[]> = { en: BARRIERS_EN, es: BARRIERS_ES };
const PREFIXES: Record<Lang, readonly string[]> = {
  en: ["hi ", "hey, ", "ok ", "so ", "Hi! ", "morning, ", "well "],
  es: ["hola ", "buenas, ", "oiga ", "pues ", "hola! ", "ey ", "bueno "],
};
const SUFFIXES: Record<Lang, readonly string[]> = {
  en: [" 😊", " 👍", "!", " thx", " lol", " 🙂", "..", " 🙏"],
  es: [" 🙏", " jaja", "!", " gracias", " 😊", " porfa", "..", " 👍"],
};
/** Opt-out/in and HELP lines stay short: a greeting or a typo could change what they are. */
const KEEP_PLAIN: ReadonlySet<MessageKind> = new Set(["stop", "start", "help"]);
/** Answers to a prompt are read against it, so they always carry the prompt's exercises. */
const ALWAYS_PROMPTED: ReadonlySet<MessageKind> = new Set(["done", "partial", "not_done"]);

interface LibraryExercise {
  bodyRegion: string;
  name: Record<Lang, string>;
}

export function generateKindTraining(seed = 11): KindTrainingLine[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const library = loadLibrary();
  const regions = [...new Set(library.map((e) => e.bodyRegion))];
  const promptOf = (lang: Lang): string[] => {
    const region = pick(regions);
    const pool = library.filter((e) => e.bodyRegion === region).map((e) => e.name[lang]);
    const chosen: string[] = [];
    while (chosen.length < 3) {
      const name = pick(pool);
      if (!chosen.includes(name)) chosen.push(name);
    }
    return chosen;
  };

  const lines: KindTrainingLine[] = [];
  const seen = new Set<string>();
  for (const lang of ["en", "es"] as const) {
    for (const kind of MESSAGE_KINDS) {
      PHRASES[lang][kind].forEach((phrase, index) => {
        const group = `${lang}-${kind}-${index}`;
        const split = holdsOut(group) ? "holdout" : "train";
        const reasons = phrase.includes("{why}") ? Array.from({ length: BARRIERS_PER_PHRASE }, () => pick(BARRIERS[lang])) : [""];
        for (const why of reasons) {
          for (let variant = 0; variant <= (KEEP_PLAIN.has(kind) ? 1 : VARIANTS_PER_PHRASE); variant++) {
            const prompt = promptOf(lang);
            const plain = fill(phrase, prompt, why);
            const text = variant === 0 ? plain : vary(plain, lang, kind);
            const prompted = ALWAYS_PROMPTED.has(kind) || phrase.includes("{ex") || random() < 0.5;
            const key = `${lang}|${text}|${prompted}`;
            if (seen.has(key)) continue;
            seen.add(key);
            lines.push({ id: `k${String(lines.length + 1).padStart(4, "0")}`, lang, text, ...(prompted ? { context: prompt } : {}), group, split, expect: { kind } });
          }
        }
      });
    }
  }
  return lines;

  function vary(phrase: string, lang: Lang, kind: MessageKind): string {
    let text = phrase;
    if (random() < 0.4) text = pick(PREFIXES[lang]) + text;
    if (random() < 0.4 && !KEEP_PLAIN.has(kind)) text = text.replace(/[.!?]+$/u, "") + pick(SUFFIXES[lang]);
    const casing = random();
    if (casing < 0.3) text = text.charAt(0).toUpperCase() + text.slice(1);
    else if (casing < 0.38) text = text.toUpperCase();
    if (random() < 0.5 && !KEEP_PLAIN.has(kind)) text = typo(text);
    if (random() < 0.3) text = text.replace(/[.,]/g, "");
    return text;
  }

  /** One slip of the thumb in a word of four letters or more: a letter dropped, doubled or swapped. */
  function typo(text: string): string {
    const words = [...text.matchAll(/\p{L}{4,}/gu)];
    if (words.length === 0) return text;
    const word = pick(words);
    const at = word.index + 1 + Math.floor(random() * (word[0].length - 2));
    const slip = random();
    if (slip < 0.34) return text.slice(0, at) + text.slice(at + 1);
    if (slip < 0.67) return text.slice(0, at) + text.charAt(at) + text.slice(at);
    return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  }
}

function fill(template: string, prompt: string[], why: string): string {
  const name = (i: number) => prompt[i]!.toLowerCase();
  return template.replaceAll("{ex}", name(0)).replaceAll("{ex2}", name(1)).replaceAll("{ex3}", name(2)).replaceAll("{why}", why);
}

/** A fixed 20 % of phrases, chosen by a hash of the phrase's id so adding phrases moves none. */
function holdsOut(group: string): boolean {
  let hash = 2166136261;
  for (let i = 0; i < group.length; i++) hash = Math.imul(hash ^ group.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 1000) / 1000 < HOLDOUT_SHARE;
}

function loadLibrary(): LibraryExercise[] {
  const file = fileURLToPath(new URL("../../../fixtures/exercises.json", import.meta.url));
  return JSON.parse(readFileSync(file, "utf8")) as LibraryExercise[];
}

export function toJsonl(lines: readonly KindTrainingLine[]): string {
  return lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
}
