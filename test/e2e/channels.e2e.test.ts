import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundSmsParams, newMessageSid, postTwilioWebhook } from "../fakes/twilio-server.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { lectures } from "../../src/conversation/lecturing.js";
import { PUBLIC_BASE_URL, startServiceHarness, TELEGRAM_SECRET, THERAPIST_PHONE, TWILIO, type ServiceHarness } from "../support/service-harness.js";

const HAROLD_PHONE = "+15555550101";
const ROSA_CHAT = 100000002;

describe.each(TEST_PROVIDERS)("each channel end to end, real SDKs against fake platforms, on %s", (provider) => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness(provider, new Date("2026-06-10T12:00:00Z"));
  });
  afterAll(async () => h?.close());

  const db = () => h.service.db;
  const smsTo = (phone: string) => h.twilio.sent.filter((m) => m.to === phone);
  const sms = (params: Record<string, string>, options: { signature?: string | null } = {}) =>
    postTwilioWebhook(`${h.service.url}/webhooks/twilio`, TWILIO.authToken, params, { publicUrl: `${PUBLIC_BASE_URL}/webhooks/twilio`, ...options });
  const fromHarold = (body: string, messageSid = newMessageSid()) =>
    inboundSmsParams({ accountSid: TWILIO.accountSid, from: HAROLD_PHONE, to: TWILIO.from, body, messageSid });
  let telegramUpdateId = 5000;
  const telegram = (text: string, updateId = telegramUpdateId++, secret: string | null = TELEGRAM_SECRET) =>
    fetch(`${h.service.url}/webhooks/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify({
        update_id: updateId,
        message: { message_id: updateId, date: 1_781_000_000, chat: { id: ROSA_CHAT, type: "private", first_name: "Rosa" }, from: { id: ROSA_CHAT, is_bot: false, first_name: "Rosa" }, text },
      }),
    });
  let activity = 1;
  const teams = (text: string, id = `act-${activity++}`) =>
    fetch(`${h.service.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        id,
        timestamp: new Date().toISOString(),
        channelId: "msteams",
        serviceUrl: h.teams.serviceUrl,
        from: { id: "29:dana-aad", name: "Dana" },
        conversation: { id: "a:dana-personal-chat", conversationType: "personal", tenantId: "tenant-1" },
        recipient: { id: "28:hepbot", name: "hepbot" },
        text,
      }),
    });

  describe("SMS (twilio)", () => {
    it("records a 'done', and delivers a motivating reply through the Twilio REST API", async () => {
      const response = await sms(fromHarold("done!"));
      expect(response.status).toBe(200);
      expect(response.body).toContain("<Response");
      await h.service.settle();
      const harold = await h.patientIdByName("Harold");
      expect(await db().completion.count({ where: { patientId: harold } })).toBe(1);
      const [reply] = smsTo(HAROLD_PHONE);
      expect(reply?.body).toBeTruthy();
      expect(lectures(reply?.body ?? "")).toBeUndefined();
      expect(reply?.from).toBe(TWILIO.from);
    });

    it("escalates 'knee pain 8/10' and texts the therapist", async () => {
      await sms(fromHarold("knee pain 8/10"));
      await h.service.settle();
      expect(await db().escalation.count({ where: { level: "urgent", patient: { name: { startsWith: "Harold" } } } })).toBe(1);
      expect(smsTo(THERAPIST_PHONE).some((m) => /URGENT/i.test(m.body) && m.body.includes("Harold"))).toBe(true);
    });

    it("stores and answers a redelivered webhook once", async () => {
      const params = fromHarold("did 2 of 3");
      const before = smsTo(HAROLD_PHONE).length;
      expect((await sms(params)).status).toBe(200);
      expect((await sms(params)).status).toBe(200);
      await h.service.settle();
      expect(await db().messageLog.count({ where: { platformMessageId: params.MessageSid } })).toBe(1);
      expect(smsTo(HAROLD_PHONE).length).toBe(before + 1);
    });

    it("rejects an unsigned (400) or forged (403) webhook and stores nothing", async () => {
      const before = await db().messageLog.count();
      expect((await sms(fromHarold("done"), { signature: null })).status).toBe(400);
      expect((await sms(fromHarold("done"), { signature: "Zm9yZ2VkIHNpZ25hdHVyZQ==" })).status).toBe(403);
      expect(await db().messageLog.count()).toBe(before);
    });
  });

  describe("Telegram (grammY)", () => {
    it("records a Spanish 'hecho' and replies through the Bot API", async () => {
      const response = await telegram("hecho");
      expect(response.status).toBe(200);
      await h.service.settle();
      const rosa = await h.patientIdByName("Rosa");
      expect(await db().completion.count({ where: { patientId: rosa } })).toBe(1);
      expect(h.telegram.sent.some((m) => m.chatId === String(ROSA_CHAT))).toBe(true);
    });

    it("escalates high pain and tells the therapist", async () => {
      await telegram("me duele mucho la espalda, 9 de 10");
      await h.service.settle();
      expect(await db().escalation.count({ where: { level: "urgent", patient: { name: { startsWith: "Rosa" } } } })).toBe(1);
      expect(smsTo(THERAPIST_PHONE).some((m) => m.body.includes("Rosa"))).toBe(true);
    });

    it("stores a redelivered update once, and refuses a wrong secret", async () => {
      const before = h.telegram.sent.length;
      await telegram("gracias", 7777);
      await telegram("gracias", 7777);
      await h.service.settle();
      expect(await db().messageLog.count({ where: { channel: "telegram", platformMessageId: "7777" } })).toBe(1);
      expect(h.telegram.sent.length).toBe(before + 1);
      const stored = await db().messageLog.count();
      expect((await telegram("hecho", 7778, "wrong-secret")).status).toBe(401);
      expect(await db().messageLog.count()).toBe(stored);
    });

    it("takes a blocked bot as the patient's opt-out, and /start after unblocking as opting back in", async () => {
      const rosa = await h.patientIdByName("Rosa");
      const prompt = (idempotencyKey: string, notBefore = h.clock.now) =>
        enqueueOutbox(db(), { idempotencyKey, kind: "prompt", channel: "telegram", address: String(ROSA_CHAT), body: "Time for your exercises", patientId: rosa, notBefore }, h.clock.now);
      h.telegram.setChatState(ROSA_CHAT, "blocked");
      await prompt("prompt:rosa:now");
      await prompt("prompt:rosa:tomorrow", new Date(h.clock.now.getTime() + 86_400_000));
      await h.service.settle();
      expect(await db().patient.findUniqueOrThrow({ where: { id: rosa } })).toMatchObject({ consent: "opted_out", consentSource: "platform:telegram" });
      const rows = await db().outboxMessage.findMany({ where: { idempotencyKey: { startsWith: "prompt:rosa:" } } });
      expect(Object.fromEntries(rows.map((row) => [row.idempotencyKey, row.status]))).toEqual({ "prompt:rosa:now": "failed", "prompt:rosa:tomorrow": "cancelled" });

      h.telegram.setChatState(ROSA_CHAT, undefined);
      await telegram("/start");
      await h.service.settle();
      expect((await db().patient.findUniqueOrThrow({ where: { id: rosa } })).consent).toBe("opted_in");
    });
  });

  describe("Teams (Agents SDK)", () => {
    it("links a Teams chat with a one-time code, then records 'done' and replies proactively", async () => {
      const dana = await h.patientIdByName("Dana");
      await db().enrollmentCode.create({ data: { code: "TEAM42X", patientId: dana, channel: "teams", expiresAt: new Date("2026-06-11T00:00:00Z") } });
      expect((await teams("link TEAM42X")).status).toBeLessThan(300);
      await h.service.settle();
      expect(await db().channelAddress.count({ where: { patientId: dana, channel: "teams" } })).toBe(1);
      expect(h.teams.activities.length).toBe(1);

      await teams("done with all of them");
      await h.service.settle();
      expect(await db().completion.count({ where: { patientId: dana } })).toBe(1);
      expect(h.teams.activities.length).toBe(2);
      expect(h.teams.activities[1]?.conversationId).toBe("a:dana-personal-chat");
    });

    it("escalates high pain, and stores a redelivered activity once", async () => {
      await teams("shoulder pain is 8 out of 10", "act-dup");
      await teams("shoulder pain is 8 out of 10", "act-dup");
      await h.service.settle();
      expect(await db().messageLog.count({ where: { channel: "teams", platformMessageId: "act-dup" } })).toBe(1);
      expect(await db().escalation.count({ where: { level: "urgent", patient: { name: { startsWith: "Dana" } } } })).toBe(1);
      expect(smsTo(THERAPIST_PHONE).some((m) => m.body.includes("Dana"))).toBe(true);
    });
  });

  describe("STOP on one channel", () => {
    it("silences every channel: no prompts for the patient, while others still get theirs", async () => {
      await sms(fromHarold("STOP"));
      await h.service.settle();
      const harold = await h.patientIdByName("Harold");
      expect((await db().patient.findUniqueOrThrow({ where: { id: harold } })).consent).toBe("opted_out");
      const sentToHarold = smsTo(HAROLD_PHONE).length;

      // Harold's 08:00 and 18:00 (New York) prompts and Rosa's 07:30 (Chicago) fall in this day.
      h.clock.now = new Date("2026-06-10T22:05:00Z");
      await h.service.scheduler!.tick();
      await h.service.settle();
      expect(await db().outboxMessage.count({ where: { patientId: harold, kind: "prompt", status: { in: ["pending", "sent", "delivered"] } } })).toBe(0);
      expect(smsTo(HAROLD_PHONE).length).toBe(sentToHarold);
      expect(await db().outboxMessage.count({ where: { kind: "prompt", status: "sent", patient: { name: { startsWith: "Rosa" } } } })).toBeGreaterThan(0);
    });
  });

  describe("a therapist's own Telegram chat", () => {
    it("links with a one-time code, then gets urgent alerts there instead of by SMS", async () => {
      const therapist = await db().therapist.findFirstOrThrow();
      await db().enrollmentCode.create({ data: { code: "THERA77K", therapistId: therapist.id, channel: "telegram", expiresAt: new Date("2026-06-12T00:00:00Z") } });
      const chat = 424242;
      const update = (text: string, id: number) =>
        fetch(`${h.service.url}/webhooks/telegram`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TELEGRAM_SECRET },
          body: JSON.stringify({ update_id: id, message: { message_id: id, date: 1_781_000_000, chat: { id: chat, type: "private", first_name: "Alice" }, from: { id: chat, is_bot: false, first_name: "Alice" }, text } }),
        });
      expect((await update("/start THERA77K", 9001)).status).toBe(200);
      await h.service.settle();
      expect(await db().therapist.findUniqueOrThrow({ where: { id: therapist.id } })).toMatchObject({ notifyChannel: "telegram", notifyAddress: String(chat) });
      expect(h.telegram.sent.filter((m) => m.chatId === String(chat))).toHaveLength(1);
      const storedBefore = await db().messageLog.count({ where: { address: String(chat), direction: "inbound" } });
      expect(storedBefore).toBe(0);

      const smsAlertsBefore = smsTo(THERAPIST_PHONE).length;
      await teams("my shoulder pain is 9 out of 10 now");
      await h.service.settle();
      const toTherapist = h.telegram.sent.filter((m) => m.chatId === String(chat));
      expect(toTherapist).toHaveLength(2);
      expect(toTherapist[1]!.text).toMatch(/URGENT/);
      expect(toTherapist[1]!.text).toContain("Dana");
      expect(smsTo(THERAPIST_PHONE).length).toBe(smsAlertsBefore);
    });
  });
});
