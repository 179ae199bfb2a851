import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Channel, InboundMessage, OutboundMessage } from "../../../src/channels/channel.js";
import { createTelegramChannel } from "../../../src/channels/telegram/telegram.channel.js";
import { BOT_TOKEN, captureLogger, recordingHooks } from "./helpers.js";

/**
 * A conversation through telegram-test-api, an independent fake Telegram server: the patient's side
 * is its client, hepbot's side is the real channel in long-polling mode. The "service" here stores
 * each message and answers afterwards, as the real pipeline does, never inside onInbound.
 */

let server: TelegramServer;
let channel: Channel;
const PATIENT_CHAT_ID = 70_001;

/** Stands in for the pipeline: what hepbot would answer to each stored message. */
function replyTo(message: InboundMessage): OutboundMessage {
  const base = { channel: "telegram" as const, address: message.address, idempotencyKey: `reply-${message.platformMessageId}` };
  if (message.linkCode === "ABC123") {
    return { ...base, language: "es", text: "¡Hola Maria! Ya estás inscrita. ¿Hiciste tus ejercicios hoy?", quickReplies: ["done", "partial", "not_done", "pain"] };
  }
  if (message.quickReply === "done") return { ...base, text: "¡Muy bien! Hasta mañana." };
  return { ...base, text: `Recibido: ${message.text}` };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

beforeAll(async () => {
  server = new TelegramServer({ port: await freePort(), host: "127.0.0.1" });
  await server.start();
  channel = createTelegramChannel({ botToken: BOT_TOKEN, apiRoot: server.config.apiURL, mode: "polling", logger: captureLogger().logger });
});

afterAll(async () => {
  await channel.stop?.();
  await server.stop();
});

describe("a Telegram conversation end to end (telegram-test-api)", () => {
  it("enrolls by deep link, shows Spanish buttons, and maps a tap and a typed message", async () => {
    const pending: Promise<unknown>[] = [];
    const recorder = recordingHooks(async (message) => {
      // Store-and-return: the reply goes out after onInbound has returned.
      setImmediate(() => pending.push(channel.send(replyTo(message))));
      return { accepted: true };
    });
    await channel.start!(recorder.hooks);
    const patient = server.getClient(BOT_TOKEN, { chatId: PATIENT_CHAT_ID, userId: PATIENT_CHAT_ID, firstName: "Maria" });

    // 1. The patient opens the therapist's link: /start ABC123.
    let botReplied = server.waitBotMessage();
    await patient.sendCommand(patient.makeCommand("/start ABC123"));
    await botReplied;
    expect(recorder.received[0]).toMatchObject({ channel: "telegram", address: String(PATIENT_CHAT_ID), linkCode: "ABC123" });

    const welcome = server.storage.botMessages.at(-1)!;
    expect(welcome.message.text).toContain("¿Hiciste tus ejercicios hoy?");
    const keyboard = welcome.message.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
    const buttons = keyboard.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(["Hecho", "Algunos", "Hoy no", "Dolor"]);

    // 2. She taps "Hecho".
    const hecho = buttons.find((b) => b.text === "Hecho")!;
    botReplied = server.waitBotMessage();
    await patient.sendCallback(patient.makeCallbackQuery(hecho.callback_data, { message: { message_id: welcome.messageId } }));
    await botReplied;
    expect(recorder.received[1]).toMatchObject({ quickReply: "done", text: "Hecho", address: String(PATIENT_CHAT_ID) });
    expect(server.storage.botMessages.at(-1)!.message.text).toBe("¡Muy bien! Hasta mañana.");

    // 3. Later she types a message.
    botReplied = server.waitBotMessage();
    await patient.sendMessage(patient.makeMessage("me duele la rodilla, 4 de 10"));
    await botReplied;
    expect(recorder.received[2]).toMatchObject({ text: "me duele la rodilla, 4 de 10" });
    expect(recorder.received[2]?.quickReply).toBeUndefined();

    // Each update arrived once, with distinct platform ids (the dedupe key).
    const ids = recorder.received.map((m) => m.platformMessageId);
    expect(new Set(ids).size).toBe(3);

    // What the patient's phone shows: her messages and hepbot's replies, in order.
    const history = await patient.getUpdatesHistory();
    const texts = history.map((u) => ("message" in u ? (u.message as { text?: string }).text : undefined)).filter(Boolean);
    expect(texts).toEqual([
      "/start ABC123",
      "¡Hola Maria! Ya estás inscrita. ¿Hiciste tus ejercicios hoy?",
      "¡Muy bien! Hasta mañana.",
      "me duele la rodilla, 4 de 10",
      "Recibido: me duele la rodilla, 4 de 10",
    ]);
    await expect(Promise.all(pending)).resolves.toHaveLength(3);
  });
});
