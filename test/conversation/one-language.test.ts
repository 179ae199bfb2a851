import { describe, expect, it } from "vitest";
import { otherLanguageWord, spanishRegisterOf } from "../../src/conversation/language-check.js";
import { dropSentencesWithoutValues } from "../../src/conversation/reply-templates.js";
import { loadReminderTemplates } from "../../src/scheduler/prompt-content.js";
import { fillTemplate } from "../../src/prompts/templates.js";
import { templates } from "./fixtures.js";
import { programChangeWords } from "../../src/care/programs/program-change.js";

/**
 * Issue #12, item 5: every reply entirely in the patient's language, and Spanish in one register.
 * Every template is filled, in both languages (and both Spanish registers), and scanned for the
 * other language's words. Carrier keywords (START, STOP, HELP…) and "hepbot" are names, not English.
 */
const VALUES: Record<"en" | "es", Record<string, string | number>> = {
  en: {
    emergencyNumber: "911", crisisLine: "988", clinicName: "Riverside PT", clinicContact: "555-0100", streak: 5, score: 3, times: "8:00 AM", when: "before 10:00 AM",
    date: "Monday, June 15", from: "Monday, June 8", name: "Bridges", list: "Bridges", dose: "2 sets of 10", steps: "1) Lie down.", tip: "Tip: go slow.",
    videoUrl: "https://v.example/b", url: "https://v.example/b", said: "work", names: "Bridges", removed: "8:00 AM", added: "1:00 PM", days: "Saturdays and Sundays", time: "7:00 AM", day: "today", count: 2, n: 1, step: "Lie down.",
    cue: "go slow", mistake: "rushing", sets: 2, reps: 10, hold: "5 seconds", perDay: "once a day",
    changes: programChangeWords([{ name: "Bridges", sets: 2, reps: 10, holdSeconds: 0 }], [{ name: "Bridges", sets: 1, reps: 10, holdSeconds: 300 }, { name: "Clamshells", sets: 2, reps: 10, holdSeconds: 0 }], "en", "long"),
  },
  es: {
    emergencyNumber: "112", crisisLine: "024", clinicName: "Clínica Río", clinicContact: "912 345 678", streak: 5, score: 3, times: "08:00", when: "después de las 18:00",
    date: "lunes, 15 de junio", from: "lunes, 8 de junio", name: "Puentes", list: "Puentes", dose: "2 series de 10", steps: "1) Túmbese.", tip: "Consejo: despacio.",
    videoUrl: "https://v.example/b", url: "https://v.example/b", said: "el trabajo", names: "Puentes", removed: "08:00", added: "13:00", days: "sábados y domingos", time: "07:00", day: "hoy", count: 2, n: 1, step: "Túmbese.",
    cue: "despacio", mistake: "ir rápido", sets: 2, reps: 10, hold: "5 segundos", perDay: "1 vez al día",
    changes: programChangeWords([{ name: "Puentes", sets: 2, reps: 10, holdSeconds: 0 }], [{ name: "Puentes", sets: 1, reps: 10, holdSeconds: 300 }, { name: "Almejas", sets: 2, reps: 10, holdSeconds: 0 }], "es", "long"),
  },
};
const NAMES = /\b(?:START|STOP|HELP|hepbot|Video)\b|https?:\/\/\S+/g;
// Whole words, accents included (JavaScript's \b ends a word at "ú").
const words = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, "iu");
const ENGLISH = words("the|your|you|and|with|clinic|call|now|please|thanks|reminders?|therapist|today|tomorrow|if|what|this|that|is|are|of|to|for|in|on|at|it|or|done|logged|great|nice|good|tip|dose|sets?|hold|minutes?|seconds?|more|day|days|week|time|times|reply|text|back|will|would|can|I|I'm|I've|me know|here|there|help|pain|video link");
const SPANISH = words("su|sus|usted|el|los|las|para|gracias|llame|ahora|terapeuta|hoy|mañana|recordatorios?|clínica|que|qué|por|del|una|y|de|es|con|sin|muy|bien|hecho|anotado|series|sostenga|segundos|minutos|días?|semana|vez|veces|ejercicios?|dolor|ayuda|le|lo|se|mi|más|pero|como|cómo|está|hora");
// "le" is left out: "le pasé tu mensaje a tu terapeuta" is tú, the "le" is the therapist.
const USTED = words("usted|su|sus|llame|responda|escríbame|cuénteme|pregúnteme|dígame|sostenga|quiere|prefiere|necesite|comuníquese|toque|termine|pudo");
const TU = words("tú|tu|tus|te|ti|llama|responde|escríbeme|cuéntame|pregúntame|dime|sostén|quieres|prefieres|necesites|comunícate|toca|termines|pudiste");

function filled(book: Record<string, string[]>, lang: "en" | "es"): Array<[string, string]> {
  return Object.entries(book).flatMap(([family, variants]) =>
    variants.map((v, i): [string, string] => [`${family}#${i}`, fillTemplate(v, VALUES[lang]).replace(NAMES, " ")]),
  );
}

describe("every reply template is in one language", () => {
  it("English replies have no Spanish words", () => {
    for (const [id, text] of filled(templates.en, "en")) expect(text, id).not.toMatch(SPANISH);
  });
  it("Spanish replies (usted and tú) have no English words", () => {
    for (const [id, text] of [...filled(templates.es, "es"), ...filled(templates["es-tu"]!, "es")]) expect(text, id).not.toMatch(ENGLISH);
  });
});

describe("Spanish is in one register: the clinic's", () => {
  it("the usted book never says tú", () => {
    for (const [id, text] of filled(templates.es, "es")) expect(text, id).not.toMatch(TU);
  });
  it("the tú book never says usted", () => {
    for (const [id, text] of filled(templates["es-tu"]!, "es")) expect(text, id).not.toMatch(USTED);
  });
  it("the tú book has every family of the usted book", () => {
    expect(Object.keys(templates["es-tu"]!).sort()).toEqual(Object.keys(templates.es).sort());
  });
  it("prompts and nudges follow the same register", () => {
    const reminders = loadReminderTemplates();
    for (const [key, text] of Object.entries(reminders.es)) expect(fillTemplate(text!, VALUES.es).replace(NAMES, " "), key).not.toMatch(TU);
    for (const [key, text] of Object.entries(reminders["es-tu"])) expect(fillTemplate(text!, VALUES.es).replace(NAMES, " "), key).not.toMatch(USTED);
    for (const [key, text] of Object.entries(reminders.es)) expect(fillTemplate(text!, VALUES.es).replace(NAMES, " "), key).not.toMatch(ENGLISH);
    for (const [key, text] of Object.entries(reminders.en)) expect(fillTemplate(text!, VALUES.en).replace(NAMES, " "), key).not.toMatch(SPANISH);
  });
});

describe("the check model phrasing must pass agrees with every template", () => {
  it("no template fails the language or register check applied to the model", () => {
    for (const [id, text] of filled(templates.en, "en")) expect(otherLanguageWord(text, "en"), id).toBeNull();
    for (const [id, text] of filled(templates.es, "es")) {
      expect(otherLanguageWord(text, "es"), id).toBeNull();
      expect([null, "usted"], id).toContain(spanishRegisterOf(text));
    }
    for (const [id, text] of filled(templates["es-tu"]!, "es")) expect([null, "tu"], id).toContain(spanishRegisterOf(text));
  });
});

describe("a missing clinic contact drops its sentence", () => {
  it.each([
    ["Thanks. If it gets worse, the clinic is at {{clinicContact}}.", "Thanks."],
    ["Gracias. Clínica: {{clinicContact}}. Emergencias: {{emergencyNumber}}.", "Gracias. Emergencias: {{emergencyNumber}}."],
  ])("%s", (template, expected) => {
    expect(dropSentencesWithoutValues(template, { clinicContact: "", emergencyNumber: "112" })).toBe(expected);
    expect(dropSentencesWithoutValues(template, { clinicContact: "555", emergencyNumber: "112" })).toBe(template);
  });
});
