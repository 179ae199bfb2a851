import { afterEach, describe, expect, it } from "vitest";
import type { Channel, InboundAck, InboundMessage } from "../../../src/channels/channel.js";
import { createTelegramChannel } from "../../../src/channels/telegram/telegram.channel.js";
import { startFakeTelegramServer, type FakeTelegramServer } from "../../fakes/telegram-server.js";
import { BOT_TOKEN, captureLogger, recordingHooks } from "./helpers.js";

const CHAT = { id: 5550003, type: "private", first_name: "Lee" };

let fake: FakeTelegramServer;
let channel: Channel;

async function startPolling(
  onInbound?: (message: InboundMessage) => Promise<InboundAck>,
  prepare?: (fake: FakeTelegramServer) => void,
) {
  fake = await startFakeTelegramServer({ token: BOT_TOKEN });
  prepare?.(fake);
  const log = captureLogger();
  const recorder = recordingHooks(onInbound);
  channel = createTelegramChannel({
    botToken: BOT_TOKEN,
    apiRoot: fake.apiRoot,
    mode: "polling",
    logger: log.logger,
    inboundRetryDelaysMs: [10, 10],
  });
  await channel.start!(recorder.hooks);
  return { ...recorder, log };
}

function textUpdate(text: string) {
  return { message: { message_id: 1, date: 1_741_100_000, chat: CHAT, from: { id: CHAT.id, is_bot: false, first_name: "Lee" }, text } };
}

afterEach(async () => {
  await channel.stop!();
  await fake.close();
});

describe("Telegram long polling", () => {
  it("receives queued updates and confirms them", async () => {
    const { waitForInbound } = await startPolling();
    const first = fake.queueUpdate(textUpdate("/start XYZ789"));
    fake.queueUpdate(textUpdate("done"));
    const received = await waitForInbound(2);
    expect(received.map((m) => [m.platformMessageId, m.text, m.linkCode])).toEqual([
      [String(first), "/start XYZ789", "XYZ789"],
      [String(first + 1), "done", undefined],
    ]);
    // The next getUpdates asks past both, which confirms them to Telegram.
    const polls = await fake.waitForCalls("getUpdates", 2);
    expect(polls.at(-1)?.params.offset).toBe(first + 2);
  });

  it("maps a button tap and answers it", async () => {
    const { waitForInbound } = await startPolling();
    fake.queueUpdate({ callback_query: { id: "cb-7", from: { id: CHAT.id }, chat_instance: "1", data: "qr:pain:en", message: { message_id: 3, date: 1, chat: CHAT } } });
    const [tap] = await waitForInbound(1);
    expect(tap).toMatchObject({ quickReply: "pain", text: "Pain", address: "5550003" });
    await fake.waitForCalls("answerCallbackQuery", 1);
  });

  it("retries storing an update rather than skipping it", async () => {
    let failures = 2;
    const { waitForInbound } = await startPolling(async () => {
      if (failures-- > 0) throw new Error("database is busy");
      return { accepted: true };
    });
    fake.queueUpdate(textUpdate("finished, no pain"));
    expect((await waitForInbound(1))[0]?.text).toBe("finished, no pain");
  });

  it("keeps polling after another instance's 409 conflict", async () => {
    const { waitForInbound, log } = await startPolling(undefined, (f) => {
      f.failNext(1, { kind: "conflict" }, "getUpdates");
      f.queueUpdate(textUpdate("done"));
    });
    await waitForInbound(1, 10_000);
    expect(fake.callsTo("deleteWebhook").length).toBe(2);
    expect(log.lines.some((line) => line.includes("telegram long polling failed"))).toBe(true);
  });

  it("stop() ends polling", async () => {
    const { log } = await startPolling();
    await fake.waitForCalls("getUpdates", 1);
    await channel.stop!();
    // stop() waited for the polling loop itself (not just its deadline), and the fake has seen its
    // last long poll close: nothing is left that could call again.
    await fake.noOpenPolls();
    expect(log.lines.some((line) => line.includes("telegram long polling stopped"))).toBe(true);
    expect(log.lines.some((line) => line.includes("still being handled at stop") || line.includes("stopping telegram long polling failed"))).toBe(false);
  });
});
