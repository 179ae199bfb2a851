import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../src/channels/channel.js";
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from "../../../src/channels/telegram/telegram.channel.js";
import { startFakeTelegramServer, type FakeTelegramServer } from "../../fakes/telegram-server.js";
import { BOT_TOKEN, captureLogger, recordingHooks, SECRET, serveChannel } from "./helpers.js";

const CHAT = { id: 5550001, type: "private", first_name: "Maria" };
const TAP_TIME = new Date("2025-03-04T18:00:00Z");

let fake: FakeTelegramServer;
let service: { baseUrl: string; close: () => Promise<void> };
let recorder: ReturnType<typeof recordingHooks>;
let log: ReturnType<typeof captureLogger>;

async function setUp(onInbound?: Parameters<typeof recordingHooks>[0]) {
  fake = await startFakeTelegramServer({ token: BOT_TOKEN });
  log = captureLogger();
  recorder = recordingHooks(onInbound);
  const channel = createTelegramChannel({
    botToken: BOT_TOKEN,
    webhookSecret: SECRET,
    apiRoot: fake.apiRoot,
    mode: "webhook",
    logger: log.logger,
    now: () => TAP_TIME,
  });
  service = await serveChannel(channel, recorder.hooks);
}

/** `secret: null` sends no secret header at all. */
function postUpdate(update: unknown, secret: string | null = SECRET) {
  return fetch(`${service.baseUrl}${TELEGRAM_WEBHOOK_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(update),
  });
}

function textUpdate(updateId: number, text: string) {
  return { update_id: updateId, message: { message_id: updateId, date: 1_741_100_000, chat: CHAT, from: { id: CHAT.id, is_bot: false, first_name: "Maria" }, text } };
}

afterEach(async () => {
  await service.close();
  await fake.close();
});

describe("Telegram webhook", () => {
  beforeEach(() => setUp());

  it("hands a message with the right secret to onInbound, translated", async () => {
    const response = await postUpdate(textUpdate(1001, "did all three, knee 2/10"));
    expect(response.status).toBe(200);
    expect(recorder.received).toEqual<InboundMessage[]>([
      {
        channel: "telegram",
        platformMessageId: "1001",
        address: "5550001",
        text: "did all three, knee 2/10",
        receivedAt: new Date(1_741_100_000 * 1000),
      },
    ]);
  });

  it.each([
    ["a wrong secret", "not-the-secret"],
    ["no secret", null],
  ])("answers 401 to %s and stores nothing", async (_, secret) => {
    const response = await postUpdate(textUpdate(1002, "done"), secret);
    expect(response.status).toBe(401);
    expect(recorder.received).toEqual([]);
  });

  it("/start ABC123 carries the enrollment code", async () => {
    await postUpdate(textUpdate(1003, "/start ABC123"));
    expect(recorder.received[0]).toMatchObject({ text: "/start ABC123", linkCode: "ABC123", address: "5550001" });
    await postUpdate(textUpdate(1004, "/start"));
    expect(recorder.received[1]).toMatchObject({ text: "/start" });
    expect(recorder.received[1]?.linkCode).toBeUndefined();
  });

  it("a button tap becomes a quick reply and the tap is answered", async () => {
    const response = await postUpdate({
      update_id: 1005,
      callback_query: {
        id: "4382bfdwdsb323b2d9",
        from: { id: CHAT.id, is_bot: false, first_name: "Maria" },
        chat_instance: "-1234",
        data: "qr:not_done:es",
        message: { message_id: 77, date: 1_741_099_000, chat: CHAT, text: "¿Hiciste tus ejercicios hoy?" },
      },
    });
    expect(response.status).toBe(200);
    expect(recorder.received).toEqual<InboundMessage[]>([
      {
        channel: "telegram",
        platformMessageId: "1005",
        address: "5550001",
        text: "Hoy no",
        receivedAt: TAP_TIME,
        quickReply: "not_done",
      },
    ]);
    const [answer] = await fake.waitForCalls("answerCallbackQuery", 1);
    expect(answer?.params.callback_query_id).toBe("4382bfdwdsb323b2d9");
  });

  it("acknowledges updates it does not use without storing them", async () => {
    const response = await postUpdate({ update_id: 1006, edited_message: { message_id: 1, date: 1, chat: CHAT, text: "done!" } });
    expect(response.status).toBe(200);
    expect(recorder.received).toEqual([]);
  });

  it("logs no message text or chat id at info level", async () => {
    await postUpdate(textUpdate(1007, "my knee is swollen"));
    const info = log.lines.filter((line) => JSON.parse(line).level >= 30).join("\n");
    expect(info).toContain("telegram inbound stored");
    expect(info).not.toContain("swollen");
    expect(info).not.toContain("5550001");
  });
});

describe("Telegram webhook when storing fails", () => {
  beforeEach(() => setUp(async () => Promise.reject(new Error("database is down"))));

  it("answers 500 so Telegram redelivers, and logs without the update's content", async () => {
    const response = await postUpdate(textUpdate(1010, "my knee is swollen"));
    expect(response.status).toBe(500);
    const errorLine = log.lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === "telegram webhook failed");
    expect(errorLine?.err?.message).toBe("database is down");
    expect(log.lines.join("\n")).not.toContain("swollen");
  });
});

describe("createTelegramChannel", () => {
  it("refuses webhook mode without a secret", () => {
    expect(() => createTelegramChannel({ botToken: BOT_TOKEN, mode: "webhook", logger: captureLogger().logger })).toThrow(/secret/);
  });

  it("refuses a token that is not a bot token", () => {
    expect(() => createTelegramChannel({ botToken: "nope", mode: "polling", logger: captureLogger().logger })).toThrow(/token/);
  });
});
