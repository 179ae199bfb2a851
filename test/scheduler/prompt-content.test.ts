import { describe, expect, it } from "vitest";
import { smsSegments } from "../../src/conversation/sms-length.js";
import type { ChannelName } from "../../src/channels/channel.js";
import { loadReminderTemplates, recallLine, renderNudge, renderPrompt, reminderLang, type PromptItem, type ReminderLang } from "../../src/scheduler/prompt-content.js";

const templates = loadReminderTemplates();
const knee: PromptItem[] = [
  { name: "Quad sets", sets: 3, reps: 10, holdSeconds: 5, videoUrl: "https://v.example/knee/quad-sets" },
  { name: "Heel slides", sets: 2, reps: 15, holdSeconds: 0, videoUrl: "https://v.example/knee/heel-slides" },
  { name: "Straight leg raise", sets: 3, reps: 10, holdSeconds: 0, videoUrl: "https://v.example/knee/slr" },
];
const longUrl = (i: number) => `https://videos.riverside-physio.example/home-exercise-library/lower-limb/knee/${i}-demo.mp4`;
const many: PromptItem[] = Array.from({ length: 8 }, (_, i) => ({ name: `Exercise number ${i + 1}`, sets: 3, reps: 12, holdSeconds: i % 2 ? 5 : 0, videoUrl: longUrl(i) }));

describe("renderPrompt", () => {
  it("SMS: short, with links, and says what to answer", () => {
    const { text, quickReplies } = renderPrompt(knee, "en", "sms", templates);
    expect(text).toBe(
      [
        "Time for today's exercises:",
        "1) Quad sets 3x10, hold 5 s https://v.example/knee/quad-sets",
        "2) Heel slides 2x15 https://v.example/knee/heel-slides",
        "3) Straight leg raise 3x10 https://v.example/knee/slr",
        "Reply DONE, SOME, NOT TODAY or PAIN 0-10",
      ].join("\n"),
    );
    expect(smsSegments(text)).toBeLessThanOrEqual(2);
    expect(quickReplies).toEqual(["done", "partial", "not_done", "pain"]);
  });

  it("SMS: drops links from the end, then items, to stay within three segments", () => {
    const { text } = renderPrompt(many, "en", "sms", templates);
    expect(smsSegments(text)).toBeLessThanOrEqual(3);
    expect(text).toContain(longUrl(0));
    expect(text).not.toContain(longUrl(7));
    expect(text).toContain("8) Exercise number 8 3x12, hold 5 s");
    // A dropped link is said, with how to get it.
    expect(text).toContain("Text VIDEO and the exercise name for its link.");
    expect(text.endsWith("Reply DONE, SOME, NOT TODAY or PAIN 0-10")).toBe(true);

    const huge = Array.from({ length: 30 }, (_, i) => ({ ...many[0]!, name: `A rather long exercise name ${i}` }));
    const cut = renderPrompt(huge, "en", "sms", templates).text;
    expect(smsSegments(cut)).toBeLessThanOrEqual(3);
    expect(cut).toMatch(/\+\d+ more on your handout/);
  });

  it("SMS in Spanish stays in the GSM alphabet where the template decides", () => {
    const { text } = renderPrompt([{ ...knee[1]!, name: "Deslizamientos" }], "es", "sms", templates);
    expect(text).toContain("Hora de sus ejercicios de hoy:");
    expect(text).toContain("Responda HECHO, ALGUNOS, HOY NO o DOLOR 0-10");
    expect(smsSegments(text)).toBe(1);
  });

  it("Telegram: every exercise with its video, buttons carry the answers", () => {
    const { text, quickReplies } = renderPrompt(knee, "en", "telegram", templates);
    expect(text).toContain("Time for today's exercises (3):");
    expect(text).toContain("1. Quad sets: 3 sets of 10, hold 5 seconds\n   Video: https://v.example/knee/quad-sets");
    expect(text).toContain("Tap a button");
    expect(quickReplies).toEqual(["done", "partial", "not_done", "pain"]);
  });

  it("Teams: Markdown", () => {
    const { text } = renderPrompt(knee, "es", "teams", templates);
    expect(text).toContain("**Hora de sus ejercicios de hoy (3):**");
    expect(text).toContain("2. **Heel slides**: 2 series de 15 ([video](https://v.example/knee/heel-slides))");
  });

  it("doses in words people use, per channel and language (issue #14)", () => {
    const held: PromptItem[] = [{ name: "Wall sit", sets: 1, reps: 1, holdSeconds: 300, videoUrl: "https://v.example/wall-sit" }];
    const rows: [ReminderLang, ChannelName, string][] = [
      ["en", "sms", "1) Wall sit 1x1, hold 5 min https://v.example/wall-sit"],
      ["en", "whatsapp", "1) Wall sit 1x1, hold 5 min https://v.example/wall-sit"],
      ["en", "telegram", "1. Wall sit: 1 set of 1, hold 5 minutes"],
      ["en", "teams", "1. **Wall sit**: 1 set of 1, hold 5 minutes ([video](https://v.example/wall-sit))"],
      ["es", "sms", "1) Wall sit 1x1, mantener 5 min https://v.example/wall-sit"],
      ["es", "telegram", "1. Wall sit: 1 serie de 1, mantener 5 minutos"],
      ["es", "teams", "1. **Wall sit**: 1 serie de 1, mantener 5 minutos ([video](https://v.example/wall-sit))"],
    ];
    for (const [lang, channel, line] of rows) {
      const text = renderPrompt(held, lang, channel, templates).text;
      expect(text).toContain(line);
      expect(text).not.toMatch(/1 sets|300 ?s/);
    }
    // The tú register changes the words around the dose, never the dose.
    expect(renderPrompt(held, "es", "telegram", templates, "tu").text).toMatch(/Hora de tus ejercicios[\s\S]*1 serie de 1, mantener 5 minutos[\s\S]*Toca un botón/);
  });

  it("Spanish SMS: accented names no longer force UCS-2 and cut the prompt to '+4 mas' with no videos", () => {
    const names = ["Elevación de pierna recta", "Deslizamiento de talón", "Contracción de cuádriceps", "Puente de glúteos", "Extensión de rodilla sentado"];
    const spanish: PromptItem[] = names.map((name, i) => ({ name, sets: 3, reps: 10, holdSeconds: i % 2 ? 5 : 0, videoUrl: `https://hep.example/v/${i}abcde` }));
    const { text, smsFit } = renderPrompt(spanish, "es", "sms", templates);
    expect(smsFit).toEqual({ segments: smsSegments(text), encoding: "GSM-7", itemsShown: 5, videoLinksShown: 5, accentsDropped: true });
    expect(smsFit!.segments).toBeLessThanOrEqual(3);
    expect(text).toContain("2) Deslizamiento de talon 3x10, mantener 5 s https://hep.example/v/1abcde");
    expect(text).not.toContain("mas");

    // Too many to fit: the message says where the rest are, in the patient's register.
    const huge = Array.from({ length: 20 }, (_, i) => ({ ...spanish[i % 5]!, videoUrl: longUrl(i) }));
    const cut = renderPrompt(huge, "es", "sms", templates, "tu");
    expect(cut.text).toMatch(/\+\d+ mas en tu hoja de ejercicios\nEscribe VIDEO y el nombre del ejercicio para recibir el enlace\.\nResponde HECHO/);
    expect(cut.smsFit!.itemsShown).toBeLessThan(20);
    expect(smsSegments(cut.text)).toBeLessThanOrEqual(3);
    // WhatsApp text has no segments: every exercise keeps its link.
    expect(renderPrompt(huge, "es", "whatsapp", templates).text).toContain(longUrl(19));
  });

  it("a program with no items still prompts", () => {
    expect(renderPrompt([], "en", "sms", templates).text).toBe("Time for your home exercises today.\nReply DONE, SOME, NOT TODAY or PAIN 0-10");
  });

  it("nudges and languages", () => {
    expect(renderNudge("en", "sms", templates).text).toMatch(/Reply DONE/);
    // usted unless the clinic chose tú; prompts and replies alike (issue #12).
    expect(renderNudge("es", "telegram", templates).text).toMatch(/¿pudo/);
    expect(renderNudge("es", "telegram", templates, "tu").text).toMatch(/¿pudiste/);
    // Yesterday's barrier opens the nudge, in the patient's language and the clinic's register.
    const recall = recallLine(templates, "es", "usted", { barrier: "caring", said: "los nietos" });
    expect(renderNudge("es", "sms", templates, "usted", recall).text).toMatch(/^Ayer todo su tiempo fue para los nietos\. .*¿pudo/);
    expect(recallLine(templates, "en", undefined, null)).toBeNull();
    expect([reminderLang("es-MX"), reminderLang("en"), reminderLang(undefined), reminderLang("fr")]).toEqual(["es", "en", "en", "en"]);
  });
});
