import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPatient } from "../../src/care/patients/patient.service.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { readMessage } from "../../src/reading/reader.js";
import { UNPROCESSED_REASON } from "../../src/pipeline/not-processed.js";

const ODD = [
  "", "👍", "💪💪💪", "🙏🏼", "😢", "❤️", "✅", "👎", "🤷‍♀️",
  "...", "?", "??", "!!!", "-", ":)", ":(", "¿?", "¡!", "…", "  ", "\n\n", "\u200b",
  "1", "3", "0", "10", "100", "8/10", "2x", "12345678901", "5 5 5",
  "[audio]", "[Audio]", "<media omitted>", "[image]", "[voice message]", "(foto)", "[nota de voz]", "[sticker]",
  "https://example.com/video", "www.youtube.com/watch?v=x", "mira https://t.co/abc",
  "ok", "k", "ya", "si", "sí", "no", "yes", "nope", "hmm", "jaja", "lol", "hola", "hi", "gracias", "thanks",
  "Привет как дела", "你好", "こんにちは", "مرحبا", "hola 你好 hello", "bonjour, je n'ai pas fait les exercices",
  "x".repeat(2000), "hice los ejercicios ".repeat(200), "done ".repeat(500),
  "STOP!!!", "stop?", "halt", "cancel", "fin", "UNSUBSCRIBE please",
  "DONE DONE DONE", "HECHO", "did", "nah", "tmrw", "mañana", "luego", "later",
];

// Every inbound message gets a reply: the held-back set had one that got none.
describe.each(TEST_PROVIDERS)("every message is answered, on %s", (provider) => {
  let h: PipelineHarness;
  let phone = 5551700;
  beforeAll(async () => {
    h = await createPipelineHarness(provider);
  });
  afterAll(async () => {
    await h.close();
  });

  async function patient(lang: "en" | "es") {
    phone++;
    const db = h.database.db;
    const therapistId = (await db.therapist.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
    const created = await addPatient(
      db,
      { therapistId, name: `Odd ${phone}`, language: lang, timeZone: "America/New_York", phone: `+1555${phone}`, program: lang === "es" ? "low-back-pain-gentle" : "knee-replacement-early", reminderTimes: ["08:00"] },
      h.clock.now,
    );
    const id = (created as { id: string }).id;
    await db.outboxMessage.create({
      data: { idempotencyKey: `prompt:${id}`, kind: "prompt", patientId: id, channel: "sms", address: `+1555${phone}`, body: "(prompt)", status: "sent", sentAt: h.clock.now },
    });
    return { id, sms: (text: string) => h.say(id, text, { channel: "sms", address: `+1555${phone}` }) };
  }

  it("a message hepbot fails to read is answered at once and put before the therapist (both languages)", async () => {
    const faulty = await createPipelineHarness(provider, {
      read: async (input) => {
        if (input.text.includes("trips the reader")) throw new TypeError("a fault in the reader");
        return readMessage(input);
      },
    });
    try {
      const db = faulty.database.db;
      for (const [patientId, text, told] of [
        [faulty.personas.harold, "this trips the reader", /passed it to your therapist.*call 911 now/],
        [faulty.personas.rosa, "esto trips the reader", /se lo he pasado a su terapeuta.*llame ya al 911/],
      ] as const) {
        expect(await faulty.say(patientId, text)).toMatch(told);
        const message = await db.messageLog.findFirstOrThrow({ where: { patientId, direction: "inbound" }, orderBy: { createdAt: "desc" } });
        expect(message.state).toBe("processed");
        const escalation = await db.escalation.findFirstOrThrow({ where: { patientId, messageId: message.id } });
        expect(escalation).toMatchObject({ level: "urgent", reason: UNPROCESSED_REASON });
        expect(escalation.summary).toContain(text);
      }
      // The next message is read as usual.
      expect(await faulty.say(faulty.personas.harold, "done")).not.toMatch(/therapist/);
    } finally {
      await faulty.close();
    }
  });

  it("after STOP nothing is sent, and that is the only silence (both languages)", async () => {
    for (const [lang, stop, after] of [["en", "STOP", "👍"], ["es", "BAJA", "[audio]"]] as const) {
      const p = await patient(lang);
      expect(await p.sms(stop)).toMatch(/STOP|START|ALTA|BAJA/);
      expect(await p.sms(after)).toBeNull();
      const last = await h.database.db.messageLog.findFirstOrThrow({ where: { patientId: p.id, direction: "inbound" }, orderBy: { createdAt: "desc" } });
      expect(last.state).toBe("processed");
    }
  });

  it.each(["en", "es"] as const)("odd inputs from a %s patient who just got the prompt", async (lang) => {
    const missing: string[] = [];
    for (const text of ODD) {
      const reply = await (await patient(lang)).sms(text);
      if (reply === null || reply.trim() === "") missing.push(JSON.stringify(text.slice(0, 40)));
    }
    expect(missing).toEqual([]);
  });
});
