import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONCEPT_RULES, SAFETY_NET_RULE } from "../../src/reading/concepts/catalogue.js";
import { mayBeIn, nextMatch, patternOf, termsOf, wordStartsOf, type Lexicon } from "../../src/reading/concepts/lexicon.js";
import { normalise } from "../../src/reading/normalize.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/reading/${name}`, import.meta.url));
const texts = ["messages.jsonl", "domain-probes.jsonl"].flatMap((name) =>
  readFileSync(fixture(name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => normalise((JSON.parse(line) as { text: string }).text)),
);

const lexicons = new Set<Lexicon>();
for (const rule of [...CONCEPT_RULES, SAFETY_NET_RULE]) {
  for (const lex of [...(rule.sentence ?? []), ...(rule.message ?? []), ...(rule.unless ?? [])]) lexicons.add(lex);
}

const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
const matchesTriedAtWordStarts = (lex: Lexicon, text: string) => {
  const at = wordStartsOf(text);
  const found: string[] = [];
  for (let m = nextMatch(lex, at, 0); m !== null; m = nextMatch(lex, at, m.index + Math.max(1, m[0].length))) found.push(`${m.index}:${m[0]}`);
  return found;
};

describe("a lexicon's pattern, its alternatives grouped by first letter", () => {
  it("finds exactly what the plain alternation of its terms finds, on every fixture message, and so does nextMatch trying only word starts", () => {
    expect(lexicons.size).toBeGreaterThan(100);
    expect(texts.length).toBeGreaterThan(4_000);
    const differing: string[] = [];
    let found = 0;
    for (const lex of lexicons) {
      const plain = new RegExp(String.raw`(?<![\w])(?:${termsOf(lex).join("|")})(?![\w])`, "g");
      const grouped = patternOf(lex);
      for (const text of texts) {
        const expected = matches(plain, text).join();
        if (expected !== matches(grouped, text).join()) differing.push(`${lex.name}: ${text}`);
        if (expected !== matchesTriedAtWordStarts(lex, text).join()) differing.push(`nextMatch ${lex.name}: ${text}`);
        if (expected !== "") found++;
      }
    }
    expect(differing).toEqual([]);
    // The comparison means something only where the lexicons match.
    expect(found).toBeGreaterThan(texts.length);
    // Every lexicon three times over every fixture message: ten minutes and more on a busy 2-core machine, and it grows with the fixtures.
  }, 1_500_000);

  it("groups only plain first letters: a term that starts with a group or an optional letter keeps its place, behind a look-ahead at its first letters", () => {
    const lex: Lexicon = { name: "test", en: ["kill me", "(?:want|wish) to die", "kneel|knock out", "s?he left"], es: [] };
    const { source } = patternOf(lex);
    expect(source).toContain("(?:kill me|(?=[w])(?:want|wish) to die|k(?:neel|nock out)|(?=[hs])s?he left)");
    expect("knock out".match(patternOf(lex))).toEqual(["knock out"]);
  });
});

describe("mayBeIn: a lexicon skipped where none of its beginnings starts a word", () => {
  it("never skips a lexicon whose pattern matches, on every fixture message", () => {
    const missed: string[] = [];
    let skipped = 0;
    for (const text of texts) {
      const starts = wordStartsOf(text);
      for (const lex of lexicons) {
        if (mayBeIn(lex, starts)) continue;
        skipped++;
        const pattern = patternOf(lex);
        pattern.lastIndex = 0;
        if (pattern.test(text)) missed.push(`${lex.name}: ${text}`);
      }
    }
    expect(missed).toEqual([]);
    // Skipping must actually happen for the check above to mean anything.
    expect(skipped).toBeGreaterThan((texts.length * lexicons.size) / 2);
  }, 900_000);

  it("knows the beginnings of every lexicon but one, whose term starts with a word of any spelling", () => {
    const unknown = [...lexicons].filter((lex) => mayBeIn(lex, wordStartsOf(""))).map((lex) => lex.name);
    expect(unknown).toEqual(["a clinical question topic"]);
  });

  it("indexes a text by the first one to three characters after each non-word character", () => {
    expect([...wordStartsOf("my knee-cap").prefixes].sort()).toEqual(["c", "ca", "cap", "k", "kn", "kne", "m", "my", "my "].sort());
  });
});
