import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { createTwilioSmsChannel } from "../../../src/channels/sms/twilio-sms.channel.js";
import { rebase } from "../../../src/channels/twilio/twilio-http-client.js";
import { ACCOUNT_SID, AUTH_TOKEN, MESSAGING_SERVICE_SID, PATIENT_PHONE, PUBLIC_BASE_URL, SENDER, captureLogger, outbound, startSmsHarness, type SmsHarness } from "./harness.js";

let h: SmsHarness;
beforeAll(async () => {
  h = await startSmsHarness({ requestTimeoutMs: 500 });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  h.fake.rateLimitPerSecond = undefined;
  h.logLines.length = 0;
});

async function sendError(text = "Time for your heel slides"): Promise<ChannelSendError> {
  const error = await h.channel.send(outbound(text)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelSendError);
  return error as ChannelSendError;
}

describe("send", () => {
  it("creates the message through the real SDK and returns Twilio's sid", async () => {
    const result = await h.channel.send(outbound("Time for your heel slides: 2 sets of 10"));

    expect(result.platformMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(h.fake.sent).toHaveLength(1);
    expect(h.fake.sent[0]).toMatchObject({
      sid: result.platformMessageId,
      to: PATIENT_PHONE,
      from: SENDER,
      body: "Time for your heel slides: 2 sets of 10",
      statusCallback: `${PUBLIC_BASE_URL}/webhooks/twilio/status`,
    });
    const request = h.fake.requests[0]!;
    expect(request).toMatchObject({ method: "POST", path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, authorized: true });
    expect(request.form.MessagingServiceSid).toBeUndefined();
  });

  it("never logs the text or the number at info level", async () => {
    await h.channel.send(outbound("Your pain diary is due"));
    h.fake.failNext(1, { status: 400, code: 21211 });
    await sendError("Your pain diary is due");
    const logged = JSON.stringify(h.logLines);
    expect(logged).not.toContain("pain diary");
    expect(logged).not.toContain("4155550123");
  });

  it("sends through a messaging service when one is configured", async () => {
    const { logger } = captureLogger();
    const channel = createTwilioSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      messagingServiceSid: MESSAGING_SERVICE_SID,
      publicBaseUrl: PUBLIC_BASE_URL + "/",
      apiBase: h.fake.url,
      logger,
    });
    const result = await channel.send(outbound("Reminder: ankle circles"));

    const request = h.fake.requests[0]!;
    expect(request.form).toMatchObject({ To: PATIENT_PHONE, MessagingServiceSid: MESSAGING_SERVICE_SID, Body: "Reminder: ankle circles" });
    expect(request.form.From).toBeUndefined();
    expect(request.form.StatusCallback).toBe(`${PUBLIC_BASE_URL}/webhooks/twilio/status`);
    expect(h.fake.sent[0]?.sid).toBe(result.platformMessageId);
  });

  it("refuses to start without a sender", () => {
    expect(() =>
      createTwilioSmsChannel({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, publicBaseUrl: PUBLIC_BASE_URL, logger: captureLogger().logger }),
    ).toThrow(/from.*messagingServiceSid/);
  });
});

describe("send errors", () => {
  it("21610 (patient texted STOP) is permanent opted_out", async () => {
    h.fake.optOut(PATIENT_PHONE);
    const error = await sendError();
    expect(error).toMatchObject({ kind: "permanent", reason: "opted_out" });
    expect(error.options.platformCode).toBe(21610);
  });

  it("21211 (invalid number) is permanent invalid_address", async () => {
    const error = (await h.channel.send(outbound("hi", "+1 415 BAD")).catch((e: unknown) => e)) as ChannelSendError;
    expect(error).toMatchObject({ kind: "permanent", reason: "invalid_address" });
    expect(error.options.platformCode).toBe(21211);
    expect(String((error.cause as Error).message)).not.toContain("415");
  });

  it("21614 (not a mobile number) is permanent invalid_address", async () => {
    h.fake.failNext(1, { status: 400, code: 21614, message: "'To' number is not a valid mobile number" });
    expect(await sendError()).toMatchObject({ kind: "permanent", reason: "invalid_address" });
  });

  it("other 4xx is permanent rejected", async () => {
    h.fake.failNext(1, { status: 400, code: 21408, message: "Permission to send an SMS has not been enabled for the region" });
    expect(await sendError()).toMatchObject({ kind: "permanent", reason: "rejected" });
  });

  it("429 with Retry-After is retryable rate_limited with retryAfterMs", async () => {
    h.fake.failNext(1, { status: 429, code: 20429, message: "Too Many Requests", retryAfter: 2 });
    const error = await sendError();
    expect(error).toMatchObject({ kind: "retryable", reason: "rate_limited" });
    expect(error.options.retryAfterMs).toBe(2000);
    expect(error.options.platformCode).toBe(20429);
  });

  it("429 without Retry-After is retryable rate_limited with no retryAfterMs", async () => {
    h.fake.failNext(1, { status: 429, code: 20429 });
    const error = await sendError();
    expect(error).toMatchObject({ kind: "retryable", reason: "rate_limited" });
    expect(error.options.retryAfterMs).toBeUndefined();
  });

  it("the fake's per-second rate limit surfaces as rate_limited, and is counted", async () => {
    h.fake.rateLimitPerSecond = 2;
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => h.channel.send(outbound(`exercise ${i}`))));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(rejected).toHaveLength(2);
    for (const r of rejected) expect(r.reason).toMatchObject({ kind: "retryable", reason: "rate_limited", options: { retryAfterMs: 1000 } });
    expect(h.fake.rateLimitedCount).toBe(2);
  });

  it("500 is retryable server", async () => {
    h.fake.failNext(1, { status: 500, code: 20500, message: "Internal Server Error" });
    expect(await sendError()).toMatchObject({ kind: "retryable", reason: "server" });
  });

  it("a dropped connection is retryable network", async () => {
    h.fake.dropNext(1);
    expect(await sendError()).toMatchObject({ kind: "retryable", reason: "network" });
    expect(h.fake.sent).toHaveLength(0);
  });

  it("a timeout is retryable network (and Twilio may still have sent it)", async () => {
    h.fake.delayNext(1, 1500);
    expect(await sendError("slow one")).toMatchObject({ kind: "retryable", reason: "network" });
    await vi.waitFor(() => expect(h.fake.sent.map((m) => m.body)).toEqual(["slow one"]), { timeout: 5000 });
  });

  it("connection refused is retryable network", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const channel = createTwilioSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: SENDER,
      publicBaseUrl: PUBLIC_BASE_URL,
      apiBase: `http://127.0.0.1:${port}`,
      logger: captureLogger().logger,
    });
    const error = await channel.send(outbound("hello")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ kind: "retryable", reason: "network" });
  });

  it("wrong credentials are permanent rejected", async () => {
    const channel = createTwilioSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: "wrong",
      from: SENDER,
      publicBaseUrl: PUBLIC_BASE_URL,
      apiBase: h.fake.url,
      logger: captureLogger().logger,
    });
    const error = await channel.send(outbound("hello")).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "permanent", reason: "rejected", options: { platformCode: 20003 } });
  });
});

describe("rebase", () => {
  it.each([
    ["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json", "http://127.0.0.1:4000", "http://127.0.0.1:4000/2010-04-01/Accounts/AC1/Messages.json"],
    ["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B1&Page=1", "http://127.0.0.1:4000/", "http://127.0.0.1:4000/2010-04-01/Accounts/AC1/Messages.json?To=%2B1&Page=1"],
    ["https://api.sydney.au1.twilio.com/2010-04-01/X.json", "http://127.0.0.1:4000/twilio", "http://127.0.0.1:4000/twilio/2010-04-01/X.json"],
  ])("%s onto %s", (uri, base, expected) => {
    expect(rebase(uri, new URL(base))).toBe(expected);
  });
});
