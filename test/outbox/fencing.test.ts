import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutboundMessage, SendResult } from "../../src/channels/channel.js";
import { silentLogger } from "../../src/logging/logger.js";
import { claimDue, claimStale, finishClaim, renewClaim } from "../../src/outbox/claim.js";
import { createDispatcher, type DispatcherOptions } from "../../src/outbox/dispatcher.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { virtualTime } from "../support/virtual-time.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, FakeChannel, manualClock } from "../scheduler/fixtures.js";

const T0 = "2026-03-10T14:00:00.000Z"; // 10:00 in New York
const LEASE_MS = 60_000;

/** Resolves what is waiting on it when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let reached!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  return { opened, open, arrived, reached };
}

/**
 * The fake channel, with one stall to order: the next send reaches the platform at once but its
 * answer waits for the gate, or the next findSent waits for the gate before asking.
 */
class StallingChannel extends FakeChannel {
  stallNextAnswer: ReturnType<typeof gate> | null = null;
  stallNextFind: ReturnType<typeof gate> | null = null;

  constructor() {
    super("sms", { canFind: true });
    const find = this.findSent!;
    this.findSent = async (message, since) => {
      const stall = this.stallNextFind;
      this.stallNextFind = null;
      if (stall) {
        stall.reached();
        await stall.opened;
      }
      return find(message, since);
    };
  }

  override async send(message: OutboundMessage): Promise<SendResult> {
    const result = await super.send(message);
    const stall = this.stallNextAnswer;
    this.stallNextAnswer = null;
    if (stall) {
      stall.reached();
      await stall.opened;
    }
    return result;
  }
}

describe.each(TEST_PROVIDERS)("claims fenced by their token on %s", (provider) => {
  let database: TestDatabase;
  let clock: ReturnType<typeof manualClock>;
  let sms: StallingChannel;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock = manualClock(T0);
    sms = new StallingChannel();
  });
  afterEach(async () => {
    await database.drop();
  });

  const dispatcher = (workerId: string, overrides: Partial<DispatcherOptions> = {}) =>
    createDispatcher({
      db: database.db,
      provider,
      channels: { sms },
      logger: silentLogger(),
      clock,
      workerId,
      leaseMs: LEASE_MS,
      // Pacing waits in virtual time: no real sleeps.
      monotonic: virtualTime(T0, { autoAdvance: true }).monotonic,
      maxPaceWaitMs: 1_000,
      recoveryIntervalMs: 0,
      rates: { sms: 1000 },
      random: () => 0.5,
      ...overrides,
    });

  async function aQueuedPrompt(overrides: { lastError?: string; unconfirmedAt?: Date } = {}) {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const key = `prompt:${rosa.id}:2026-03-10:08:00`;
    await enqueueOutbox(
      database.db,
      { idempotencyKey: key, kind: "prompt", channel: "sms", address: rosa.addresses[0]!.address, body: "Time for today's exercises", patientId: rosa.id },
      clock(),
    );
    if (overrides.lastError) await database.db.outboxMessage.update({ where: { idempotencyKey: key }, data: overrides });
    return database.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
  }

  it("refuses a stale claim's renewal and final update, and writes nothing", async () => {
    const row = await aQueuedPrompt();
    const [id] = await claimDue(database.db, provider, { workerId: "a#1", now: clock(), leaseUntil: new Date(Date.parse(T0) + LEASE_MS), limit: 10 });
    expect(id).toBe(row.id);
    // a stalls past its lease; b recovers the row.
    clock.advance(LEASE_MS + 1);
    expect(await claimStale(database.db, provider, { workerId: "b#1", now: clock(), leaseUntil: new Date(clock().getTime() + LEASE_MS), limit: 10 })).toEqual([row.id]);

    const stale = { id: row.id, claimedBy: "a#1" };
    expect(await renewClaim(database.db, row.id, "a#1", new Date(clock().getTime() + LEASE_MS))).toBe(false);
    expect(await finishClaim(database.db, stale, { status: "sent", platformMessageId: "SM-stale" })).toBe(false);
    expect(await finishClaim(database.db, stale, { status: "pending" })).toBe(false);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sending", claimedBy: "b#1", platformMessageId: null });

    expect(await finishClaim(database.db, { id: row.id, claimedBy: "b#1" }, { status: "sent", platformMessageId: "SM-b" })).toBe(true);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", claimedBy: null, platformMessageId: "SM-b" });
  });

  it("a worker whose answer came back after it lost the claim records nothing", async () => {
    const row = await aQueuedPrompt();
    const stalled = gate();
    sms.stallNextAnswer = stalled;
    const a = dispatcher("a");
    const aRound = a.runOnce();
    await stalled.arrived; // the platform has the message; a waits for its answer

    // Past a's lease, b recovers the row, asks the platform, and records the send.
    clock.advance(1_000 + LEASE_MS + 1);
    expect(await dispatcher("b").runOnce()).toMatchObject({ confirmed: 1 });
    stalled.open();
    expect(await aRound).toMatchObject({ claimed: 1, sent: 0, deferred: 1 });

    expect(sms.sent).toHaveLength(1);
    const after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "sent", platformMessageId: "sms-1", claimedBy: null, attempts: 1 });
    expect(await database.db.messageLog.count({ where: { outboxId: row.id } })).toBe(1);
  });

  it("a worker that stalled before its send, past its lease, sends nothing", async () => {
    // After a timeout the next attempt asks the platform first; a stalls in that question.
    const row = await aQueuedPrompt({ lastError: "network: timed out", unconfirmedAt: clock() });
    const stalled = gate();
    sms.stallNextFind = stalled;
    const a = dispatcher("a");
    const aRound = a.runOnce();
    await stalled.arrived;

    clock.advance(LEASE_MS + 1);
    // b recovers the row, finds it never went out, queues it again and sends it.
    const b = dispatcher("b");
    await b.runOnce();
    await b.runOnce();
    expect(sms.sent).toHaveLength(1);

    // So that a's question comes back empty, as it would have before b's send.
    sms.platform.delete(row.idempotencyKey);
    stalled.open();
    expect(await aRound).toMatchObject({ claimed: 1, sent: 0, deferred: 1 });
    expect(sms.attempts).toHaveLength(1);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", claimedBy: null });
    expect(await database.db.messageLog.count({ where: { outboxId: row.id } })).toBe(1);
  });
});
