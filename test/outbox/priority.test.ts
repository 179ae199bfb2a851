import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { enqueueOutbox, type NewOutboxMessage } from "../../src/outbox/outbox.repo.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, FakeChannel, manualClock } from "../scheduler/fixtures.js";
import { virtualTime } from "../support/virtual-time.js";

const T0 = "2026-03-10T14:00:00.000Z"; // 10:00 in New York

describe.each(TEST_PROVIDERS)("red flags first under a backlog on %s", (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await database.drop();
  });

  it("sends a therapist alert, then a reply, before routine prompts queued earlier", async () => {
    const clock = manualClock(T0);
    const sms = new FakeChannel("sms");
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const address = rosa.addresses[0]!.address;
    const queue = (message: Omit<NewOutboxMessage, "channel" | "address">, minutesAgo: number) =>
      enqueueOutbox(database.db, { channel: "sms", address, ...message }, new Date(clock().getTime() - minutesAgo * 60_000));
    // A backlog of routine prompts, all due long before the red flag came in.
    for (let i = 0; i < 24; i++) {
      await queue({ idempotencyKey: `prompt:${i}`, kind: "prompt", body: `Exercise reminder ${i}`, patientId: rosa.id, localDate: "2026-03-10" }, 30 - i);
    }
    await queue({ idempotencyKey: "reply:1", kind: "reply", body: "Thanks for telling us.", patientId: rosa.id }, 2);
    await queue({ idempotencyKey: "alert:1", kind: "alert", body: "Red flag: chest pain reported", therapistId: clinic.therapist.id }, 1);

    const dispatcher = createDispatcher({
      db: database.db,
      provider,
      channels: { sms },
      logger: silentLogger(),
      clock,
      monotonic: virtualTime(T0, { autoAdvance: true }).monotonic,
      workerId: "w1",
      rates: { sms: 1000 },
      batchSize: 5,
    });
    while ((await dispatcher.runOnce()).claimed > 0);

    expect(sms.sent).toHaveLength(26);
    expect(sms.sent.slice(0, 2).map((m) => m.idempotencyKey)).toEqual(["alert:1", "reply:1"]);
    expect(sms.sent.slice(2).every((m) => m.idempotencyKey.startsWith("prompt:"))).toBe(true);
  });
});
