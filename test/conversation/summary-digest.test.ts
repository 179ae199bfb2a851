import { describe, expect, it } from "vitest";
import { digestText } from "../../src/conversation/digest.js";
import { summarizeEscalation, type EscalationSummaryInput } from "../../src/conversation/escalation-summary.js";
import { loadTherapistTemplates } from "../../src/conversation/therapist-templates.js";
import { program } from "./fixtures.js";

const NOW = new Date("2025-03-05T15:00:00Z");
const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3_600_000);
const en = loadTherapistTemplates("en");

const summaryInput: EscalationSummaryInput = {
  escalation: { level: "therapist", reason: "pain 6/10" },
  message: { text: "hip is sore, about six out of ten", at: NOW },
  program: program("hip-strength-basic", "en"),
  completionDates: ["2025-03-04", "2025-03-03", "2025-03-01", "2025-02-20"],
  painScores: [
    { score: 2, at: ago(4) },
    { score: 3, at: ago(3) },
    { score: 2, at: ago(2) },
    { score: 6, at: NOW },
  ],
  recentMessages: [
    { from: "hepbot", text: "Time for your exercises: Clamshells, Bridges", at: ago(0, 3) },
    { from: "patient", text: "hip is sore, about six out of ten", at: NOW },
    { from: "patient", text: "done", at: ago(1) },
    { from: "hepbot", text: "Nice work", at: ago(1) },
    { from: "patient", text: "an old message that should not show", at: ago(6) },
  ],
  now: NOW,
  timeZone: "America/New_York",
};

describe("summarizeEscalation", () => {
  it("says what happened, the program, adherence, the pain trend and the last messages", () => {
    const text = summarizeEscalation(summaryInput, en);
    expect(text.split("\n")).toEqual([
      "Review: pain 6/10",
      'Message (Mar 5, 10:00): "hip is sore, about six out of ten"',
      "Program: Clamshells 2x10 (2 s), Bridges 2x10 (3 s), Side-lying leg lifts 2x10 (2 s), Standing hip extension 2x10 (2 s), Sit to stand 2x10, Hip flexor stretch 1x3 (30 s)",
      "Adherence: 3 of the last 7 days",
      "Pain: 2, 3, 2, 6 (baseline 2)",
      "Recent messages:",
      "- patient Mar 4, 10:00: done",
      "- hepbot Mar 4, 10:00: Nice work",
      "- hepbot Mar 5, 07:00: Time for your exercises: Clamshells, Bridges",
      "- patient Mar 5, 10:00: hip is sore, about six out of ten",
    ]);
  });

  it("urgent and no-reply summaries, with no pain on record", () => {
    const text = summarizeEscalation(
      { ...summaryInput, escalation: { level: "urgent", reason: "no reply to prompts on 3 days" }, message: null, painScores: [], recentMessages: [] },
      en,
    );
    expect(text).toContain("URGENT (same day): no reply to prompts on 3 days");
    expect(text).toContain("Pain: no scores in the last 14 days");
    expect(text).not.toContain("Message (");
  });

  it("long messages are shortened", () => {
    const long = "my knee ".repeat(60);
    const text = summarizeEscalation({ ...summaryInput, message: { text: long, at: NOW } }, en);
    expect(text.split("\n")[1]!.length).toBeLessThan(200);
    expect(text).toContain("…");
  });

  it("can be written in Spanish for a Spanish-speaking therapist", () => {
    const text = summarizeEscalation({ ...summaryInput, lang: "es" }, loadTherapistTemplates("es"));
    expect(text).toContain("Revisar: pain 6/10");
    expect(text).toContain("Adherencia: 3 de los últimos 7 días");
  });
});

describe("digestText", () => {
  it("escalations (most serious first), adherence (lowest first), then who is silent", () => {
    const text = digestText(
      {
        date: "2025-03-05",
        now: NOW,
        patients: [
          { label: "Tom R.", completedDaysLast7: 6, lastPain: 2 },
          { label: "Maria G.", completedDaysLast7: 1, lastPain: null },
        ],
        openEscalations: [
          { patient: "Tom R.", level: "therapist", reason: "pain 6/10", openedAt: ago(0, 5) },
          { patient: "Maria G.", level: "urgent", reason: "patient reported a fall", openedAt: ago(3) },
        ],
        notEngaging: ["Maria G."],
      },
      en,
    );
    expect(text.split("\n")).toEqual([
      "hepbot daily digest, 2025-03-05",
      "Open escalations (2):",
      "- Maria G.: urgent, patient reported a fall (open 3 d)",
      "- Tom R.: therapist, pain 6/10 (open 5 h)",
      "Adherence, last 7 days:",
      "- Maria G.: 1/7 days",
      "- Tom R.: 6/7 days, last pain 2/10",
      "Not replying for 3+ days: Maria G.",
    ]);
  });

  it("a quiet day", () => {
    const text = digestText({ date: "2025-03-05", now: NOW, patients: [], openEscalations: [], notEngaging: [] }, en);
    expect(text).toBe(
      ["hepbot daily digest, 2025-03-05", "No open escalations.", "No active patients.", "Everyone has replied in the last 3 days."].join("\n"),
    );
  });
});
