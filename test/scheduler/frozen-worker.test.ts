import { describe, expect, it } from "vitest";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { ACCOUNT_SID, AUTH_TOKEN, seedDuePatients, sentPerRecipient, startWorker, waitFor, workerCleanups } from "./worker-harness.js";

const { track, later } = workerCleanups();

describe.skipIf(!process.env.TEST_DATABASE_URL)("a worker frozen (SIGSTOP) past its claims' lease on PostgreSQL", () => {
  it("sends nothing and records nothing when it wakes (SIGCONT): every recipient gets one message", { timeout: 180_000 }, async () => {
    const database: TestDatabase = await createTestDatabase("postgresql");
    later(() => database.drop());
    const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, latencyMs: 5 });
    later(() => fake.close());
    const n = 30;
    const { phones } = await seedDuePatients(database.db, n);
    // A slow sender (3/s), so the frozen worker holds claimed rows waiting for their rate slot;
    // one dispatch lane, so its one round in progress holds them all.
    const env = { DATABASE_URL: database.url, TWILIO_API_BASE: fake.url, RATE: "3", LEASE_MS: "1500", MAX_PACE_WAIT_MS: "3000", BACKOFF_BASE_MS: "300", LOG_LEVEL: "debug" };
    const frozen = track(await startWorker({ ...env, WORKER_ID: "frozen", LOOP_CONCURRENCY: "1" }));

    const heldByFrozen = async () =>
      (await database.db.outboxMessage.findMany({ where: { status: "sending", claimedBy: { startsWith: "frozen#" } }, select: { id: true } })).map((r) => r.id);
    /** Rows it holds whose message Twilio does not have: waiting for their rate slot. */
    const waitingInFrozen = async () => {
      const rows = await database.db.outboxMessage.findMany({ where: { status: "sending", claimedBy: { startsWith: "frozen#" } }, select: { address: true } });
      const atTwilio = new Set(fake.sent.map((m) => m.to));
      return rows.filter((r) => !atTwilio.has(r.address)).length;
    };
    let held: string[] = [];
    while (held.length === 0) {
      await waitFor(
        async () => fake.sent.length >= 2 && (await waitingInFrozen()) >= 3,
        60_000,
        () => `the worker holds no rows:\n${frozen.output().slice(-3000)}`,
      );
      frozen.child.kill("SIGSTOP");
      held = await heldByFrozen();
      if (held.length === 0) frozen.child.kill("SIGCONT"); // its round ended just before the stop: again
    }
    const sentBeforeFreeze = fake.sent.length;

    // Another worker recovers the frozen one's rows after their lease, asks Twilio, and sends the rest.
    const other = track(await startWorker({ ...env, WORKER_ID: "other" }));
    let stuckRows: unknown[] = [];
    await waitFor(
      async () => {
        stuckRows = await database.db.outboxMessage.findMany({ where: { kind: "prompt", status: { not: "sent" } }, select: { status: true, claimedBy: true, claimedUntil: true, nextAttemptAt: true, lastError: true } });
        return stuckRows.length === 0;
      },
      120_000,
      () => `stuck:\n${JSON.stringify(stuckRows)}\n${other.output().split("\n").filter((l) => !l.includes("scheduler tick")).slice(-30).join("\n")}`,
    );
    expect(await heldByFrozen(), "rows still claimed by the frozen worker").toEqual([]);

    // It wakes, finishes the round it was frozen in (one line when it ends), and is stopped.
    const resumedAt = frozen.output().length;
    frozen.child.kill("SIGCONT");
    await waitFor(() => frozen.output().slice(resumedAt).includes('"msg":"dispatch round"'), 60_000, () => `no round ended:\n${frozen.output().slice(resumedAt)}`);
    const woke = frozen.output().slice(resumedAt);
    frozen.child.kill("SIGTERM");
    other.child.kill("SIGTERM");
    expect(await Promise.all([frozen.exited, other.exited])).toEqual([0, 0]);

    const perRecipient = sentPerRecipient(fake);
    const dupes = [...perRecipient].filter(([, count]) => count !== 1);
    expect(dupes, woke).toEqual([]);
    expect(new Set(perRecipient.keys())).toEqual(new Set(phones));
    expect(fake.sent).toHaveLength(n);
    expect(sentBeforeFreeze).toBeLessThan(n);
    // The woken worker found its claims gone and said so. (An "sms sent" line from it is a send
    // that had left before the freeze: the other worker found it at Twilio and recorded it.)
    expect(woke).toMatch(/claim lost/);
    const rows = await database.db.outboxMessage.findMany({ where: { kind: "prompt" } });
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    expect(new Set(rows.map((r) => r.platformMessageId))).toEqual(new Set(fake.sent.map((m) => m.sid)));
    expect(await database.db.messageLog.count({ where: { direction: "outbound" } })).toBe(n);
  });
});
