import { describe, expect, it } from "vitest";
import { decideResponse } from "../../src/conversation/engine.js";
import type { ChannelName } from "../../src/channels/channel.js";
import type { ConversationInput } from "../../src/conversation/types.js";
import { depsWith, input, reading, templates } from "./fixtures.js";

/**
 * Issue #12, item 6, on every path: each book (English, Spanish usted, Spanish tú), every variant,
 * every channel. An emergency says to call now, unconditionally; self-harm is warm and gives the
 * crisis line besides the emergency number; urgent says the therapist was alerted and what to do meanwhile.
 */
const BOOKS = { en: templates.en, es: templates.es, "es-tu": templates["es-tu"]! };
const NOW_WORD = { en: /\bnow\b/i, es: /(?<!\p{L})(?:ahora|ya)(?!\p{L})/iu };
const CONDITIONAL = /\bif\b|(?<!\p{L})si(?!\p{L})/iu;
const lang = (book: keyof typeof BOOKS) => (book === "en" ? "en" : "es");

describe.each(Object.keys(BOOKS) as Array<keyof typeof BOOKS>)("safety templates in %s", (book) => {
  const variants = (family: string) => BOOKS[book][family]!;

  it("every emergency variant says to call the number now, with no condition", () => {
    for (const text of variants("emergency")) {
      expect(text).toContain("{{emergencyNumber}}");
      expect(text).toMatch(NOW_WORD[lang(book)]);
      expect(text).not.toMatch(CONDITIONAL);
    }
  });

  it("self-harm is warm, says to call now, and gives the crisis line besides the emergency number", () => {
    for (const text of variants("emergency.self_harm")) {
      expect(text).toContain("{{emergencyNumber}}");
      expect(text).toContain("{{crisisLine}}");
      expect(text).toMatch(NOW_WORD[lang(book)]);
      expect(text).not.toMatch(CONDITIONAL);
      expect(text).toMatch(book === "en" ? /glad you told me/ : /Gracias por contármelo/);
      expect(text).toMatch(book === "en" ? /sorry/ : /Siento/);
    }
  });

  it("every urgent variant says the therapist was alerted and what to do meanwhile", () => {
    for (const text of variants("urgent")) {
      // Alerted, never only "flagged" (issue #12): the patient hears that someone was told.
      expect(text).toMatch(book === "en" ? /alerted your therapist|therapist has been alerted/ : /(?:Alerté|avisé) a (su|tu) terapeuta/);
      expect(text).not.toMatch(/flagged|marqué/);
      // What to do meanwhile: rest and leave the exercises.
      expect(text).toMatch(book === "en" ? /(?:Until then|Meanwhile), rest/ : /(?:Mientras|Hasta entonces), descans/);
      expect(text).toContain("{{emergencyNumber}}");
    }
  });
});

describe("the engine's safety replies, every language, register, channel and variant", () => {
  const cases: Array<[string, ConversationInput["lang"], "tu" | "usted", ChannelName]> = [];
  for (const channel of ["sms", "telegram", "local"] as ChannelName[]) {
    cases.push(["en", "en", "usted", channel], ["es usted", "es", "usted", channel], ["es tú", "es", "tu", channel]);
  }

  it.each(cases)("%s on %s", (_name, l, register, channel) => {
    const clinic = { name: "Clinic", contact: "", emergencyNumber: "112", crisisLine: "024", spanishRegister: register };
    for (const random of [0, 0.5, 0.99]) {
      const deps = depsWith(() => random);
      const emergency = decideResponse(input(l, "pain", "crushing chest pain", { channel, clinic, reading: reading("pain", { escalate: "emergency", redFlags: ["chest-pain"] }) }), deps);
      expect(emergency.reply!.text).toMatch(/112/);
      expect(emergency.reply!.text).toMatch(NOW_WORD[l]);
      expect(emergency.reply!.text).not.toMatch(CONDITIONAL);
      expect(emergency.actions).toContainEqual(expect.objectContaining({ type: "escalation", level: "emergency" }));

      const selfHarm = decideResponse(input(l, "other", "I want to end it all", { channel, clinic, reading: reading("other", { escalate: "emergency", redFlags: ["self-harm"] }) }), deps);
      expect(selfHarm.reply!.text).toMatch(/112/);
      expect(selfHarm.reply!.text).toMatch(/024/);

      const urgent = decideResponse(input(l, "pain", "pain 9/10", { channel, clinic, reading: reading("pain", { pain: 9, escalate: "urgent" }) }), deps);
      expect(urgent.reply!.text).toMatch(l === "en" ? /therapist/ : /terapeuta/);
      expect(urgent.reply!.text).toMatch(l === "en" ? /Until then|Meanwhile/ : /Mientras|Hasta entonces/);
      expect(urgent.actions).toContainEqual(expect.objectContaining({ type: "escalation", level: "urgent" }));
    }
  });

  it("with no crisis line configured outside the 911 area, the crisis sentence is left out, never 988 (both languages)", () => {
    for (const l of ["en", "es"] as const) {
      const clinic = { name: "Clinic", contact: "", emergencyNumber: "112", crisisLine: "" };
      const reply = decideResponse(input(l, "other", "I want to end it all", { clinic, reading: reading("other", { escalate: "emergency", redFlags: ["self-harm"] }) }), depsWith()).reply!.text;
      expect(reply).toMatch(/112/);
      expect(reply).toMatch(NOW_WORD[l]);
      expect(reply).not.toMatch(/988|crisis|crisis line|\{\{/);
    }
    const us = decideResponse(input("en", "other", "I want to end it all", { clinic: { name: "Clinic", contact: "", crisisLine: "" }, reading: reading("other", { escalate: "emergency", redFlags: ["self-harm"] }) }), depsWith());
    expect(us.reply!.text).toMatch(/911 now.*988/);
  });

  it("an opted-out patient in an emergency is still told to call now", () => {
    const history = { completionDates: [], recentPain: [], paused: false, optedOut: true };
    const outcome = decideResponse(input("en", "pain", "crushing chest pain", { history, reading: reading("pain", { escalate: "emergency", redFlags: ["chest-pain"] }) }), depsWith());
    expect(outcome.reply!.text).toMatch(/call 911 now|call 911 right now/i);
  });
});
