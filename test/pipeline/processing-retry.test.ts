import { afterEach, describe, expect, it } from "vitest";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { DEFAULT_PROCESSING_RETRY, UNPROCESSED_REASON } from "../../src/pipeline/processing-retry.js";

const THERAPIST_PHONE = "+15555550199";

/** Makes every insert into the readings table fail, as a full disk or a lost connection would. */
async function breakReadings(h: PipelineHarness): Promise<void> {
  const db = h.database.db;
  if (h.database.provider === "sqlite") {
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_readings BEFORE INSERT ON "Reading" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
  } else {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_readings() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_readings BEFORE INSERT ON "Reading" FOR EACH ROW EXECUTE FUNCTION refuse_readings()`);
  }
}

async function repairReadings(h: PipelineHarness): Promise<void> {
  const db = h.database.db;
  if (h.database.provider === "sqlite") await db.$executeRawUnsafe(`DROP TRIGGER refuse_readings`);
  else await db.$executeRawUnsafe(`DROP TRIGGER refuse_readings ON "Reading"`);
}

/** Moves the clock past the message's backoff and lets the sweep queue it again. */
async function retryAfterBackoff(h: PipelineHarness, messageId: string): Promise<number> {
  const { retryAt } = await h.database.db.messageLog.findUniqueOrThrow({ where: { id: messageId } });
  expect(retryAt, "a failed message has a time to try again").not.toBeNull();
  h.clock.now = new Date(retryAt!.getTime() + 1);
  const queued = await h.pipeline.retryDue();
  await h.pipeline.idle();
  return queued;
}

describe.each(TEST_PROVIDERS)("failed processing on %s", (provider) => {
  let h: PipelineHarness;
  afterEach(async () => h?.close());

  it("retries a chest-pain message that failed on a database error and ends in an emergency escalation and a reply", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    await db.therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: THERAPIST_PHONE } });
    await breakReadings(h);

    expect(await h.say(h.personas.harold, "I have chest pain and can't breathe")).toBeNull();
    const message = await db.messageLog.findFirstOrThrow({ where: { patientId: h.personas.harold, direction: "inbound" } });
    expect(message).toMatchObject({ state: "failed", attempts: 1 });
    expect(await db.escalation.count()).toBe(0);
    // Not due yet: nothing is retried before its backoff.
    expect(await h.pipeline.retryDue()).toBe(0);

    await repairReadings(h);
    expect(await retryAfterBackoff(h, message.id)).toBe(1);

    expect(await db.messageLog.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ state: "processed" });
    const escalation = await db.escalation.findFirstOrThrow({ where: { patientId: h.personas.harold } });
    expect(escalation.level).toBe("emergency");
    const reply = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `reply:${message.id}` } });
    expect(reply.body).toContain("911");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `alert:${escalation.id}` } })).toBe(1);
  });

  it("after the last attempt puts the message, with its text, in the therapist's inbox as not processed", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    await db.therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: THERAPIST_PHONE } });
    await breakReadings(h);

    await h.say(h.personas.dana, "my arm went numb after the wall slides");
    const message = await db.messageLog.findFirstOrThrow({ where: { patientId: h.personas.dana, direction: "inbound" } });
    for (let attempt = 2; attempt <= DEFAULT_PROCESSING_RETRY.maxAttempts; attempt++) {
      expect(await retryAfterBackoff(h, message.id)).toBe(1);
      expect((await db.messageLog.findUniqueOrThrow({ where: { id: message.id } })).attempts).toBe(attempt);
    }
    const given = await db.messageLog.findUniqueOrThrow({ where: { id: message.id } });
    expect(given).toMatchObject({ state: "failed", retryAt: null });
    expect(await h.pipeline.retryDue()).toBe(0);

    const escalation = await db.escalation.findFirstOrThrow({ where: { patientId: h.personas.dana } });
    expect(escalation).toMatchObject({ level: "urgent", reason: UNPROCESSED_REASON, status: "open", messageId: message.id });
    expect(escalation.summary).toContain("my arm went numb after the wall slides");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `alert:${escalation.id}`, address: THERAPIST_PHONE } })).toBe(1);
    // The patient is answered too: their message went to the therapist, and what to do if it cannot wait.
    const reply = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `reply:${message.id}` } });
    expect(reply.body).toMatch(/passed it to your therapist.*call 911 now/);
  });

  it("queues again a message left received when even the failed mark could not be written", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    const stored = await db.messageLog.create({
      data: { patientId: h.personas.harold, direction: "inbound", channel: "local", platformMessageId: "lost-in-a-crash", address: h.personas.harold, body: "done", createdAt: h.clock.now },
    });
    expect(await h.pipeline.retryDue()).toBe(0);
    h.clock.now = new Date(h.clock.now.getTime() + DEFAULT_PROCESSING_RETRY.staleReceivedMs);
    expect(await h.pipeline.retryDue()).toBe(1);
    await h.pipeline.idle();
    expect((await db.messageLog.findUniqueOrThrow({ where: { id: stored.id } })).state).toBe("processed");
  });
});
