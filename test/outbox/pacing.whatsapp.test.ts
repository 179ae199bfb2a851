import { describe, expect, it } from "vitest";
import { createSendPacer, RATE_SAFETY } from "../../src/outbox/pacing.js";

describe("pacing WhatsApp sends per sender", () => {
  const long = "x".repeat(700); // five SMS segments, one WhatsApp message

  it("books one slot per message (not per SMS segment) at TWILIO_WHATSAPP_RATE_PER_SECOND, across recipients", () => {
    const pacer = createSendPacer({ whatsapp: 2, sms: 100 });
    const waits = ["whatsapp:+34600000001", "whatsapp:+34600000002", "whatsapp:+34600000003"].map((to) => pacer.reserve("whatsapp", to, long, 0, 10_000));
    const interval = 1000 / (2 * RATE_SAFETY);
    expect(waits).toEqual([{ goInMs: 0 }, { goInMs: Math.ceil(interval) }, { goInMs: Math.ceil(2 * interval) }]);
  });

  it("keeps WhatsApp and SMS apart: a busy SMS sender does not hold WhatsApp back", () => {
    const pacer = createSendPacer({ whatsapp: 80, sms: 1 });
    pacer.reserve("sms", "+15550000001", "hi", 0, 10_000);
    expect(pacer.reserve("sms", "+15550000002", "hi", 0, 10_000)).not.toEqual({ goInMs: 0 });
    expect(pacer.reserve("whatsapp", "whatsapp:+34600000001", "hi", 0, 10_000)).toEqual({ goInMs: 0 });
  });

  it("never admits more than the rate in any second on the instants sends really left", () => {
    const pacer = createSendPacer({ whatsapp: 3 });
    const admitted: number[] = [];
    for (let now = 0; now < 3000 && admitted.length < 9; now += 1) {
      if (pacer.admit("whatsapp", "whatsapp:+34600000001", "hi", now) === 0) admitted.push(now);
    }
    for (const at of admitted) expect(admitted.filter((t) => t > at - 1000 && t <= at).length).toBeLessThanOrEqual(3);
  });
});
