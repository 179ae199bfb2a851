import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/prompts/templates.js";
import { decideResponse } from "../../src/conversation/engine.js";
import { asSms, fitsSegments, smsEncoding, smsLength, smsSegments, twoSegmentLimit, withoutSpanishAccents } from "../../src/conversation/sms-length.js";
import type { Lang } from "../../src/conversation/types.js";
import { ENGINE_CASES } from "./cases.js";
import { depsWith, templates } from "./fixtures.js";

describe("sms-length", () => {
  it.each([
    ["Done!", "GSM-7", 5, 1],
    ["a".repeat(160), "GSM-7", 160, 1],
    ["a".repeat(161), "GSM-7", 161, 2],
    ["a".repeat(306), "GSM-7", 306, 2],
    ["a".repeat(307), "GSM-7", 307, 3],
    ["¡Hola! ¿Qué tal? Ñandú", "UCS-2", 22, 1], // "é" and "ú": é is GSM-7, ú is not
    ["¡Hola! ¿Qué tal?", "GSM-7", 16, 1], // ¡ ¿ é are all in the GSM-7 alphabet
    ["Días", "UCS-2", 4, 1],
    ["a".repeat(70) + "í", "UCS-2", 71, 2],
    ["í".repeat(134), "UCS-2", 134, 2],
    ["í".repeat(135), "UCS-2", 135, 3],
    ["Great 💪", "UCS-2", 8, 1], // an emoji is two UTF-16 code units
    ["price {5} [x] ~ | € ^ \\", "GSM-7", 32, 1], // extension characters cost two
  ] as const)("%j", (text, encoding, length, segments) => {
    expect(smsEncoding(text)).toBe(encoding);
    expect(smsLength(text)).toBe(length);
    expect(smsSegments(text)).toBe(segments);
  });

  it("an SMS drops á, í, ó, ú only when that saves a segment; é, ñ, ü, ¿ and ¡ are GSM-7 and stay", () => {
    expect(withoutSpanishAccents("¿Cómo está? Sí, señor: pingüino, vídeo, ÚLTIMO, Ángel")).toBe("¿Como esta? Si, señor: pingüino, video, ULTIMO, Angel");
    expect(asSms("Gracias, ¿cómo va?")).toBe("Gracias, ¿cómo va?");
    const long = `Recuerde: ${"sesión ".repeat(12)}`;
    expect(smsSegments(long)).toBe(2);
    expect(asSms(long)).toBe(withoutSpanishAccents(long));
    expect(smsSegments(asSms(long))).toBe(1);
  });

  it("two segments hold 306 GSM-7 or 134 UCS-2 characters", () => {
    expect(twoSegmentLimit("hello")).toBe(306);
    expect(twoSegmentLimit("sesión")).toBe(134);
    expect(fitsSegments("a".repeat(306))).toBe(true);
    expect(fitsSegments("ó".repeat(135))).toBe(false);
  });
});

/** Realistic values, on the long side, for every placeholder a patient-facing template may use. */
const REALISTIC: Record<Lang, Record<string, string | number>> = {
  en: {
    emergencyNumber: "911",
    clinicName: "Riverside Physical Therapy",
    clinicContact: "(555) 010-0100",
    when: "in the afternoons",
    streak: 30,
    score: 4,
    times: "7:30 PM and 12:30 PM",
    date: "Wednesday, September 10",
    name: "Standing hip extension",
    list: "Clamshells, Bridges or Standing hip extension",
    said: "looking after someone",
    names: "Clamshells, Bridges and Standing hip extension",
    crisisLine: "988",
    removed: "8:00 AM",
    added: "12:30 PM",
    days: "Mondays, Wednesdays and Saturdays",
    time: "12:30 PM",
    from: "Wednesday, September 10",
    day: "tomorrow",
    count: 4,
  },
  es: {
    emergencyNumber: "112",
    clinicName: "Clínica Río Claro",
    clinicContact: "912 345 678",
    when: "después del trabajo",
    streak: 30,
    score: 4,
    times: "19:30 y 12:30",
    date: "miércoles, 10 de septiembre",
    name: "Extensión de cadera de pie",
    list: "Almejas, Puentes o Extensión de cadera de pie",
    said: "la falta de tiempo",
    names: "Almejas, Puentes y Extensión de cadera de pie",
    crisisLine: "024",
    removed: "08:00",
    added: "12:30",
    days: "lunes, miércoles y sábados",
    time: "12:30",
    from: "miércoles, 10 de septiembre",
    day: "mañana",
    count: 4,
  },
};

// Exercise answers carry library text of any length; they are checked through the engine below.
const EXERCISE_TEXT = /^(question\.(answer|partial|program)|today\.list|dose\.|answer\.|list\.)/;

describe("every patient-facing template fits two SMS segments with realistic values", () => {
  for (const lang of ["en", "es"] as const) {
    for (const [family, variants] of Object.entries(templates[lang])) {
      if (EXERCISE_TEXT.test(family)) continue;
      variants.forEach((variant, i) => {
        it(`${lang} ${family}#${i}`, () => {
          // As sent: a Spanish SMS drops á, í, ó, ú when that saves a segment.
          const text = asSms(fillTemplate(variant, REALISTIC[lang]));
          expect(smsLength(text), text).toBeLessThanOrEqual(twoSegmentLimit(text));
        });
      });
    }
  }
});

describe("every SMS reply the engine makes in the case table fits two segments", () => {
  it.each(ENGINE_CASES.filter((c) => c.input.channel === "sms"))("$name", (c) => {
    for (const r of [0, 0.5, 0.99]) {
      const reply = decideResponse(c.input, depsWith(() => r)).reply;
      if (reply === null) continue;
      // A Spanish "how do I…" answer keeps every step and may run long; none is in this table.
      expect(fitsSegments(reply.text), reply.text).toBe(true);
    }
  });
});
