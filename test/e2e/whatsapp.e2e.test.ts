import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversation } from "../../src/care/patients/patient-reads.service.js";
import { WHATSAPP_INBOUND_PATH } from "../../src/channels/whatsapp/twilio-whatsapp.channel.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { addPatient } from "../../src/care/patients/patient.service.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { PUBLIC_BASE_URL, startServiceHarness, type ServiceHarness } from "../support/service-harness.js";

const WHATSAPP_FROM = "whatsapp:+14155238886";
const PROMPT_ES = "HX" + "e5".repeat(16);
const PROMPT_EN = "HX" + "e0".repeat(16);
const LUCIA = "+34600111222";
const MARTA = "+34600333444";
const HOUR = 3_600_000;
const T0 = new Date("2026-06-10T12:00:00Z");

describe.each(TEST_PROVIDERS)("WhatsApp end to end, real twilio SDK against the fake, on %s", (provider) => {
  let h: ServiceHarness;
  let lucia: string;
  let marta: string;
  beforeAll(async () => {
    h = await startServiceHarness(provider, T0, {
      env: { TWILIO_WHATSAPP_FROM: WHATSAPP_FROM, TWILIO_WHATSAPP_TEMPLATES: JSON.stringify({ prompt: { en: PROMPT_EN, es: PROMPT_ES } }) },
    });
    // Named: hepbot puts nobody in the demo clinic by default.
    const { id: therapistId } = await db().therapist.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const enrol = (name: string, extra: Record<string, unknown>) =>
      addPatient(db(), { therapistId, name, language: "es", timeZone: "Europe/Madrid", program: "low-back-pain-gentle", reminderTimes: ["19:55"], ...extra }, T0);
    lucia = (await enrol("Lucía", { whatsapp: LUCIA, whatsappOptIn: true })).id;
    marta = (await enrol("Marta", { phone: MARTA, whatsapp: MARTA, whatsappOptIn: true })).id;
  });
  afterAll(async () => h?.close());

  const db = () => h.service.db;
  const whatsapp = (from: string, body: string, extra: { media?: { url: string; contentType: string }[] } = {}, options: { signature?: string | null } = {}) =>
    h.twilio.sendWhatsAppInbound(`${h.service.url}${WHATSAPP_INBOUND_PATH}`, `${PUBLIC_BASE_URL}${WHATSAPP_INBOUND_PATH}`, { from: `whatsapp:${from}`, to: WHATSAPP_FROM, body, ...extra }, options);
  const sentTo = (address: string) => h.twilio.sent.filter((m) => m.to === address);

  it("enrols with the patient's WhatsApp opt-in on record", async () => {
    const events = await db().consentEvent.findMany({ where: { patientId: lucia } });
    expect(events.map((e) => e.source).sort()).toEqual(["enrollment", "enrollment:whatsapp"]);
    expect(await db().channelAddress.findMany({ where: { patientId: lucia }, select: { channel: true, address: true, preferred: true } })).toEqual([
      { channel: "whatsapp", address: `whatsapp:${LUCIA}`, preferred: true },
    ]);
  });

  it("records 'hecho' as a completion and answers in Spanish, free-form, from the WhatsApp sender", async () => {
    expect((await whatsapp(LUCIA, "hecho")).status).toBe(200);
    await h.service.settle();
    expect(await db().completion.count({ where: { patientId: lucia } })).toBe(1);
    const [reply] = sentTo(`whatsapp:${LUCIA}`);
    expect(reply).toMatchObject({ from: WHATSAPP_FROM, contentSid: null });
    expect(reply!.body).toMatch(/[¡áéíóúñ]|hecho|anotado/i);
    expect(reply!.body).not.toMatch(/\b(the|your|great)\b/i);
  });

  it("stores a photo as a reference for the therapist and tells the patient it was passed on", async () => {
    const photo = { url: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", contentType: "image/jpeg" };
    await whatsapp(LUCIA, "", { media: [photo] });
    await h.service.settle();
    const stored = await db().messageLog.findFirstOrThrow({ where: { patientId: lucia, direction: "inbound", media: { not: null } } });
    expect(JSON.parse(stored.media!)).toEqual([photo]);
    expect(sentTo(`whatsapp:${LUCIA}`).at(-1)!.body).toMatch(/terapeuta/);
    const shown = await conversation(db(), lucia, 50);
    expect(shown.find((m) => m.id === stored.id)?.media).toEqual([photo]);
  });

  it("sends the day's prompt 30 hours after her last message as the configured Spanish template", async () => {
    h.clock.now = new Date(T0.getTime() + 30 * HOUR); // 20:00 in Madrid, past her 19:55 reminder
    await h.service.scheduler!.tick();
    await h.service.settle();
    const prompt = await db().outboxMessage.findFirstOrThrow({ where: { patientId: lucia, kind: "prompt" } });
    expect(prompt.status).toBe("sent");
    const sent = h.twilio.sent.find((m) => m.sid === prompt.platformMessageId)!;
    expect(sent).toMatchObject({ to: `whatsapp:${LUCIA}`, from: WHATSAPP_FROM, contentSid: PROMPT_ES });
    expect(sent.contentVariables!["1"]).toContain(prompt.body.split("\n")[0]);
  });

  it("reads a tap on the template's 'Hecho' button straight as done", async () => {
    const before = await db().completion.count({ where: { patientId: lucia } });
    await h.twilio.sendWhatsAppInbound(`${h.service.url}${WHATSAPP_INBOUND_PATH}`, `${PUBLIC_BASE_URL}${WHATSAPP_INBOUND_PATH}`, {
      from: `whatsapp:${LUCIA}`,
      to: WHATSAPP_FROM,
      body: "Hecho",
      button: { payload: "done", text: "Hecho" },
    });
    await h.service.settle();
    const tap = await db().messageLog.findFirstOrThrow({ where: { patientId: lucia, quickReply: "done" }, include: { reading: true } });
    expect(tap.reading).toMatchObject({ kind: "done", rule: "quick_reply:done" });
    expect(await db().completion.count({ where: { patientId: lucia } })).toBe(before + 1);
    // She wrote just now: the reply goes free-form again.
    expect(sentTo(`whatsapp:${LUCIA}`).at(-1)).toMatchObject({ contentSid: null });
    h.clock.now = new Date(h.clock.now.getTime() + 30 * HOUR);
  });

  it("does not retry a free-form send Twilio refuses with 63016, and reports it", async () => {
    const creates = () => h.twilio.requests.filter((r) => r.kind === "create" && r.form.To === `whatsapp:${LUCIA}`).length;
    const before = creates();
    await enqueueOutbox(db(), { idempotencyKey: "reply:therapist:late", kind: "reply", channel: "whatsapp", address: `whatsapp:${LUCIA}`, patientId: lucia, body: "Hola Lucía, ¿cómo sigue la espalda?" }, h.clock.now);
    await h.service.settle();
    h.clock.now = new Date(h.clock.now.getTime() + 2 * HOUR);
    await h.service.settle();
    expect(creates()).toBe(before + 1);
    const row = await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "reply:therapist:late" } });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.lastError).toMatch(/^outside_window: .*24-hour window/);
    const shown = await conversation(db(), lucia, 50);
    expect(shown.find((m) => m.id === row.id)?.failure).toBe("outside_window");
    expect((await db().patient.findUniqueOrThrow({ where: { id: lucia } })).consent).toBe("opted_in");
  });

  it("shows a 63016 Twilio reports later in a status callback (its usual way), without resending", async () => {
    h.twilio.whatsappRefusal = "fail_later";
    try {
      await enqueueOutbox(db(), { idempotencyKey: "reply:therapist:later", kind: "reply", channel: "whatsapp", address: `whatsapp:${LUCIA}`, patientId: lucia, body: "¿Le va mejor hoy?" }, h.clock.now);
      await h.service.settle();
      const row = await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "reply:therapist:later" } });
      expect(row.status).toBe("sent");
      const callback = await h.twilio.sendStatusCallback(row.platformMessageId!, "failed", {
        errorCode: 63016,
        deliverTo: `${h.service.url}/webhooks/whatsapp/status`,
      });
      expect(callback.status).toBe(204);
      await h.service.settle();
      expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ deliveryStatus: "failed", lastError: "delivery failed (63016)", attempts: 1 });
      expect(h.twilio.sent.filter((m) => m.body === "¿Le va mejor hoy?")).toHaveLength(1);
      const shown = await conversation(db(), lucia, 50);
      expect(shown.find((m) => m.body === "¿Le va mejor hoy?")?.failure).toBe("delivery failed (63016)");
    } finally {
      h.twilio.whatsappRefusal = "reject";
    }
  });

  it("takes 'BAJA' on WhatsApp as an opt-out on every channel: nothing more goes out on SMS or WhatsApp", async () => {
    const earlier = new Set((await db().outboxMessage.findMany({ where: { patientId: marta }, select: { id: true } })).map((r) => r.id));
    await whatsapp(MARTA, "BAJA");
    await h.service.settle();
    expect(await db().patient.findUniqueOrThrow({ where: { id: marta } })).toMatchObject({ consent: "opted_out" });
    const afterConfirmation = h.twilio.sent.length;
    const day = 24 * HOUR;
    for (const [channel, address] of [["sms", MARTA], ["whatsapp", `whatsapp:${MARTA}`]] as const) {
      await enqueueOutbox(db(), { idempotencyKey: `prompt:marta:${channel}`, kind: "prompt", channel, address, patientId: marta, body: "Hora de sus ejercicios" }, h.clock.now);
    }
    h.clock.now = new Date(h.clock.now.getTime() + day);
    await h.service.scheduler!.tick();
    await h.service.settle();
    expect(h.twilio.sent.slice(afterConfirmation).filter((m) => m.to === MARTA || m.to === `whatsapp:${MARTA}`)).toEqual([]);
    const later = (await db().outboxMessage.findMany({ where: { patientId: marta, kind: { in: ["prompt", "nudge"] } } })).filter((r) => !earlier.has(r.id));
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(later.map((r) => r.status)).toEqual(later.map(() => "cancelled"));
  });

  it("shows the therapist the photo's link and the undelivered message on the patient's page", async () => {
    const therapist = await db().therapist.findUniqueOrThrow({ where: { id: (await db().patient.findUniqueOrThrow({ where: { id: lucia } })).therapistId } });
    const login = await fetch(`${h.service.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: therapist.email, password: "demo" }),
    });
    expect(login.status).toBe(200);
    const page = await fetch(`${h.service.url}/patients/${lucia}`, { headers: { cookie: login.headers.get("set-cookie")!.split(";")[0]! } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(/<a href="https:\/\/api\.twilio\.com\/[^"]+\/Media\/ME1"[^>]*>Photo<\/a>/);
    expect(html).toContain("not delivered (outside_window)");
  });

  it("refuses a forged signature with 403 and stores nothing", async () => {
    const before = await db().messageLog.count();
    expect((await whatsapp(LUCIA, "hecho", {}, { signature: "Zm9yZ2VkIHNpZ25hdHVyZQ==" })).status).toBe(403);
    expect(await db().messageLog.count()).toBe(before);
  });
});
