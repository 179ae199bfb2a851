import { describe, expect, it } from "vitest";
import { digestText } from "../../src/conversation/digest.js";
import { buildEscalationCard, parseStoredCard, type EscalationCardInput } from "../../src/conversation/escalation-card.js";
import { cardText } from "../../src/conversation/escalation-card-text.js";
import { TemplateWriter } from "../../src/conversation/reply-templates.js";
import { loadTherapistTemplates } from "../../src/conversation/therapist-templates.js";

const NOW = new Date("2025-03-05T15:00:00Z");
const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3_600_000);
const en = loadTherapistTemplates("en");
const writer = (lang: "en" | "es" = "en") => new TemplateWriter(loadTherapistTemplates(lang), () => 0);
const MADRID = { timeZone: "Europe/Madrid", locale: "en" };

const base: EscalationCardInput = {
  escalation: { level: "therapist", reason: "pain 7/10" },
  redFlags: [],
  message: { text: "did my squats, knee is 7/10 now", at: NOW },
  pain: 7,
  exercises: ["Squats"],
  previousPain: [
    { score: 3, at: ago(6) },
    { score: 2, at: ago(4) },
    { score: 3, at: ago(2) },
    { score: 9, at: ago(30) },
  ],
  completionDates: ["2025-03-04", "2025-03-03", "2025-03-01", "2025-02-20"],
  told: "Thanks for telling me. I have passed this on to your therapist.",
  now: NOW,
  patientTimeZone: "America/New_York",
};

describe("buildEscalationCard: the headline in plain words", () => {
  const cases: Array<[string, Partial<EscalationCardInput>, string]> = [
    ["pain after an exercise, above the usual", {}, "Pain 7/10 after Squats — up from 3 recently"],
    ["pain with no exercise named and no usual yet", { exercises: [], previousPain: [] }, "Pain 7/10"],
    ["pain at the usual level", { pain: 3, escalation: { level: "therapist", reason: "pain 3/10" } }, "Pain 3/10 after Squats — about their usual"],
    [
      "a stroke red flag",
      { escalation: { level: "emergency", reason: "red flags: stroke-signs" }, redFlags: ["stroke-signs"], pain: null, message: { text: "his face is drooping and his speech is slurred", at: NOW } },
      "Possible stroke signs",
    ],
    [
      "two red flags and a score",
      { escalation: { level: "emergency", reason: "red flags: chest-pain, breathing-trouble; pain 8/10" }, redFlags: ["chest-pain", "breathing-trouble"], pain: 8, exercises: [] },
      "Chest pain and Trouble breathing · pain 8/10 — up from 3 recently",
    ],
    ["three red flags", { redFlags: ["fall", "head-strike", "heavy-bleeding"], pain: null }, "Had a fall, Hit their head and 1 more"],
    ["a scheduler finding", { escalation: { level: "therapist", reason: "no reply to prompts on 3 days" }, pain: null, message: null }, "No reply to prompts on 3 days"],
    ["an unknown red flag id is shown, not hidden", { redFlags: ["new-rule"], pain: null }, "New rule"],
  ];
  it.each(cases)("%s", (_name, change, headline) => {
    expect(buildEscalationCard({ ...base, ...change }).headline).toBe(headline);
  });
});

describe("buildEscalationCard: why, figures and what hepbot said", () => {
  it("names the stroke concepts the message states, in the rule's words", () => {
    const card = buildEscalationCard({
      ...base,
      escalation: { level: "emergency", reason: "red flags: stroke-signs" },
      redFlags: ["stroke-signs"],
      pain: null,
      message: { text: "his face is drooping and his speech is slurred", at: NOW },
    });
    expect(card.why).toEqual(["Face drooping, lopsided or numb (BE-FAST: Face).", "Speech slurred, jumbled or words not coming out (BE-FAST: Speech).", "A stroke named, or slurring (not one long ago)."]);
  });

  it("a table rule gives its description; a pain score gives the rule that made it a review", () => {
    const card = buildEscalationCard({ ...base, escalation: { level: "urgent", reason: "red flags: pain-much-worse; pain 7/10" }, redFlags: ["pain-much-worse"] });
    expect(card.why).toEqual(["Pain much worse than before, or worse and not settling with rest; cannot bear weight.", "Pain 7/10: 8 or more is urgent, 5 to 7 is for your review."]);
  });

  it("pain trend and 7-day adherence as small figures; old scores left out", () => {
    const card = buildEscalationCard(base);
    expect(card.pain).toEqual({ latest: 7, usual: 3, recent: [3, 2, 3, 7] });
    expect(card.adherence).toEqual({ done: 3, of: 7 });
    expect(card.message).toEqual({ text: "did my squats, knee is 7/10 now", at: NOW });
    expect(card.told).toBe(base.told);
  });

  it("survives a round trip through the database column; junk reads as no card", () => {
    const card = buildEscalationCard(base);
    expect(parseStoredCard(JSON.stringify(card))).toEqual(card);
    expect(parseStoredCard("{not json")).toBeNull();
    expect(parseStoredCard(JSON.stringify({ version: 2 }))).toBeNull();
    expect(parseStoredCard(null)).toBeNull();
  });
});

describe("cardText: fitted to where it is read", () => {
  const card = buildEscalationCard(base);

  it("the summary: headline, why, the message with a labelled clinic time, figures and hepbot's reply", () => {
    expect(cardText(card, "Harold Jennings", "summary", writer(), MADRID).split("\n")).toEqual([
      "Review: Pain 7/10 after Squats — up from 3 recently",
      "Why: Pain 7/10: 8 or more is urgent, 5 to 7 is for your review.",
      'Message (Mar 5, 16:00 GMT+1): "did my squats, knee is 7/10 now"',
      "Pain 7/10, usually 3 (3, 2, 3, 7) · Exercises 3 of the last 7 days",
      'hepbot told them: "Thanks for telling me. I have passed this on to your therapist."',
    ]);
  });

  it("a chat alert names the patient and ends with where to respond", () => {
    const lines = cardText(card, "Harold Jennings", "chat", writer(), MADRID).split("\n");
    expect(lines[0]).toBe("hepbot Review: Harold Jennings");
    expect(lines[1]).toBe("Pain 7/10 after Squats — up from 3 recently");
    expect(lines.at(-1)).toBe("Open the hepbot inbox to respond.");
  });

  it("an SMS alert fits two segments, even for a long message", () => {
    const long = buildEscalationCard({ ...base, message: { text: "my knee ".repeat(80), at: NOW } });
    const sms = cardText(long, "Harold Jennings", "sms", writer(), MADRID);
    expect(sms.length).toBeLessThanOrEqual(300);
    expect(sms).toMatch(/^hepbot Review: Harold Jennings\. Pain 7\/10 after Squats — up from 3 recently\. "my knee my knee .*…" Open the hepbot inbox\.$/);
  });

  it("in Spanish for a Spanish-speaking therapist", () => {
    const text = cardText(card, "Harold", "chat", writer("es"), { timeZone: "Europe/Madrid", locale: "es" });
    expect(text).toContain("Dolor 7/10, normalmente 3 (3, 2, 3, 7) · Ejercicios 3 de los últimos 7 días");
    expect(text).toContain("Abra la bandeja de hepbot para responder.");
  });

  it("with no pain on record", () => {
    const quiet = buildEscalationCard({ ...base, pain: null, previousPain: [], escalation: { level: "urgent", reason: "no reply to prompts on 3 days" }, message: null, told: null });
    expect(cardText(quiet, "Harold", "summary", writer(), MADRID).split("\n")).toEqual([
      "URGENT (same day): No reply to prompts on 3 days",
      "Why: No reply to prompts on 3 days.",
      "Pain none on record · Exercises 3 of the last 7 days",
    ]);
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

  it("an escalation with a card is listed by its headline", () => {
    const text = digestText(
      {
        date: "2025-03-05",
        now: NOW,
        patients: [],
        openEscalations: [{ patient: "Tom R.", level: "urgent", reason: "red flags: fall", headline: "Had a fall", openedAt: ago(0, 2) }],
        notEngaging: [],
      },
      en,
    );
    expect(text.split("\n")[2]).toBe("- Tom R.: urgent, Had a fall (open 2 h)");
  });

  it("a quiet day", () => {
    const text = digestText({ date: "2025-03-05", now: NOW, patients: [], openEscalations: [], notEngaging: [] }, en);
    expect(text).toBe(
      ["hepbot daily digest, 2025-03-05", "No open escalations.", "No active patients.", "Everyone has replied in the last 3 days."].join("\n"),
    );
  });
});
