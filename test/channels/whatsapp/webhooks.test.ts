import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WHATSAPP_STATUS_PATH } from "../../../src/channels/whatsapp/twilio-whatsapp.channel.js";
import { TWILIO_INBOUND_PATH } from "../../../src/channels/sms/twilio-sms.channel.js";
import { postTwilioWebhook, statusCallbackParams } from "../../fakes/twilio-server.js";
import { AUTH_TOKEN, LUCIA, PUBLIC_BASE_URL, WHATSAPP_SENDER, outbound, startWhatsAppHarness, type WhatsAppHarness } from "./harness.js";

describe("WhatsApp webhooks (twilio SDK signatures, fake Twilio)", () => {
  let h: WhatsAppHarness;
  beforeEach(async () => {
    h = await startWhatsAppHarness();
  });
  afterEach(async () => h.close());

  it("turns a signed inbound message into a channel-free message with the whatsapp:+E164 address", async () => {
    const response = await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "hecho" });
    expect(response.status).toBe(200);
    expect(response.body).toContain("<Response/>");
    expect(h.hooks.inbound).toEqual([
      expect.objectContaining({ channel: "whatsapp", address: LUCIA, text: "hecho", receivedAt: h.clock.now }),
    ]);
    expect(h.hooks.inbound[0]).not.toHaveProperty("media");
  });

  it("keeps a photo and a voice note as references, with their content types", async () => {
    const media = [
      { url: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", contentType: "image/jpeg" },
      { url: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2", contentType: "audio/ogg" },
    ];
    await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "", media });
    expect(h.hooks.inbound[0]).toMatchObject({ text: "", media });
  });

  it("maps a tapped template button straight to a reading", async () => {
    await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "Hecho", button: { payload: "done", text: "Hecho" } });
    await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "Dolor", button: { payload: "qr:pain:es", text: "Dolor" } });
    await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "Ver más", button: { payload: "something-else", text: "Ver más" } });
    expect(h.hooks.inbound.map((m) => m.quickReply)).toEqual(["done", "pain", undefined]);
  });

  it("refuses a forged signature (403) or none (400) and passes nothing on", async () => {
    const forged = await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "hecho" }, { signature: "Zm9yZ2VkIHNpZ25hdHVyZQ==" });
    const unsigned = await h.inbound({ from: LUCIA, to: WHATSAPP_SENDER, body: "hecho" }, { signature: null });
    expect([forged.status, unsigned.status]).toEqual([403, 400]);
    expect(h.hooks.inbound).toEqual([]);
  });

  it("checks the signature over PUBLIC_BASE_URL plus its own path, not the SMS path", async () => {
    const signedForSms = await h.fake.sendWhatsAppInbound(`${h.localUrl}/webhooks/whatsapp`, PUBLIC_BASE_URL + TWILIO_INBOUND_PATH, {
      from: LUCIA,
      to: WHATSAPP_SENDER,
      body: "hecho",
    });
    expect(signedForSms.status).toBe(403);
  });

  it("answers 400 to a signed form that is not a WhatsApp message (an SMS number as sender)", async () => {
    const response = await h.inbound({ from: "+34600111222", to: WHATSAPP_SENDER, body: "hecho" });
    expect(response.status).toBe(400);
    expect(h.hooks.inbound).toEqual([]);
  });

  it("passes status callbacks on and says clearly when Twilio reports 63016 (outside the 24-hour window)", async () => {
    const fake = h.fake;
    fake.whatsappRefusal = "fail_later";
    const sent = await h.channel.send(outbound("Hora de sus ejercicios", "reply"));
    const message = fake.sent.find((m) => m.sid === sent.platformMessageId)!;
    expect(message).toMatchObject({ status: "failed", errorCode: 63016 });
    const url = `${PUBLIC_BASE_URL}${WHATSAPP_STATUS_PATH}`;
    const response = await postTwilioWebhook(`${h.localUrl}${WHATSAPP_STATUS_PATH}`, AUTH_TOKEN, statusCallbackParams(message, "failed", 63016), { publicUrl: url });
    expect(response.status).toBe(204);
    expect(h.hooks.statuses).toEqual([{ channel: "whatsapp", platformMessageId: sent.platformMessageId, status: "failed", platformCode: 63016 }]);
    expect(h.logLines.some((l) => String(l.msg).includes("outside the 24-hour window") && l.level === 40)).toBe(true);
    expect(JSON.stringify(h.logLines)).not.toContain("Hora de sus ejercicios");
    expect(JSON.stringify(h.logLines)).not.toContain("600111222");
  });
});
