import { describe, expect, it } from "vitest";
import { firstChars, startsOf, topLevelAlternatives } from "../../src/reading/concepts/regex-fragment.js";

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
    ["(?:a|\\d)b", "0123456789a"],
  ])("%s starts with one of %s", (term, expected) => {
    expect([...firstChars(term)!].sort().join("")).toBe(expected);
  });

  it.each([["\\w+ria"], ["(?:a|b)?"], [".x"], ["[^a]x"], ["(?:x)*y|z"], ["(?:\\w+ )?b"]])("%s is not known", (term) => {
    expect(firstChars(term)).toBeNull();
  });
});

describe("startsOf: the first characters of every match, up to a length", () => {
  it.each<[string, number, string[]]>([
    ["kill me", 3, ["kil"]],
    ["(?:want|wish) to die", 3, ["wan", "wis"]],
    ["s?he left", 2, ["he", "sh"]],
    ["x{0,2}y", 3, ["xxy", "xy", "y"]],
    ["(?:no )?veo", 3, ["no ", "veo"]],
    ["[12]+ x", 2, ["1 ", "11", "12", "2 ", "21", "22"]],
    ["\\d", 1, [..."0123456789"]],
    ["ab\\w+", 3, ["ab"]],
    ["(?<=\\w(?:ria|rian) )mejor", 3, ["mej"]],
    ["a", 3, ["a"]],
  ])("%s, %i characters", (term, length, expected) => {
    expect([...startsOf(term, length)!].sort()).toEqual(expected.sort());
  });

  it.each([["\\w+ria"], ["(?:a|b)?"], ["(?:x|.y)"]])("%s is not known", (term) => {
    expect(startsOf(term, 3)).toBeNull();
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
