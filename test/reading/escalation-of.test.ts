import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escalationOf, readMessage } from "../../src/reading/reader.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/reading/${name}`, import.meta.url)), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; lang?: "en" | "es"; context?: string });

describe("escalationOf: the screening a backlog is ordered by", () => {
  it("gives every message the level the full reading gives it, with or without the prompt's exercises", () => {
    const messages = [...fixture("messages.jsonl"), ...fixture("challenge.jsonl"), ...fixture("domain-probes.jsonl")];
    const differing = messages.filter((m) => {
      const screened = escalationOf(m.text);
      const bare = readMessage({ text: m.text });
      const inContext = readMessage({ text: m.text, ...(m.lang ? { lang: m.lang } : {}), context: (m.context ?? "Heel slides, Quad sets, Bridges").split(", ") });
      return screened !== bare.escalate || screened !== inContext.escalate;
    });
    expect(messages.length).toBeGreaterThan(4_000);
    expect(messages.filter((m) => escalationOf(m.text) !== "none").length).toBeGreaterThan(1_000);
    expect(differing.map((m) => m.text)).toEqual([]);
    // Three readings of every fixture message (about 31,000 messages): allowed to run far past the default 30 s on a busy machine.
  }, 600_000);
});
