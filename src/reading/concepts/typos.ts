import type { ConceptRule, Lexicon } from "./lexicon.js";

/**
 * Typos in symptom words ("drroopy", "lopsdied", "bruden", "sanngre") read as the lexicon word they
 * almost are. Only the slips fingers make on a phone are undone — a doubled letter, a dropped
 * letter, two neighbours swapped — never a substituted letter, so "would" never becomes "wound".
 * The vocabulary is every plain word of five letters or more in the catalogue's lexicons.
 */

/** Real words one slip away from a lexicon word; never "corrected". */
const REAL_WORDS = new Set([
  "backed", "seating", "selling", "sallow", "stoke", "lacked", "slipper", "would", "could", "should", "there", "where", "these", "those", "their",
  "about", "after", "other", "which", "while", "think", "thing", "going", "doing", "being", "still", "first", "today", "every", "again", "cheat",
  "baring", "string", "sting", "trial", "trail", "planted", "bleed", "coughs", "heard", "hears", "plain", "words", "world", "board", "broad",
  "lying", "laying", "falling", "filling", "feeling", "fainting", "painting", "pointing", "barely", "bearly", "sweat", "swear", "waist", "wrist",
  "hole", "whole", "tired", "tried", "tried", "quiet", "quite", "diary", "dairy", "angel", "angle", "causal", "casual", "form", "from", "cramps",
  "parar", "para", "pare", "pero", "perro", "caro", "carro", "pecho", "techo", "hecho", "dicho", "mucho", "poco", "pocos", "ahora", "horas",
]);

const MIN_LENGTH = 5;

interface Vocabulary {
  words: Set<string>;
  /** Lexicon stems written with \w* ("droop", "hinchad"): any word starting with one is known. */
  stems: Set<string>;
  byLength: Map<number, string[]>;
}

function vocabularyOf(rules: readonly ConceptRule[]): Vocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  const lexicons = new Set<Lexicon>(rules.flatMap((r) => [...(r.sentence ?? []), ...(r.message ?? [])]));
  for (const lex of lexicons) {
    for (const term of [...lex.en, ...lex.es]) {
      for (const m of term.matchAll(/(?<![\\{])\b([a-z]{4,})(\\w\*)?/g)) {
        if (m[2]) stems.add(m[1]!);
        else if (m[1]!.length >= MIN_LENGTH) words.add(m[1]!);
      }
    }
  }
  const byLength = new Map<number, string[]>();
  for (const w of words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  return { words, stems, byLength };
}

function isKnown(word: string, v: Vocabulary): boolean {
  if (v.words.has(word)) return true;
  for (let end = 4; end <= word.length; end++) if (v.stems.has(word.slice(0, end))) return true;
  return false;
}

/** The lexicon word this one is a phone slip of, or null. */
function correction(word: string, v: Vocabulary): string | null {
  const candidates: string[] = [];
  for (let i = 0; i < word.length; i++) {
    // a doubled or inserted letter: drop it
    candidates.push(word.slice(0, i) + word.slice(i + 1));
    // two neighbours swapped
    if (i + 1 < word.length) candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (const c of candidates) if (c.length >= MIN_LENGTH - 1 && c !== word && isKnown(c, v)) return c;
  // a dropped letter: try every vocabulary word one longer that contains this one in order
  for (const target of v.byLength.get(word.length + 1) ?? []) {
    if (dropsOneLetter(target, word)) return target;
  }
  return null;
}

function dropsOneLetter(long: string, short: string): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

export function typoCorrector(rules: readonly ConceptRule[]): (text: string) => string {
  const v = vocabularyOf(rules);
  const cache = new Map<string, string>();
  return (text) =>
    text.replace(/[a-z]{5,}/g, (word) => {
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const fixed = REAL_WORDS.has(word) || isKnown(word, v) ? word : (correction(word, v) ?? word);
      if (cache.size < 10_000) cache.set(word, fixed);
      return fixed;
    });
}
