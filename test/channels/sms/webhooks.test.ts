import twilio from "twilio";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TWILIO_INBOUND_PATH, TWILIO_STATUS_PATH } from "../../../src/channels/sms/twilio-sms.channel.js";
import { inboundSmsParams, postTwilioWebhook, statusCallbackParams } from "../../fakes/twilio-server.js";
import { ACCOUNT_SID, AUTH_TOKEN, PATIENT_PHONE, PUBLIC_BASE_URL, SENDER, outbound, startSmsHarness, type SmsHarness } from "./harness.js";

let h: SmsHarness;
beforeAll(async () => {
  h = await startSmsHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.hooks.inbound.length = 0;
  h.hooks.statuses.length = 0;
  h.logLines.length = 0;
});

const inboundUrl = () => h.localUrl + TWILIO_INBOUND_PATH;
const statusUrl = () => h.localUrl + TWILIO_STATUS_PATH;
const signedAs = (path: string) => ({ publicUrl: PUBLIC_BASE_URL + path });
const patientSays = (body: string, messageSid?: string) =>
  inboundSmsParams({ accountSid: ACCOUNT_SID, from: PATIENT_PHONE, to: SENDER, body, ...(messageSid ? { messageSid } : {}) });

describe("inbound SMS webhook", () => {
  it("turns a signed webhook into an InboundMessage and answers an empty TwiML response", async () => {
    const before = Date.now();
    const params = patientSays("Did my knee bends, all 3 sets");
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, params, signedAs(TWILIO_INBOUND_PATH));

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    expect(res.body).toContain("<Response/>");
    expect(h.hooks.inbound).toHaveLength(1);
    const message = h.hooks.inbound[0]!;
    expect(message).toMatchObject({
      channel: "sms",
      platformMessageId: params.MessageSid,
      address: PATIENT_PHONE,
      text: "Did my knee bends, all 3 sets",
    });
    expect(message.receivedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(message.receivedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("answers 400 to an unsigned webhook and stores nothing", async () => {
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, patientSays("hello"), { signature: null });
    expect(res.status).toBe(400);
    expect(h.hooks.inbound).toHaveLength(0);
  });

  it("answers 403 to a forged signature and stores nothing", async () => {
    const res = await postTwilioWebhook(inboundUrl(), "not-the-auth-token", patientSays("hello"), signedAs(TWILIO_INBOUND_PATH));
    expect(res.status).toBe(403);
    expect(h.hooks.inbound).toHaveLength(0);
  });

  it("answers 403 when a signed field was changed in transit", async () => {
    const params = patientSays("I did them");
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_BASE_URL + TWILIO_INBOUND_PATH, params);
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, { ...params, Body: "I did not do them" }, { signature });
    expect(res.status).toBe(403);
    expect(h.hooks.inbound).toHaveLength(0);
  });

  it("rejects a signature computed over the local URL: only the configured public URL counts", async () => {
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, patientSays("hello"));
    expect(res.status).toBe(403);
    expect(h.hooks.inbound).toHaveLength(0);
  });

  it("validates over all posted fields, including ones it does not know", async () => {
    const params = {
      ...patientSays("sent you a photo"),
      NumMedia: "1",
      MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME",
      MediaContentType0: "image/jpeg",
      SomeFieldTwilioAddsNextYear: "yes",
    };
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, params, signedAs(TWILIO_INBOUND_PATH));
    expect(res.status).toBe(200);
    expect(h.hooks.inbound[0]?.text).toBe("sent you a photo");
  });

  it("keeps an MMS with no text as an empty message", async () => {
    const params: Record<string, string> = { ...patientSays(""), NumMedia: "1" };
    delete params.Body;
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, params, signedAs(TWILIO_INBOUND_PATH));
    expect(res.status).toBe(200);
    expect(h.hooks.inbound[0]?.text).toBe("");
  });

  it("answers 400 to a signed request that is not an inbound message", async () => {
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, { AccountSid: ACCOUNT_SID }, signedAs(TWILIO_INBOUND_PATH));
    expect(res.status).toBe(400);
    expect(h.hooks.inbound).toHaveLength(0);
  });

  it("answers 500 when the handler fails, logging the MessageSid but not the text or the number", async () => {
    const params = patientSays("my knee is swollen and hot");
    h.hooks.failInboundWith = new Error(`could not store "my knee is swollen and hot" from ${PATIENT_PHONE}`);
    const res = await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, params, signedAs(TWILIO_INBOUND_PATH));

    expect(res.status).toBe(500);
    const errorLine = h.logLines.find((l) => l.level === 50);
    expect(errorLine).toBeDefined();
    expect(errorLine!.messageSid).toBe(params.MessageSid);
    const logged = JSON.stringify(h.logLines);
    expect(logged).not.toContain("swollen");
    expect(logged).not.toContain("4155550123");
  });

  it("never logs the text or the number at info level", async () => {
    await postTwilioWebhook(inboundUrl(), AUTH_TOKEN, patientSays("pain is 7 out of 10"), signedAs(TWILIO_INBOUND_PATH));
    expect(h.logLines.length).toBeGreaterThan(0);
    const logged = JSON.stringify(h.logLines);
    expect(logged).not.toContain("pain is 7");
    expect(logged).not.toContain("4155550123");
  });
});

describe("status callback webhook", () => {
  const message = { sid: "SM" + "ab".repeat(16), accountSid: ACCOUNT_SID, from: SENDER, to: PATIENT_PHONE, messagingServiceSid: null };

  it("forwards a signed status callback as a DeliveryStatusUpdate", async () => {
    const res = await postTwilioWebhook(statusUrl(), AUTH_TOKEN, statusCallbackParams(message, "delivered"), signedAs(TWILIO_STATUS_PATH));
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expect(h.hooks.statuses).toEqual([{ channel: "sms", platformMessageId: message.sid, status: "delivered" }]);
  });

  it("carries the ErrorCode of a failed delivery", async () => {
    await postTwilioWebhook(statusUrl(), AUTH_TOKEN, statusCallbackParams(message, "undelivered", 30006), signedAs(TWILIO_STATUS_PATH));
    expect(h.hooks.statuses).toEqual([{ channel: "sms", platformMessageId: message.sid, status: "undelivered", platformCode: 30006 }]);
  });

  it("rejects unsigned (400) and forged (403) status callbacks", async () => {
    const params = statusCallbackParams(message, "delivered");
    expect((await postTwilioWebhook(statusUrl(), AUTH_TOKEN, params, { signature: null })).status).toBe(400);
    expect((await postTwilioWebhook(statusUrl(), "wrong-token", params, signedAs(TWILIO_STATUS_PATH))).status).toBe(403);
    expect(h.hooks.statuses).toHaveLength(0);
  });

  it("receives the callbacks Twilio sends for a message the channel sent", async () => {
    const { platformMessageId } = await h.channel.send(outbound("Time for your wall sits"));
    for (const status of ["sent", "delivered"] as const) {
      const res = await h.fake.sendStatusCallback(platformMessageId, status, { deliverTo: statusUrl() });
      expect(res.status).toBeLessThan(300);
    }
    expect(h.hooks.statuses.map((s) => s.status)).toEqual(["sent", "delivered"]);
    expect(h.hooks.statuses.every((s) => s.platformMessageId === platformMessageId)).toBe(true);
  });

  it("acknowledges statuses it does not track without forwarding them", async () => {
    const res = await postTwilioWebhook(statusUrl(), AUTH_TOKEN, statusCallbackParams(message, "receiving"), signedAs(TWILIO_STATUS_PATH));
    expect(res.status).toBeLessThan(300);
    expect(h.hooks.statuses).toHaveLength(0);
  });
});
