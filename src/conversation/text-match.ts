/** Forgiving text matching for patient messages: case, accents, plurals and small typos. */

/** Lowercase, accents stripped, punctuation to spaces ("¿Cómo?" → "como"). */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const STOPWORDS = new Set(
  (
    "a an the of to and or in on at for with my me i it is do does did be am are this that these those your you " +
    "if but so can could should would will supposed try im i m what how when get " +
    "el la los las un una unos unas de del y o en con por para mi me lo le se es que al su tu si pero puedo debo tengo como cuando"
  ).split(" "),
);

/** Very light stemming: enough for "clamshells"/"clam shell", "raises"/"raise", "puentes"/"puente". */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Content words of a text, normalized and stemmed. */
export function contentTokens(text: string): string[] {
  return normalize(text)
    .split(" ")
    .filter((w) => w.length > 0 && !STOPWORDS.has(w))
    .map(stem);
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Same word allowing typos that grow with length ("clamshel", "mnay"). */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(a.length, b.length);
  const allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && levenshtein(a, b) <= allowed;
}

/**
 * How well a phrase (an exercise name or alias) is mentioned in a text, 0 when it is not.
 * Words may be split or joined ("clam shells" ≈ "clamshell"); most of a multi-word name is
 * enough ("leg raises" ≈ "straight leg raises").
 */
export function phraseScore(phrase: string, text: string): number {
  const wanted = contentTokens(phrase);
  const words = contentTokens(text);
  if (wanted.length === 0 || words.length === 0) return 0;

  const joined = wanted.join("");
  for (let size = 1; size <= Math.min(3, words.length); size++) {
    for (let start = 0; start + size <= words.length; start++) {
      const window = stem(words.slice(start, start + size).join(""));
      if (similarWord(window, joined)) return 100 + joined.length;
    }
  }

  const found = wanted.filter((w) => words.some((v) => similarWord(v, w))).length;
  if (found === wanted.length) return 50 + joined.length;
  if (wanted.length >= 2 && found >= 2 && found / wanted.length >= 0.5) return 10 + found;
  return 0;
}

/**
 * True when any phrase occurs in the text as whole words, after normalizing both;
 * a phrase ending in "*" matches any word starting with it ("medic*" finds "medication").
 */
export function hasPrefixMention(text: string, phrases: readonly string[]): boolean {
  const haystack = ` ${normalize(text)} `;
  return phrases.some((p) => {
    const prefix = p.endsWith("*");
    return haystack.includes(` ${normalize(prefix ? p.slice(0, -1) : p)}${prefix ? "" : " "}`);
  });
}
