/** Forgiving text matching for patient messages: case, accents, plurals and small typos. */
import { keptAnswers } from "../core/kept-answers.js";
import { similarWord } from "./edit-distance.js";
import { plainWords } from "./fold.js";
import { stem } from "./stem.js";

const STOPWORDS = new Set(
  (
    "a an the of to and or in on at for with my me i it is do does did be am are this that these those your you " +
    "if but so can could should would will supposed try im i m what how when get " +
    "el la los las un una unos unas de del y o en con por para mi me lo le se es que al su tu si pero puedo debo tengo como cuando"
  ).split(" "),
);

/** Content words of a text, normalized and stemmed. */
export function contentTokens(text: string): string[] {
  return plainWords(text)
    .split(" ")
    .filter((w) => w.length > 0 && !STOPWORDS.has(w))
    .map(stem);
}

/**
 * How well a phrase (an exercise name or alias) is mentioned in a text, 0 when it is not.
 * Words may be split or joined ("clam shells" ≈ "clamshell"); most of a multi-word name is
 * enough ("leg raises" ≈ "straight leg raises").
 */
export function phraseScore(phrase: string, text: string): number {
  const wanted = prepared(phrase).tokens;
  const { tokens: words, windows } = prepared(text);
  if (wanted.length === 0 || words.length === 0) return 0;

  const joined = wanted.join("");
  if (windows.some((window) => similarWord(window, joined))) return 100 + joined.length;

  const found = wanted.filter((w) => words.some((v) => similarWord(v, w))).length;
  if (found === wanted.length) return 50 + joined.length;
  if (wanted.length >= 2 && found >= 2 && found / wanted.length >= 0.5) return 10 + found;
  return 0;
}

/**
 * A text's content tokens and its runs of one to three of them joined and stemmed, kept for the
 * texts last seen: one message is scored against every name and alias of a program.
 */
const preparedTexts = keptAnswers<{ tokens: string[]; windows: string[] }>(500);

function prepared(text: string): { tokens: string[]; windows: string[] } {
  return preparedTexts(text, () => {
    const tokens = contentTokens(text);
    const windows: string[] = [];
    for (let size = 1; size <= Math.min(3, tokens.length); size++) {
      for (let start = 0; start + size <= tokens.length; start++) windows.push(stem(tokens.slice(start, start + size).join("")));
    }
    return { tokens, windows };
  });
}

/**
 * True when any phrase occurs in the text as whole words, after normalizing both;
 * a phrase ending in "*" matches any word starting with it ("medic*" finds "medication").
 */
export function hasPrefixMention(text: string, phrases: readonly string[]): boolean {
  const haystack = ` ${plainWords(text)} `;
  return phrases.some((p) => {
    const prefix = p.endsWith("*");
    return haystack.includes(` ${plainWords(prefix ? p.slice(0, -1) : p)}${prefix ? "" : " "}`);
  });
}
