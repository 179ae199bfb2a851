import { describe, expect, it } from "vitest";
import { readOutcomeAnswer, splitActivities } from "../../src/outcomes/answer.js";
import { nextOutcomeQuestion, type AskedQuestion, type DueInput } from "../../src/outcomes/due.js";
import { MCID, OutcomeSettingsSchema, type QuestionKind } from "../../src/outcomes/measures.js";
import { questionText } from "../../src/outcomes/questions.js";
import { decideOutcomeTurn, type OpenQuestion } from "../../src/outcomes/turn.js";
import { readMessage } from "../../src/reading/reader.js";

describe("reading an answer to an outcome question", () => {
  it.each<[QuestionKind, string, ReturnType<typeof readOutcomeAnswer>]>([
    ["nprs", "7", { type: "value", value: 7 }],
    ["nprs", "7/10", { type: "value", value: 7 }],
    ["nprs", "about a six", { type: "value", value: 6 }],
    ["nprs", "siete", { type: "value", value: 7 }],
    ["nprs", "un 3 de 10", { type: "value", value: 3 }],
    ["nprs", "zero today", { type: "value", value: 0 }],
    ["nprs", "Diez", { type: "value", value: 10 }],
    ["nprs", "it's a 4 out of ten", { type: "value", value: 4 }],
    ["psfs_rating", "ocho", { type: "value", value: 8 }],
    ["grc", "5", { type: "value", value: 5 }],
    ["grc", "seis", { type: "value", value: 6 }],
    // out of range, two numbers, no number: asked again
    ["nprs", "12", { type: "unclear" }],
    ["grc", "0", { type: "unclear" }],
    ["grc", "9", { type: "unclear" }],
    ["nprs", "6 or 8", { type: "unclear" }],
    ["nprs", "hmm not sure", { type: "unclear" }],
    ["nprs", "walked 20 minutes", { type: "unclear" }],
    ["nprs", "skip", { type: "skip" }],
    ["nprs", "I'd rather not say", { type: "skip" }],
    ["psfs_rating", "prefiero no contestar", { type: "skip" }],
    ["grc", "SALTAR", { type: "skip" }],
    ["nprs", "no more surveys please", { type: "stop_surveys" }],
    ["psfs_activities", "No más encuestas", { type: "stop_surveys" }],
    ["grc", "please stop sending me questionnaires", { type: "stop_surveys" }],
    ["psfs_activities", "climbing stairs, gardening and lifting my grandson", { type: "activities", names: ["climbing stairs", "gardening", "lifting my grandson"] }],
    ["psfs_activities", "Subir escaleras y cargar a mi nieto", { type: "activities", names: ["Subir escaleras", "cargar a mi nieto"] }],
    ["psfs_activities", "1. walking 2. stairs 3. golf 4. tennis", { type: "activities", names: ["walking", "stairs", "golf"] }],
    ["psfs_activities", "?", { type: "not_an_answer" }],
    ["psfs_activities", "..", { type: "unclear" }],
    ["psfs_activities", "I struggle with stairs and gardening", { type: "activities", names: ["I struggle with stairs", "gardening"] }],
    ["psfs_activities", "getting out of the car", { type: "activities", names: ["getting out of the car"] }],
    // answering the day's prompt, sent a minute before: news in sentences, or a question
    ["psfs_activities", "grandkids are here all week, house is chaos", { type: "not_an_answer" }],
    ["psfs_activities", "what's on for today", { type: "not_an_answer" }],
    ["psfs_activities", "I was too tired after my shift", { type: "not_an_answer" }],
    ["psfs_activities", "hoy no pude, tengo visitas", { type: "not_an_answer" }],
  ])("%s: %j", (kind, text, expected) => {
    expect(readOutcomeAnswer(kind, text)).toEqual(expected);
  });

  it("keeps activity names short", () => {
    expect(splitActivities("x".repeat(200))[0]).toHaveLength(60);
  });
});

describe("which question is due", () => {
  const settings = OutcomeSettingsSchema.parse({ measures: ["nprs", "psfs", "grc"] });
  // 2026-03-02 is a Monday; the patient chose Thursdays for pain.
  const base: DueInput = {
    settings,
    course: { startDate: "2026-03-02", endDate: "2026-04-10", painWeekday: 4 },
    localDate: "2026-03-02",
    asked: [],
    activities: null,
    surveysOptedOut: false,
  };
  const asked = (kind: QuestionKind, occasion: string, item = 0): AskedQuestion => ({ kind, item, occasion });

  it.each<[string, Partial<DueInput>, ReturnType<typeof nextOutcomeQuestion>]>([
    ["the first day asks for the activities", {}, { kind: "psfs_activities", item: 0, occasion: "2026-03-02" }],
    [
      "then rates the first named activity",
      { asked: [asked("psfs_activities", "2026-03-02")], activities: ["stairs", "golf"] },
      { kind: "psfs_rating", item: 0, activity: "stairs", occasion: "2026-03-02" },
    ],
    [
      "then the second",
      { asked: [asked("psfs_activities", "2026-03-02"), asked("psfs_rating", "2026-03-02", 0)], activities: ["stairs", "golf"] },
      { kind: "psfs_rating", item: 1, activity: "golf", occasion: "2026-03-02" },
    ],
    [
      "activities skipped: nothing more that day",
      { asked: [asked("psfs_activities", "2026-03-02")] },
      null,
    ],
    ["a Tuesday: nothing", { localDate: "2026-03-03" }, null],
    ["the patient's Thursday: pain", { localDate: "2026-03-05" }, { kind: "nprs", item: 0, occasion: "2026-03-05" }],
    ["pain asked once a day", { localDate: "2026-03-05", asked: [asked("nprs", "2026-03-05")] }, null],
    [
      "two weeks in: PSFS with the activities named before",
      { localDate: "2026-03-16", activities: ["stairs"] },
      { kind: "psfs_rating", item: 0, activity: "stairs", occasion: "2026-03-16" },
    ],
    ["one week in: no PSFS", { localDate: "2026-03-09", activities: ["stairs"] }, null],
    [
      "discharge: PSFS, then the global rating of change",
      { localDate: "2026-04-10", activities: ["stairs"], asked: [asked("psfs_rating", "2026-04-10", 0)] },
      { kind: "grc", item: 0, occasion: "2026-04-10" },
    ],
    ["after discharge: nothing", { localDate: "2026-04-16" }, null],
    ["before the start: nothing", { localDate: "2026-02-26" }, null],
    ["no more surveys: nothing", { surveysOptedOut: true }, null],
    ["pain only", { settings: OutcomeSettingsSchema.parse({ measures: ["nprs"] }) }, null],
    [
      "pain every 2 weeks skips the second Thursday",
      { settings: OutcomeSettingsSchema.parse({ measures: ["nprs"], nprsEveryWeeks: 2 }), localDate: "2026-03-12" },
      null,
    ],
    [
      "and asks on the third",
      { settings: OutcomeSettingsSchema.parse({ measures: ["nprs"], nprsEveryWeeks: 2 }), localDate: "2026-03-19" },
      { kind: "nprs", item: 0, occasion: "2026-03-19" },
    ],
    ["no discharge date: no global rating", { course: { startDate: "2026-03-02", endDate: null, painWeekday: 4 }, localDate: "2026-04-10", settings: OutcomeSettingsSchema.parse({ measures: ["grc"] }) }, null],
  ])("%s", (_, over, expected) => {
    expect(nextOutcomeQuestion({ ...base, ...over })).toEqual(expected);
  });

  it("has the MCIDs in one place", () => {
    expect(MCID).toEqual({ nprs: 2, psfs: 2 });
  });

  it("words the questions in the patient's language and register", () => {
    expect(questionText({ kind: "psfs_rating", item: 0, activity: "golf", occasion: "x" }, "en")).toContain('"golf"');
    expect(questionText({ kind: "nprs", item: 0, occasion: "x" }, "es")).toContain("tiene");
    expect(questionText({ kind: "nprs", item: 0, occasion: "x" }, "es", "tu")).toContain("tienes");
  });
});

describe("what a message does to an open question", () => {
  const open = (kind: QuestionKind, reasked = false): OpenQuestion => ({ id: "q1", kind, item: 0, occasion: "2026-03-05", activity: null, reasked });
  const turn = (question: OpenQuestion | null, text: string) => decideOutcomeTurn(question, text, readMessage({ text, lang: "en", context: ["Heel slides"] }));

  it.each<[OpenQuestion | null, string, ReturnType<typeof decideOutcomeTurn>["type"]]>([
    [open("nprs"), "6", "value"],
    [open("nprs"), "seis", "value"],
    [open("psfs_rating"), "7/10", "value"],
    [open("psfs_activities"), "stairs, golf", "activities"],
    [open("nprs"), "skip", "skip"],
    [open("nprs"), "no more surveys", "stop_surveys"],
    [null, "no more surveys", "stop_surveys"],
    [open("nprs"), "stop sending me questionnaires", "stop_surveys"],
    [open("nprs"), "no more questions please", "stop_surveys"],
    [open("grc"), "basta de preguntas", "stop_surveys"],
    [open("nprs"), "STOP", "pass"],
    [open("nprs"), "done", "pass"],
    [open("psfs_activities"), "done", "pass"],
    [open("psfs_activities"), "grandkids are here all week", "pass"],
    [open("psfs_activities"), "what's on for today?", "pass"],
    [open("nprs"), "how do I do heel slides?", "pass"],
    [open("psfs_rating"), "my knee pain is 6", "pass"],
    [open("nprs"), "hmm", "reask"],
    [open("nprs", true), "hmm", "give_up"],
    [null, "7", "pass"],
  ])("%j → %s", (question, text, expected) => {
    expect(turn(question, text).type).toBe(expected);
  });

  it("a red flag with no readable answer goes to triage, never asked again", () => {
    expect(turn(open("nprs"), "my calf is hot and swollen").type).toBe("pass");
  });
});
