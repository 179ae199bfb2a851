import { describe, expect, it } from "vitest";
import { answerExerciseQuestion, findNamedExercises, renderExerciseAnswer, type ExerciseAnswer } from "../../src/conversation/exercise-answer.js";
import { TemplateWriter } from "../../src/conversation/reply-templates.js";
import { asSms, fitsSegments } from "../../src/conversation/sms-length.js";
import type { Lang, ProgramItem } from "../../src/conversation/types.js";
import { program, templates } from "./fixtures.js";

const hip = { en: program("hip-strength-basic", "en"), es: program("hip-strength-basic", "es") };
const knee = program("knee-replacement-early", "en");
const back = program("low-back-pain-gentle", "en");
const writer = (lang: Lang) => new TemplateWriter(templates[lang], () => 0);

function ask(text: string, items: ProgramItem[], lastPromptSlugs: string[] | null = null): ExerciseAnswer {
  return answerExerciseQuestion({ text, program: items, lastPromptSlugs, named: [] });
}
const slugOf = (a: ExerciseAnswer) => ("item" in a ? a.item.slug : null);

describe("finding the exercise a message names", () => {
  it.each([
    ["what does a clamshell look like?", "clamshells"],
    ["how do I do the clam shells", "clamshells"],
    ["the clamshel one, how?", "clamshells"],
    ["what are clams again", "clamshells"],
    ["glute bridge: how many?", "bridges"],
    ["how do i do side lying leg lifts", "side-lying-hip-abduction"],
    ["sit to stands - how many?", "sit-to-stand"],
  ])("%s → %s", (text, slug) => {
    expect(findNamedExercises(text, [], hip.en).map((i) => i.slug)[0]).toBe(slug);
  });

  it.each([
    ["¿cómo se hacen las almejas?", "clamshells"],
    ["¿cuántas repeticiones de los puentes?", "bridges"],
    ["el ejercicio de la almeja", "clamshells"],
  ])("es: %s → %s", (text, slug) => {
    expect(findNamedExercises(text, [], hip.es).map((i) => i.slug)[0]).toBe(slug);
  });

  it("finds nothing in a message about something else", () => {
    expect(findNamedExercises("how many times a day?", [], hip.en)).toEqual([]);
  });
});

describe("answerExerciseQuestion", () => {
  it.each<[string, ProgramItem[], string[] | null, Partial<Record<"kind" | "intent" | "slug" | "tip", string>>]>([
    ["what does a clamshell look like?", hip.en, null, { kind: "answer", intent: "how", slug: "clamshells" }],
    ["how mnay reps?", hip.en, ["bridges"], { kind: "answer", intent: "dose", slug: "bridges" }],
    ["how far do i slide my heel back?", knee, null, { kind: "answer", slug: "heel-slides", tip: "Bend only as far as you can without sharp pain" }],
    ["should I feel it in my back?", back, ["bridges"], { kind: "answer", slug: "bridges", tip: "Arching your low back" }],
    ["am I supposed to feel the bridges in my hamstrings or my bum?", hip.en, null, { kind: "answer", slug: "bridges", tip: "Squeeze your buttocks." }],
    ["what's the third one?", hip.en, null, { kind: "answer", slug: "side-lying-hip-abduction" }],
    ["the second one - how do I do it?", hip.en, ["sit-to-stand", "bridges"], { kind: "answer", slug: "bridges" }],
    ["How many times a day should I do these?", hip.en, null, { kind: "program" }],
    ["how do I do it?", hip.en, ["clamshells", "bridges"], { kind: "which" }],
    ["how do I do it?", hip.en, ["clamshells"], { kind: "answer", slug: "clamshells" }],
  ])("%s", (text, items, last, expected) => {
    const answer = ask(text, items, last);
    expect(answer.kind).toBe(expected.kind);
    if (expected.intent) expect(answer).toMatchObject({ intent: expected.intent });
    if (expected.slug) expect(slugOf(answer)).toBe(expected.slug);
    if (expected.tip) expect(answer).toMatchObject({ tip: { text: expected.tip } });
  });

  it.each([
    ["should I take my pain meds before or after?", "medication"],
    ["can I double up on my oxycodone if the pain is bad after exercising", "medication"],
    ["El médico me recetó tramadol, ¿lo tomo antes de hacer los ejercicios?", "medication"],
    ["my knee clicks during the bridges but doesn't hurt, is that ok?", "is this normal"],
    ["my hip clicks when I do the clamshells", "symptoms"],
    ["is this normal?", "is this normal"],
    ["When will I be able to drive again after my knee replacement?", "return to activity"],
    ["should I ice before or after?", "ice or heat"],
    ["which colour band should I use for the bridges?", "equipment"],
  ])("what the library cannot answer goes to the therapist: %s", (text, topic) => {
    expect(ask(text, hip.en)).toEqual({ kind: "therapist", reason: `question the exercise library cannot answer (${topic})` });
  });

  it("a question about an exercise the library has no line for gets what it has, and the therapist", () => {
    expect(ask("for the clamshells, barefoot or with shoes?", hip.en)).toMatchObject({ kind: "partial", item: { slug: "clamshells" } });
  });

  it("a pain question with nothing to go on goes to the therapist, not \"which one?\"", () => {
    expect(ask("do I stop if it hurts?", hip.en).kind).toBe("therapist");
  });

  it("no program, no answer from the library", () => {
    expect(ask("how many reps?", []).kind).toBe("therapist");
  });
});

describe("renderExerciseAnswer", () => {
  const clamshells = hip.en.find((i) => i.slug === "clamshells")!;

  it("a how-to answer has the steps, the patient's own dose and the video", () => {
    const mine = { ...clamshells, sets: 3, reps: 12, holdSeconds: 5, timesPerDay: 2 };
    const reply = renderExerciseAnswer({ kind: "answer", item: mine, intent: "how", tip: null }, "telegram", writer("en"));
    expect(reply.template).toBe("question.answer.how#0");
    expect(reply.text).toContain("3 sets of 12, hold 5 seconds, 2 times a day");
    expect(reply.text).toContain(clamshells.videoUrl);
    for (const step of clamshells.instructions) expect(reply.text).toContain(step);
  });

  it("one set reads as one set", () => {
    const stretch = hip.en.find((i) => i.slug === "hip-flexor-stretch")!;
    const reply = renderExerciseAnswer({ kind: "answer", item: stretch, intent: "dose", tip: null }, "sms", writer("en"));
    expect(reply.text).toContain(`1 set of ${stretch.reps}`);
  });

  it("a tip answer leads with the fitting cue or mistake", () => {
    const answer = ask("should I feel it in my back?", back, ["bridges"]);
    const reply = renderExerciseAnswer(answer, "sms", writer("en"));
    expect(reply.text).toMatch(/common slip: arching your low back/i);
    expect(reply.text).toContain("https://videos.hepbot.example/bridges");
    // As sent: the engine drops á, í, ó, ú from an SMS when that saves a segment.
    expect(fitsSegments(asSms(reply.text))).toBe(true);
  });

  it("on SMS, drops steps until a dose answer fits two segments, keeping dose and video", () => {
    const answer = ask("how many reps for the clamshells?", hip.en);
    const sms = renderExerciseAnswer(answer, "sms", writer("en"));
    const telegram = renderExerciseAnswer(answer, "telegram", writer("en"));
    expect(fitsSegments(sms.text)).toBe(true);
    expect(sms.text).toContain("2 sets of 10");
    expect(sms.text).toContain(clamshells.videoUrl);
    expect(telegram.text.length).toBeGreaterThanOrEqual(sms.text.length);
    for (const step of clamshells.instructions) expect(telegram.text).toContain(step);
  });

  it("Spanish (UCS-2) answers keep the most relevant part and the video even when they run long", () => {
    const answer = ask("¿cuántas repeticiones de los puentes?", hip.es);
    const reply = renderExerciseAnswer(answer, "sms", writer("es"));
    expect(reply.text).toMatch(/^Puentes: 2 series de 10, sostenga 3 segundos, 1 vez al día\./);
    expect(reply.text).toContain("https://videos.hepbot.example/bridges");
    // As sent: the engine drops á, í, ó, ú from an SMS when that saves a segment.
    expect(fitsSegments(asSms(reply.text))).toBe(true);
  });

  it("a program overview lists every exercise with its dose", () => {
    const reply = renderExerciseAnswer(ask("How many times a day should I do these?", hip.en), "sms", writer("en"));
    for (const item of hip.en) expect(reply.text).toContain(`${item.name} ${item.sets}x${item.reps}`);
    expect(reply.text).toContain("Each one once a day.");
    expect(fitsSegments(reply.text)).toBe(true);
  });

  it.each([
    ["en", "how many reps?", knee],
    ["es", "¿cuántas repeticiones eran?", program("low-back-pain-gentle", "es")],
  ] as const)("%s: a long program done at different times a day is grouped by how often, within two SMS segments", (lang, text, items) => {
    expect(new Set(items.map((i) => i.timesPerDay)).size).toBeGreaterThan(1);
    const reply = renderExerciseAnswer(ask(text, items), "sms", writer(lang));
    for (const item of items) expect(reply.text).toContain(`${item.name} ${item.sets}x${item.reps}`);
    // Each frequency is said once, before its exercises.
    for (const times of new Set(items.map((i) => i.timesPerDay))) {
      const said = times === 1 ? (lang === "en" ? "Once a day:" : "1 vez al día:") : lang === "en" ? `${times} times a day:` : `${times} veces al día:`;
      expect(reply.text.split(said).length - 1).toBe(1);
    }
    expect(fitsSegments(asSms(reply.text))).toBe(true);
  });

  it("asks which exercise, naming the candidates", () => {
    const reply = renderExerciseAnswer(ask("how do I do it?", hip.en, ["clamshells", "bridges"]), "sms", writer("en"));
    expect(reply.text).toBe("Happy to help. Which exercise do you mean: Clamshells or Bridges?");
  });
});
