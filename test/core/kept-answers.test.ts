import { describe, expect, it } from "vitest";
import { keptAnswers } from "../../src/core/kept-answers.js";

describe("keptAnswers", () => {
  it("computes each key once, null answers included, and starts over when full", () => {
    const computed: string[] = [];
    const answer = keptAnswers<string | null>(2);
    const ask = (key: string) => answer(key, () => (computed.push(key), key === "none" ? null : key.toUpperCase()));
    expect([ask("a"), ask("none"), ask("a"), ask("none")]).toEqual(["A", null, "A", null]);
    expect(computed).toEqual(["a", "none"]);
    ask("b"); // full: what was kept is dropped
    ask("a");
    expect(computed).toEqual(["a", "none", "b", "a"]);
  });
});
