import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { PATIENT_PHONE, outbound, startSmsHarness, type SmsHarness } from "./harness.js";

let h: SmsHarness;
beforeAll(async () => {
  h = await startSmsHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  h.fake.autoSend = true;
});

const OTHER_PATIENT = "+14155550199";

describe("findSent", () => {
  it("finds a message that went out before a crash, by recipient and text", async () => {
    const since = new Date();
    const prompt = outbound("Evening check-in: did you do your quad sets?");
    const { platformMessageId } = await h.channel.send(prompt);
    await h.channel.send(outbound("Evening check-in: did you do your quad sets?", OTHER_PATIENT));
    await h.channel.send(outbound("Something else entirely"));

    expect(await h.channel.findSent!(prompt, since)).toBe(platformMessageId);
    const list = h.fake.requests.find((r) => r.kind === "list")!;
    expect(list.query.To).toBe(PATIENT_PHONE);
    expect(list.query["DateSent>"]).toBeDefined();
  });

  it("finds a message whose response was lost (connection dropped after Twilio stored it)", async () => {
    const since = new Date();
    const prompt = outbound("Morning prompt: 10 heel raises");
    h.fake.dropNext(1, { afterCreate: true });
    await expect(h.channel.send(prompt)).rejects.toMatchObject({ kind: "retryable", reason: "network" });

    expect(await h.channel.findSent!(prompt, since)).toBe(h.fake.sent[0]!.sid);
  });

  it("finds a message still queued at Twilio (no date_sent yet)", async () => {
    h.fake.autoSend = false;
    const since = new Date();
    const prompt = outbound("Queued behind the rate limit");
    const { platformMessageId } = await h.channel.send(prompt);
    expect(h.fake.sent[0]!.dateSent).toBeNull();

    expect(await h.channel.findSent!(prompt, since)).toBe(platformMessageId);
  });

  it("returns null when Twilio has no such message", async () => {
    const since = new Date();
    await h.channel.send(outbound("A different prompt"));
    await h.channel.send(outbound("The prompt we look for", OTHER_PATIENT));

    expect(await h.channel.findSent!(outbound("The prompt we look for"), since)).toBeNull();
  });

  it("ignores the same text sent long before `since` (yesterday's identical reminder)", async () => {
    const prompt = outbound("Daily reminder: do your exercises");
    await h.channel.send(prompt);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);

    expect(await h.channel.findSent!(prompt, tomorrow)).toBeNull();
  });

  it("throws a classified error when Twilio cannot be asked", async () => {
    h.fake.failNext(1, { status: 503 }, { on: "list" });
    const error = await h.channel.findSent!(outbound("anything"), new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ kind: "retryable", reason: "server" });
  });
});
