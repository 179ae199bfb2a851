import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseStoredCard } from "../../src/conversation/escalation-card.js";
import { clinicTime } from "../../src/conversation/escalation-card-text.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";

describe.each(TEST_PROVIDERS)("the escalation card from a patient's message on %s", (provider) => {
  let h: PipelineHarness;
  const db = () => h.database.db;
  beforeEach(async () => {
    h = await createPipelineHarness(provider);
  });
  afterEach(async () => h.close());

  it("an emergency: headline and why in words, the message verbatim, what hepbot said; the SMS alert is short", async () => {
    await db().therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: "+15555550199" } });
    const told = await h.say(h.personas.harold, "My wife says my face is drooping and my speech is slurred");
    const escalation = await db().escalation.findFirstOrThrow({ where: { patientId: h.personas.harold } });
    const card = parseStoredCard(escalation.card);
    expect(card).toMatchObject({
      level: "emergency",
      headline: "Possible stroke signs",
      message: { text: "My wife says my face is drooping and my speech is slurred" },
      told,
    });
    expect(card!.why).toContain("Face drooping, lopsided or numb (BE-FAST: Face).");
    expect(escalation.summary.split("\n")[0]).toBe("EMERGENCY (patient told to call emergency services): Possible stroke signs");

    const alert = await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `alert:${escalation.id}` } });
    expect(alert.body).toMatch(/^hepbot EMERGENCY .*: Harold Jennings\. Possible stroke signs\. "My wife says my face is drooping/);
    expect(alert.body.length).toBeLessThanOrEqual(300);
  });

  it("a Telegram alert carries the whole card, times in the clinic's zone", async () => {
    await db().therapist.updateMany({ data: { notifyChannel: "telegram", notifyAddress: "4242" } });
    await h.say(h.personas.harold, "knee pain is 9/10 after the heel slides");
    const escalation = await db().escalation.findFirstOrThrow({ where: { patientId: h.personas.harold } });
    const alert = await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `alert:${escalation.id}` } });
    const lines = alert.body.split("\n");
    expect(lines[0]).toBe("hepbot URGENT (same day): Harold Jennings");
    expect(lines[1]).toMatch(/^Pain 9\/10/);
    const clinic = await db().clinic.findFirstOrThrow({ where: { patients: { some: { id: h.personas.harold } } } });
    const when = clinicTime(escalation.createdAt, { timeZone: clinic.timeZone, locale: "en" });
    expect(when).toMatch(/[A-Z]{3}|GMT/);
    expect(lines).toContain(`Message (${when}): "knee pain is 9/10 after the heel slides"`);
    expect(alert.body).toContain("Pain 9/10");
    expect(lines.at(-1)).toBe("Open the hepbot inbox to respond.");
  });
});
