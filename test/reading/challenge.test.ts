import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreReadings } from "../../src/reading/eval-score.js";
import { LabelledMessageSchema } from "../../src/reading/labelled-message.js";
import { readMessage } from "../../src/reading/reader.js";
import { generateChallenge, toJsonl } from "./challenge/generate.js";

const FIXTURE = fileURLToPath(new URL("../../fixtures/reading/challenge.jsonl", import.meta.url));

describe("the challenge corpus (generated from independent wordings)", () => {
  const generated = generateChallenge();
  const items = generated.map((line) => {
    const message = LabelledMessageSchema.parse(line);
    return { message, reading: readMessage({ text: message.text, lang: message.lang }) };
  });
  const report = scoreReadings(items);

  it("is the committed fixture, regenerated from its seed", () => {
    expect(readFileSync(FIXTURE, "utf8")).toBe(toJsonl(generated));
  });

  it("has at least 1,500 messages in both languages, every speaker and frame", () => {
    expect(generated.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(generated.map((l) => l.lang))).toEqual(new Set(["en", "es"]));
    expect(new Set(generated.map((l) => l.speaker))).toEqual(new Set(["patient", "spouse", "parent", "child"]));
    expect(new Set(generated.map((l) => l.frame)).size).toBe(5);
  });

  it("misses no emergency in any syndrome", () => {
    const missed = Object.entries(report.bySyndrome).filter(([, s]) => s.emergencyRecall.rate !== null && s.emergencyRecall.rate < 1);
    const lines = report.misreads.filter((m) => m.expected.escalate.includes("emergency") && m.got.escalate !== "emergency").map((m) => m.text);
    expect(missed.map(([name]) => name), lines.join("\n")).toEqual([]);
  });

  it("reads urgent-or-worse at 98 % or more in every syndrome", () => {
    for (const [name, s] of Object.entries(report.bySyndrome)) {
      if (s.urgentOrHigherRecall.rate !== null) expect(s.urgentOrHigherRecall.rate, name).toBeGreaterThanOrEqual(0.98);
    }
    expect(report.urgentOrHigherRecall.rate).toBeGreaterThanOrEqual(0.98);
  });

  it("raises no false alarm on mild soreness and denials", () => {
    expect(report.falseAlarmRate.rate).toBeLessThanOrEqual(0.03);
  });
});
