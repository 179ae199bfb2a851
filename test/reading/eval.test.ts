import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missedTargets, scoreReadings } from "../../src/reading/eval-score.js";
import { type LabelledMessage, LabelledMessageSchema } from "../../src/reading/labelled-message.js";
import { readMessage } from "../../src/reading/reader.js";
import { FIXTURE } from "./fixture-path.js";


function labelled(id: string, text: string, expect: Record<string, unknown>, lang = "en"): LabelledMessage {
  return LabelledMessageSchema.parse({ id, text, lang, expect });
}

describe("scoring", () => {
  it("accepts any of several acceptable values and counts recall and false alarms", () => {
    const report = scoreReadings([
      { message: labelled("a", "x", { kind: ["schedule", "start"], pain: null, escalate: "none" }), reading: { kind: "start", pain: null, escalate: "none" } },
      { message: labelled("b", "x", { kind: "pain", pain: null, escalate: "emergency" }), reading: { kind: "pain", pain: null, escalate: "urgent" } },
      { message: labelled("c", "x", { kind: "pain", pain: 8, escalate: ["urgent", "emergency"] }), reading: { kind: "pain", pain: 8, escalate: "urgent" } },
      { message: labelled("d", "x", { kind: "done", pain: null, escalate: "none" }, "es"), reading: { kind: "done", pain: null, escalate: "therapist" } },
      { message: labelled("e", "x", { kind: "stop", pain: null, escalate: "none" }), reading: { kind: "other", pain: null, escalate: "none" } },
      { message: labelled("f", "x", { kind: "partial", pain: null, escalate: "none" }), reading: { kind: "stop", pain: null, escalate: "none" } },
    ]);
    expect(report.kindAccuracy.all).toMatchObject({ hits: 4, total: 6 });
    expect(report.kindAccuracy.es).toMatchObject({ hits: 1, total: 1 });
    expect(report.emergencyRecall).toMatchObject({ hits: 0, total: 1 });
    expect(report.urgentOrHigherRecall).toMatchObject({ hits: 2, total: 2 });
    expect(report.falseAlarmRate).toMatchObject({ hits: 1, total: 4 });
    expect(report.stopRecall).toMatchObject({ hits: 0, total: 1 });
    expect(report.falseStops).toBe(1);
    expect(report.misreads.map((m) => m.id)).toEqual(["b", "d", "e", "f"]);
    expect(missedTargets(report).join(" ")).toContain("emergency recall");
  });
});

describe("the reader on our own labelled messages", () => {
  const lines = readFileSync(FIXTURE, "utf8").split("\n").filter((l) => l.trim() !== "");
  const items = lines.map((line) => {
    const message = LabelledMessageSchema.parse(JSON.parse(line));
    return { message, reading: readMessage({ text: message.text, lang: message.lang, context: message.context }) };
  });

  it("has a few hundred messages in both languages", () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.message.lang === "es").length).toBeGreaterThanOrEqual(80);
  });

  it("meets the team's targets", () => {
    const report = scoreReadings(items);
    const misread = report.misreads.map((m) => `${m.id} ${m.text} → ${m.got.kind}/${m.got.pain}/${m.got.escalate}`);
    expect(missedTargets(report), misread.join("\n")).toEqual([]);
  });
});
