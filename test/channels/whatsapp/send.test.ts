import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChannelSendError } from "../../../src/channels/channel.js";
import { HOUR, LUCIA, NUDGE_ES, PROMPT_EN, PROMPT_ES, WHATSAPP_SENDER, outbound, startWhatsAppHarness, type WhatsAppHarness } from "./harness.js";

describe("WhatsApp sends (twilio SDK against the fake): free-form inside 24 hours, templates outside", () => {
  let h: WhatsAppHarness;
  beforeEach(async () => {
    h = await startWhatsAppHarness();
  });
  afterEach(async () => h.close());

  const wrote = async (hoursAgo: number) => {
    const at = new Date(h.clock.now.getTime() - hoursAgo * HOUR);
    h.lastInbound.set(LUCIA, at);
    h.fake.openWhatsAppSession(LUCIA, at);
  };

  it("sends free-form text from the WhatsApp sender while the window is open", async () => {
    await wrote(2);
    const result = await h.channel.send(outbound("¡Bien hecho!", "reply"));
    expect(h.fake.sent).toEqual([
      expect.objectContaining({ sid: result.platformMessageId, to: LUCIA, from: WHATSAPP_SENDER, body: "¡Bien hecho!", contentSid: null }),
    ]);
    expect(h.fake.sent[0]!.statusCallback).toBe("https://hepbot.example.org/webhooks/whatsapp/status");
  });

  it("sends a prompt 30 hours after the patient's last message as the family's template in her language", async () => {
    await wrote(30);
    await h.channel.send(outbound("Sus ejercicios de hoy:\n1. Puente — 2x10\nResponda HECHO", "prompt"));
    expect(h.fake.sent[0]).toMatchObject({
      contentSid: PROMPT_ES,
      contentVariables: { "1": "Sus ejercicios de hoy: · 1. Puente — 2x10 · Responda HECHO" },
    });
  });

  it("uses a template when the patient never wrote, and English when her language has none", async () => {
    await h.channel.send(outbound("Time for your exercises", "prompt", "whatsapp:+14155550123", "en"));
    await h.channel.send(outbound("¿Pudo hacer sus ejercicios?", "nudge"));
    await h.channel.send(outbound("Sus ejercicios", "prompt", LUCIA, "fr"));
    expect(h.fake.sent.map((m) => m.contentSid)).toEqual([PROMPT_EN, NUDGE_ES, PROMPT_EN]);
  });

  it("classifies Twilio's 63016 refusal of free-form text outside the window as permanent, not to retry", async () => {
    await wrote(25);
    const error = await h.channel.send(outbound("Su terapeuta le escribe", "reply")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ kind: "permanent", reason: "outside_window", options: { platformCode: 63016 } });
    expect(h.fake.requests.filter((r) => r.kind === "create")).toHaveLength(1);
    expect(JSON.stringify(h.logLines)).not.toContain("Su terapeuta");
  });

  it("refuses an address that is not whatsapp:+E164 without calling Twilio", async () => {
    const error = await h.channel.send(outbound("hola", "reply", "+34600111222")).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "permanent", reason: "invalid_address" });
    expect(h.fake.requests).toHaveLength(0);
  });

  it("finds a template send after a crash by its text inside the template's body", async () => {
    const message = outbound("Sus ejercicios de hoy", "prompt");
    const sent = await h.channel.send(message);
    expect(await h.channel.findSent!(message, h.clock.now)).toBe(sent.platformMessageId);
    expect(await h.channel.findSent!(message, h.clock.now, new Set([sent.platformMessageId]))).toBeNull();
    expect(await h.channel.findSent!(outbound("otro texto", "prompt"), h.clock.now)).toBeNull();
  });
});
