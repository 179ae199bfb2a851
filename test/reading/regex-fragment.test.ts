import { describe, expect, it } from "vitest";
import { firstChars, topLevelAlternatives } from "../../src/reading/concepts/regex-fragment.js";

describe("firstChars: what a lexicon term can start a match with", () => {
  it.each([
    ["(?:everyone|they|family)(?: \\w+){0,2} would", "eft"],
    ["(?:ya )?no (?:le )?veo", "ny"],
    ["(?=suicid)(?<!\\bno )suicid\\w*", "s"],
    ["(?<!x)out of", "o"],
    ["[oa]s", "ao"],
    ["[a-c]x", "abc"],
    ["s?he", "hs"],
    ["x{0,2}y", "xy"],
    ["x{1,2}y", "x"],
    ["\\bfoo", "f"],
    ["\\.5", "."],
  ])("%s starts with one of %s", (term, expected) => {
    expect([...firstChars(term)!].sort().join("")).toBe(expected);
  });

  it.each([["\\w+ria"], ["(?:a|b)?"], [".x"], ["[^a]x"], ["(?:x)*y|z"], ["(?:a|\\d)b"]])("%s is not known", (term) => {
    expect(firstChars(term)).toBeNull();
  });
});

describe("topLevelAlternatives: a term that is itself an alternation", () => {
  it.each([
    ["kneel|knock out", ["kneel", "knock out"]],
    ["a|b(?:c|d)", ["a", "b(?:c|d)"]],
    ["x[|]y|z", ["x[|]y", "z"]],
    ["x\\|y|z", ["x\\|y", "z"]],
    ["x\\\\|y", ["x\\\\", "y"]],
    ["(?:want|wish) to die", ["(?:want|wish) to die"]],
    ["(?:open", ["(?:open"]],
  ])("%s", (term, parts) => {
    expect(topLevelAlternatives(term)).toEqual(parts);
  });
});
