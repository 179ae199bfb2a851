import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { lectures } from "../../src/conversation/lecturing.js";
import { TEST_PROVIDERS } from "../support/databases.js";

type Lang = "en" | "es";
interface Case {
  kind: string;
  text: Record<Lang, string>;
  /** What must be on record afterwards, for this patient. */
  check: (h: PipelineHarness, patientId: string, reply: string | null) => Promise<void>;
}

const latestReading = (h: PipelineHarness) => h.database.db.reading.findFirstOrThrow({ orderBy: { createdAt: "desc" } });

// Every kind of message, in both languages, through the whole pipeline: Harold writes in English,
// Rosa in Spanish. STOP and START come last, in that order.
const CASES: Case[] = [
  {
    kind: "done",
    text: { en: "done, all of them", es: "hecho, todos" },
    check: async (h, id) => expect(await h.database.db.completion.count({ where: { patientId: id, status: "done" } })).toBe(1),
  },
  {
    kind: "partial",
    text: { en: "only did 2 of the exercises today", es: "solo hice 2 de los ejercicios hoy" },
    check: async (h, id) => expect(await h.database.db.completion.count({ where: { patientId: id, status: "partial" } })).toBe(1),
  },
  {
    kind: "not_done",
    text: { en: "didn't get to them today, too tired", es: "hoy no los hice, estaba muy cansada" },
    check: async (_h, _id, reply) => expect(reply).toMatch(/\?/),
  },
  {
    kind: "pain",
    text: { en: "it hurts today, about 6 out of 10", es: "me duele hoy, como un 6 de 10" },
    check: async (h, id) => {
      expect((await h.database.db.painReport.findFirstOrThrow({ where: { patientId: id }, orderBy: { createdAt: "desc" } })).score).toBe(6);
      expect(await h.database.db.escalation.count({ where: { patientId: id, level: "therapist" } })).toBe(1);
    },
  },
  {
    kind: "question",
    text: { en: "how do I do the heel slides?", es: "¿cómo se hace el puente?" },
    check: async (_h, _id, reply) => expect(reply).toMatch(/https:\/\/videos\.example\.org\/hep\/(heel-slides|bridges)/),
  },
  {
    kind: "schedule",
    text: { en: "please text me at 7pm instead", es: "mejor mándeme los mensajes a las 7 de la tarde" },
    check: async (h, id) => expect((await h.database.db.patient.findUniqueOrThrow({ where: { id } })).reminderTimes).toBe("19:00"),
  },
  {
    kind: "help",
    text: { en: "HELP", es: "AYUDA" },
    check: async (_h, _id, reply) => expect(reply?.length).toBeGreaterThan(20),
  },
  {
    kind: "chitchat",
    text: { en: "thanks so much!", es: "¡muchas gracias!" },
    check: async (h, id) => expect(await h.database.db.escalation.count({ where: { patientId: id, level: { not: "therapist" } } })).toBe(0),
  },
  {
    kind: "other",
    text: { en: "who won the game last night?", es: "¿quién ganó el partido anoche?" },
    check: async (_h, _id, reply) => expect(reply).toBeTruthy(),
  },
  {
    kind: "stop",
    text: { en: "STOP", es: "BAJA" },
    check: async (h, id) => expect((await h.database.db.patient.findUniqueOrThrow({ where: { id } })).consent).toBe("opted_out"),
  },
  {
    kind: "start",
    text: { en: "START", es: "empiecen a mandarme los ejercicios otra vez" },
    check: async (h, id) => expect((await h.database.db.patient.findUniqueOrThrow({ where: { id } })).consent).toBe("opted_in"),
  },
];

describe.each(TEST_PROVIDERS)("every kind of message in both languages on %s", (provider) => {
  let h: PipelineHarness;
  beforeAll(async () => {
    h = await createPipelineHarness(provider);
  });
  afterAll(async () => h.close());

  describe.each(["en", "es"] as const)("in %s", (lang) => {
    it.each(CASES.map((c) => [c.kind, c] as const))("%s: read, recorded and answered", async (kind, c) => {
      const patientId = lang === "en" ? h.personas.harold : h.personas.rosa;
      const reply = await h.say(patientId, c.text[lang]);
      expect((await latestReading(h)).kind).toBe(kind);
      expect(reply, "every message gets an answer").toBeTruthy();
      expect(lectures(reply ?? "")).toBeUndefined();
      await c.check(h, patientId, reply);
    });
  });
});
