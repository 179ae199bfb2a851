import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { createMessageProcessor } from "../../src/pipeline/processor.js";
import { createProcessingRetry } from "../../src/pipeline/processing-retry.js";
import { PRIORITY } from "../../src/outbox/outbox.repo.js";

const THERAPIST_PHONE = "+15555550199";

/** A message as the webhook leaves it: stored, `received`, not yet read. */
async function stored(h: PipelineHarness, patientId: string, body: string): Promise<string> {
  const { id } = await h.database.db.messageLog.create({
    data: { patientId, direction: "inbound", channel: "local", platformMessageId: randomUUID(), address: patientId, body, state: "received", createdAt: h.clock.now },
  });
  return id;
}

describe.each(TEST_PROVIDERS)("processing messages in batches on %s", (provider) => {
  let h: PipelineHarness;
  afterEach(async () => h?.close());

  const processorFor = (harness: PipelineHarness) => createMessageProcessor(harness.deps, createProcessingRetry(harness.deps));

  it("reads, records and answers each message of a batch as if it came alone, and alerts the therapist of its red flag", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    await db.therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: THERAPIST_PHONE } });
    const { harold, rosa, dana } = h.personas;
    const ids = [await stored(h, harold, "done, all three"), await stored(h, rosa, "me duele la espalda, 6 de 10"), await stored(h, dana, "crushing chest pain and my left arm is numb")];

    await processorFor(h).processSafely(ids);

    const messages = await db.messageLog.findMany({ where: { id: { in: ids } }, include: { reading: true } });
    expect(messages.map((m) => m.state)).toEqual(["processed", "processed", "processed"]);
    const kinds = Object.fromEntries(messages.map((m) => [m.patientId, [m.reading?.kind, m.reading?.escalate]]));
    expect(kinds[harold]).toEqual(["done", "none"]);
    expect(kinds[rosa]![0]).toBe("pain");
    expect(kinds[dana]).toEqual(["pain", "emergency"]);
    const replies = await db.outboxMessage.findMany({ where: { idempotencyKey: { in: ids.map((id) => `reply:${id}`) } } });
    expect(replies.map((r) => r.patientId).sort()).toEqual([harold, rosa, dana].sort());
    // The reply telling Dana to call now is claimed before routine replies, with the therapist's alerts.
    expect(Object.fromEntries(replies.map((r) => [r.patientId, r.priority]))).toEqual({ [harold]: PRIORITY.reply, [rosa]: PRIORITY.reply, [dana]: PRIORITY.redFlag });
    expect(await db.completion.count({ where: { messageId: ids[0] } })).toBe(1);
    expect(await db.painReport.count({ where: { messageId: ids[1], score: 6 } })).toBe(1);
    const escalation = await db.escalation.findFirstOrThrow({ where: { messageId: ids[2] } });
    expect(escalation.level).toBe("emergency");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `alert:${escalation.id}`, address: THERAPIST_PHONE } })).toBe(1);
  });

  it("when one message of a batch cannot be recorded, processes the others and retries that one alone", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    const { harold, rosa, dana } = h.personas;
    const ids = [await stored(h, harold, "done"), await stored(h, rosa, "hecho"), await stored(h, dana, "skipped today")];
    // A reading already stored for the second message (as a half-finished earlier attempt might leave)
    // makes the batch's insert of readings fail.
    await db.reading.create({ data: { messageId: ids[1]!, kind: "done", escalate: "none", rule: "test", source: "rules" } });

    await processorFor(h).processSafely(ids);

    const states = await db.messageLog.findMany({ where: { id: { in: ids } }, select: { id: true, state: true, attempts: true } });
    const byId = new Map(states.map((s) => [s.id, s]));
    expect(byId.get(ids[0]!)).toMatchObject({ state: "processed", attempts: 0 });
    expect(byId.get(ids[1]!)).toMatchObject({ state: "failed", attempts: 1 });
    expect(byId.get(ids[2]!)).toMatchObject({ state: "processed", attempts: 0 });
    expect(await db.outboxMessage.count({ where: { idempotencyKey: { in: ids.map((id) => `reply:${id}`) } } })).toBe(2);
    expect(await db.reading.count({ where: { messageId: { in: ids } } })).toBe(3);
  });

  it("skips a message another worker processed first and still processes the rest", async () => {
    h = await createPipelineHarness(provider);
    const db = h.database.db;
    const { harold, rosa } = h.personas;
    const ids = [await stored(h, harold, "done"), await stored(h, rosa, "hecho")];
    await processorFor(h).processSafely([ids[0]!]);

    await processorFor(h).processSafely(ids);

    expect(await db.reading.count({ where: { messageId: { in: ids } } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: { in: ids.map((id) => `reply:${id}`) } } })).toBe(2);
  });
});
