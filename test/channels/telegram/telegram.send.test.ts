import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChannelSendError, type Channel, type OutboundMessage } from "../../../src/channels/channel.js";
import { createTelegramChannel } from "../../../src/channels/telegram/telegram.channel.js";
import { startFakeTelegramServer, type FakeTelegramServer, type TelegramFailure } from "../../fakes/telegram-server.js";
import { BOT_TOKEN, captureLogger } from "./helpers.js";

let fake: FakeTelegramServer;
let channel: Channel;

function prompt(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    channel: "telegram",
    address: "5550001",
    text: "Time for your knee exercises: quad sets, heel slides, straight leg raises.",
    idempotencyKey: "prompt-1",
    ...overrides,
  };
}

async function sendFailure(message = prompt()): Promise<ChannelSendError> {
  const error = await channel.send(message).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelSendError);
  return error as ChannelSendError;
}

beforeEach(async () => {
  fake = await startFakeTelegramServer({ token: BOT_TOKEN });
  channel = createTelegramChannel({
    botToken: BOT_TOKEN,
    apiRoot: fake.apiRoot,
    mode: "polling",
    logger: captureLogger().logger,
    sendTimeoutMs: 1_000,
  });
});

afterEach(() => fake.close());

describe("Telegram send", () => {
  it("sends the text and returns Telegram's message id", async () => {
    const first = await channel.send(prompt());
    const second = await channel.send(prompt({ idempotencyKey: "prompt-2", text: "Well done!" }));
    expect(first).toEqual({ platformMessageId: "1" });
    expect(second).toEqual({ platformMessageId: "2" });
    expect(fake.sent.map((m) => [m.chatId, m.text])).toEqual([
      ["5550001", prompt().text],
      ["5550001", "Well done!"],
    ]);
    expect(fake.sent[0]?.replyMarkup).toBeUndefined();
  });

  it("offers reply buttons with English labels by default", async () => {
    await channel.send(prompt({ quickReplies: ["done", "partial", "not_done", "pain"] }));
    expect(fake.sent[0]?.replyMarkup).toEqual({
      inline_keyboard: [
        [
          { text: "Done", callback_data: "qr:done:en" },
          { text: "Some", callback_data: "qr:partial:en" },
        ],
        [
          { text: "Not today", callback_data: "qr:not_done:en" },
          { text: "Pain", callback_data: "qr:pain:en" },
        ],
      ],
    });
  });

  it("labels the buttons in the patient's language", async () => {
    await channel.send(prompt({ text: "¿Hiciste tus ejercicios?", quickReplies: ["done", "not_done", "pain"], language: "es" }));
    expect(fake.sent[0]?.replyMarkup).toEqual({
      inline_keyboard: [
        [
          { text: "Hecho", callback_data: "qr:done:es" },
          { text: "Hoy no", callback_data: "qr:not_done:es" },
        ],
        [{ text: "Dolor", callback_data: "qr:pain:es" }],
      ],
    });
  });

  it.each<[string, TelegramFailure, Pick<ChannelSendError, "kind" | "reason">, number | undefined]>([
    ["429", { kind: "rate_limited", retryAfterSeconds: 3 }, { kind: "retryable", reason: "rate_limited" }, 3_000],
    ["502", { kind: "server_error", status: 502 }, { kind: "retryable", reason: "server" }, undefined],
    ["a dropped connection", { kind: "drop" }, { kind: "retryable", reason: "network" }, undefined],
    ["403 blocked by the patient", { kind: "blocked" }, { kind: "permanent", reason: "opted_out" }, undefined],
    ["403 deactivated", { kind: "deactivated" }, { kind: "permanent", reason: "blocked" }, undefined],
    ["400 chat not found", { kind: "chat_not_found" }, { kind: "permanent", reason: "invalid_address" }, undefined],
    ["another 400", { kind: "bad_request", description: "Bad Request: can't parse entities" }, { kind: "permanent", reason: "rejected" }, undefined],
  ])("classifies %s", async (_, failure, expected, retryAfterMs) => {
    fake.failNext(1, failure);
    const error = await sendFailure();
    expect(error).toMatchObject(expected);
    expect(error.options.retryAfterMs).toBe(retryAfterMs);
    // The failure was for that call only: the next send goes through.
    await expect(channel.send(prompt())).resolves.toEqual({ platformMessageId: "1" });
  });

  it("a message longer than Telegram allows is rejected, not retried", async () => {
    expect(await sendFailure(prompt({ text: "x".repeat(4097) }))).toMatchObject({ kind: "permanent", reason: "rejected" });
  });

  it("a chat the user blocked stays refused", async () => {
    fake.setChatState("5550001", "blocked");
    expect(await sendFailure()).toMatchObject({ kind: "permanent", reason: "opted_out", options: { platformCode: 403 } });
    expect(await sendFailure()).toMatchObject({ kind: "permanent", reason: "opted_out" });
  });

  it("an address that is not a chat id is refused without a call", async () => {
    expect(await sendFailure(prompt({ address: "+15551234567" }))).toMatchObject({ kind: "permanent", reason: "invalid_address" });
    expect(fake.calls).toEqual([]);
  });

  it("Telegram's per-chat limit surfaces as a rate limit with retry_after", async () => {
    fake.setRateLimit({ perChatPerSecond: 1 });
    await channel.send(prompt());
    const error = await sendFailure();
    expect(error).toMatchObject({ kind: "retryable", reason: "rate_limited" });
    expect(error.options.retryAfterMs).toBe(1_000);
    // Another chat is not held back by the first one's limit.
    await expect(channel.send(prompt({ address: "5550002" }))).resolves.toBeDefined();
  });

  it("the bot-wide limit holds back every chat", async () => {
    fake.setRateLimit({ perSecond: 2 });
    await channel.send(prompt({ address: "1" }));
    await channel.send(prompt({ address: "2" }));
    expect(await sendFailure(prompt({ address: "3" }))).toMatchObject({ kind: "retryable", reason: "rate_limited" });
    expect(fake.sent).toHaveLength(2);
  });

  it("a send that hangs past the timeout is a retryable network failure", async () => {
    fake.setLatency(3_000);
    expect(await sendFailure()).toMatchObject({ kind: "retryable", reason: "network" });
  });

  it("a server that is not there is a retryable network failure", async () => {
    await fake.close();
    expect(await sendFailure()).toMatchObject({ kind: "retryable", reason: "network" });
    fake = await startFakeTelegramServer({ token: BOT_TOKEN });
  });
});
