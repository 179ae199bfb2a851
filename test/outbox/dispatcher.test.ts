import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChannelSendError } from "../../src/channels/channel.js";
import { silentLogger } from "../../src/logging/logger.js";
import { applyDeliveryStatus } from "../../src/outbox/delivery-status.repo.js";
import { createDispatcher, type DispatcherOptions } from "../../src/outbox/dispatcher.js";
import { enqueueOutbox, type NewOutboxMessage } from "../../src/outbox/outbox.repo.js";
import { recordPlatformOptOut } from "../../src/care/consent/consent.repo.js";
import { claimDue } from "../../src/outbox/claim.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, FakeChannel, manualClock } from "../scheduler/fixtures.js";
import { virtualTime } from "../support/virtual-time.js";

const T0 = "2026-03-10T14:00:00.000Z"; // 10:00 in New York

describe.each(TEST_PROVIDERS)("dispatcher on %s", (provider) => {
  let database: TestDatabase;
  let clock: ReturnType<typeof manualClock>;
  let sms: FakeChannel;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock = manualClock(T0);
    sms = new FakeChannel("sms", { canFind: true });
  });
  afterEach(async () => {
    await database.drop();
  });

  const dispatcher = (overrides: Partial<DispatcherOptions> = {}) =>
    createDispatcher({
      db: database.db,
      provider,
      channels: { sms },
      logger: silentLogger(),
      clock,
      workerId: "test-worker",
      // Pacing waits in virtual time: no real sleeps.
      monotonic: virtualTime(T0, { autoAdvance: true }).monotonic,
      rates: { sms: 1000 },
      random: () => 0.5,
      ...overrides,
    });

  async function aPrompt(patient: { id: string; addresses: { address: string }[] }, overrides: Partial<NewOutboxMessage> = {}) {
    const message: NewOutboxMessage = {
      idempotencyKey: `prompt:${patient.id}:2026-03-10:08:00`,
      kind: "prompt",
      channel: "sms",
      address: patient.addresses[0]!.address,
      body: "Time for today's exercises",
      patientId: patient.id,
      localDate: "2026-03-10",
      slot: "08:00",
      notAfter: new Date("2026-03-11T00:59:59.999Z"),
      ...overrides,
    };
    await enqueueOutbox(database.db, message, clock());
    return database.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: message.idempotencyKey } });
  }

  it("sends a due prompt, marks it sent and logs it", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa, { quickReplies: ["done", "partial", "not_done", "pain"] });

    const stats = await dispatcher().runOnce();

    expect(stats).toMatchObject({ claimed: 1, sent: 1 });
    expect(sms.sent).toHaveLength(1);
    expect(sms.sent[0]).toMatchObject({ address: rosa.addresses[0]!.address, text: row.body, idempotencyKey: row.idempotencyKey, language: "en" });
    expect(sms.sent[0]!.quickReplies).toEqual(["done", "partial", "not_done", "pain"]);
    const after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "sent", platformMessageId: "sms-1", attempts: 1, claimedBy: null });
    expect(after.sentAt?.toISOString()).toBe(T0);
    const log = await database.db.messageLog.findMany({ where: { outboxId: row.id } });
    expect(log).toEqual([expect.objectContaining({ direction: "outbound", channel: "sms", platformMessageId: "sms-1", patientId: rosa.id, body: row.body, state: "sent" })]);

    expect(await dispatcher().runOnce()).toMatchObject({ claimed: 0 });
    expect(sms.sent).toHaveLength(1);
  });

  it("leaves rows that are not yet due", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    await aPrompt(rosa, { notBefore: new Date(Date.parse(T0) + 60_000) });
    expect(await dispatcher().runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(60_000);
    expect(await dispatcher().runOnce()).toMatchObject({ claimed: 1, sent: 1 });
  });

  it("backs off after a retryable failure, honouring Retry-After, then succeeds", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    sms.failNext(new ChannelSendError("retryable", "rate_limited", "slow down", { retryAfterMs: 120_000 }));
    const d = dispatcher({ backoff: { baseMs: 1_000, maxMs: 10_000 } });

    expect(await d.runOnce()).toMatchObject({ retried: 1 });
    let after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
    expect(after.lastError).toMatch(/rate_limited/);
    // Retry-After (120 s) beats the jittered backoff (≤ 1 s).
    expect(after.nextAttemptAt.getTime() - Date.parse(T0)).toBe(120_000);

    clock.advance(119_000);
    expect(await d.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(1_000);
    // The pacer also holds the sender for Retry-After in real time; a new dispatcher stands in for 2 minutes passing.
    expect(await d.runOnce()).toMatchObject({ claimed: 1, sent: 0, deferred: 1 });
    clock.advance(10_000);
    expect(await dispatcher({ backoff: { baseMs: 1_000, maxMs: 10_000 } }).runOnce()).toMatchObject({ sent: 1 });
    after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("uses exponential backoff with jitter for server errors and gives up after maxAttempts", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa, { notAfter: null });
    const d = dispatcher({ backoff: { baseMs: 1_000, maxMs: 60_000 }, maxAttempts: 3 });
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      sms.failNext(new ChannelSendError("retryable", "server", "HTTP 503"));
      const before = clock().getTime();
      await d.runOnce();
      const after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      if (i < 2) {
        delays.push(after.nextAttemptAt.getTime() - before);
        clock.set(after.nextAttemptAt);
      } else {
        expect(after).toMatchObject({ status: "failed", attempts: 3 });
        expect(after.lastError).toMatch(/max-attempts/);
      }
    }
    // random = 0.5 → half of the ceiling: 1 s · 2^(n-1).
    expect(delays).toEqual([500, 1_000]);
  });

  it("expires a retry that could only happen after notAfter", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa, { notAfter: new Date(Date.parse(T0) + 10_000) });
    sms.failNext(new ChannelSendError("retryable", "server", "HTTP 500"));
    await dispatcher({ backoff: { baseMs: 60_000, maxMs: 60_000 } }).runOnce();
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "expired" });
  });

  it("marks a permanent opt-out failed, records consent and cancels the patient's pending prompts", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    const later = await aPrompt(rosa, { idempotencyKey: `prompt:${rosa.id}:2026-03-10:18:00`, slot: "18:00", notBefore: new Date("2026-03-10T22:00:00Z") });
    const reply = await aPrompt(rosa, { idempotencyKey: `reply:${rosa.id}:1`, kind: "reply", notBefore: new Date("2026-03-10T22:00:00Z") });
    sms.failNext(new ChannelSendError("permanent", "opted_out", "Recipient has opted out (Twilio 21610)", { platformCode: 21610 }));
    const optOuts: string[] = [];

    await dispatcher({
      onPermanentOptOut: async (patientId, channel) => {
        optOuts.push(`${patientId}:${channel}`);
        await recordPlatformOptOut(database.db, patientId, `platform:${channel}`, clock());
      },
    }).runOnce();

    expect(optOuts).toEqual([`${rosa.id}:sms`]);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "failed", attempts: 1 });
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: "cancelled" });
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ status: "pending" });
    const patient = await database.db.patient.findUniqueOrThrow({ where: { id: rosa.id }, include: { consentEvents: true } });
    expect(patient).toMatchObject({ consent: "opted_out", consentSource: "platform:sms" });
    expect(patient.consentChangedAt.toISOString()).toBe(T0);
    expect(patient.consentEvents).toEqual([expect.objectContaining({ state: "opted_out", source: "platform:sms" })]);
  });

  it("records a platform opt-out by default when no callback is given", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    await aPrompt(rosa);
    sms.failNext(new ChannelSendError("permanent", "opted_out", "opted out"));
    await dispatcher().runOnce();
    expect(await database.db.patient.findUniqueOrThrow({ where: { id: rosa.id } })).toMatchObject({ consent: "opted_out" });
  });

  it("never sends a prompt past its notAfter: it expires", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa, { notAfter: new Date(Date.parse(T0) - 1) });
    expect(await dispatcher().runOnce()).toMatchObject({ expired: 1, sent: 0 });
    expect(sms.attempts).toHaveLength(0);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "expired" });
  });

  it("cancels prompts of opted-out and paused patients, but resumes on the pause's end date and not before a pause asked for ahead", async () => {
    const clinic = await aClinic(database.db);
    const out = await aPatient(database.db, clinic, { name: "Opted Out", consent: "opted_out" });
    const paused = await aPatient(database.db, clinic, { name: "Paused", pausedAt: new Date("2026-03-01T00:00:00Z"), pausedUntil: null });
    const back = await aPatient(database.db, clinic, { name: "Back", pausedAt: new Date("2026-03-01T00:00:00Z"), pausedUntil: "2026-03-10" });
    const a = await aPrompt(out);
    const b = await aPrompt(paused);
    const c = await aPrompt(back);
    const ahead = await aPatient(database.db, clinic, { name: "Away next week", pausedAt: new Date("2026-03-09T00:00:00Z"), pausedUntil: "2026-03-27" });
    await database.db.patient.update({ where: { id: ahead.id }, data: { pausedFrom: "2026-03-20" } });
    const d = await aPrompt(ahead);
    const stats = await dispatcher().runOnce();
    expect(stats).toMatchObject({ claimed: 4, cancelled: 2, sent: 2 });
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("cancelled");
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("cancelled");
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("sent");
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("sent");
    expect(sms.sent.map((m) => m.address).sort()).toEqual([back.addresses[0]!.address, ahead.addresses[0]!.address].sort());
  });

  it("falls back to the patient's other enabled address, then to local, else keeps the row pending", async () => {
    const clinic = await aClinic(database.db);
    const both = await aPatient(database.db, clinic, { name: "Both", telegram: "424242" });
    const smsOnly = await aPatient(database.db, clinic, { name: "SMS only" });
    const telegram = new FakeChannel("telegram");
    const rowBoth = await aPrompt(both);
    const rowSmsOnly = await aPrompt(smsOnly);

    // SMS off: Telegram for the patient who has it; nothing for the other.
    const stats = await dispatcher({ channels: { telegram } }).runOnce();
    expect(stats).toMatchObject({ sent: 1, deferred: 1 });
    expect(telegram.sent).toEqual([expect.objectContaining({ channel: "telegram", address: "424242" })]);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: rowBoth.id } })).toMatchObject({ status: "sent", channel: "telegram", address: "424242" });
    const waiting = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: rowSmsOnly.id } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 0, channel: "sms" });
    expect(waiting.lastError).toMatch(/no enabled channel/);

    // With the demo web chat on, it goes there.
    clock.advance(5 * 60_000);
    const local = new FakeChannel("local");
    await dispatcher({ channels: { telegram, local } }).runOnce();
    expect(local.sent).toEqual([expect.objectContaining({ channel: "local", address: smsOnly.id })]);
  });

  it("recovers a row a dead worker left sending: asks the platform instead of resending", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { name: "Sent before crash" });
    const jon = await aPatient(database.db, clinic, { name: "Not sent before crash" });
    const sentRow = await aPrompt(rosa);
    const lostRow = await aPrompt(jon);
    // The dead worker had claimed both, and the platform has the first one.
    await database.db.outboxMessage.updateMany({
      where: { id: { in: [sentRow.id, lostRow.id] } },
      data: { status: "sending", claimedBy: "dead-worker", claimedUntil: new Date(Date.parse(T0) - 1_000) },
    });
    sms.platform.set(sentRow.idempotencyKey, "SM-from-platform");

    const stats = await dispatcher({ recoveryIntervalMs: 0 }).runOnce();

    expect(stats).toMatchObject({ confirmed: 1, sent: 1 });
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: sentRow.id } })).toMatchObject({ status: "sent", platformMessageId: "SM-from-platform" });
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: lostRow.id } })).toMatchObject({ status: "sent" });
    expect(sms.sent.map((m) => m.idempotencyKey)).toEqual([lostRow.idempotencyKey]);
    expect(await database.db.messageLog.count({ where: { outboxId: sentRow.id } })).toBe(1);
  });

  it("does not touch rows whose claim is still live", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    await database.db.outboxMessage.update({ where: { id: row.id }, data: { status: "sending", claimedBy: "busy-worker", claimedUntil: new Date(Date.parse(T0) + 30_000) } });
    expect(await dispatcher({ recoveryIntervalMs: 0 }).runOnce()).toMatchObject({ claimed: 0, confirmed: 0, uncertain: 0 });
    expect(sms.attempts).toHaveLength(0);
  });

  it("marks a recovered row uncertain when its channel cannot be asked", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    await database.db.outboxMessage.update({ where: { id: row.id }, data: { status: "sending", claimedBy: "dead", claimedUntil: new Date(Date.parse(T0) - 1) } });
    const blind = new FakeChannel("sms");
    expect(await dispatcher({ channels: { sms: blind }, recoveryIntervalMs: 0 }).runOnce()).toMatchObject({ uncertain: 1 });
    expect(blind.attempts).toHaveLength(0);
    const after = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe("uncertain");
    expect(after.lastError).toMatch(/check by hand/);
  });

  it("after a timeout, asks the platform before retrying", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    sms.failNext(new ChannelSendError("retryable", "network", "Twilio unreachable (ECONNRESET)"));
    const d = dispatcher({ backoff: { baseMs: 1_000, maxMs: 1_000 } });
    await d.runOnce();
    const failed = await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "pending", unconfirmedAt: clock(), lastError: "network: Twilio unreachable (ECONNRESET)" });
    // The platform had it after all (the answer was lost, not the message).
    sms.platform.set(row.idempotencyKey, "SM-lost-answer");
    clock.advance(1_000);
    expect(await d.runOnce()).toMatchObject({ confirmed: 1 });
    expect(sms.attempts).toHaveLength(1);
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", platformMessageId: "SM-lost-answer" });
  });

  it("applies delivery statuses forward only", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    const row = await aPrompt(rosa);
    await dispatcher().runOnce();
    const id = { channel: "sms" as const, platformMessageId: "sms-1" };
    expect(await applyDeliveryStatus(database.db, { ...id, status: "delivered" })).toEqual({ found: true, applied: true });
    expect(await applyDeliveryStatus(database.db, { ...id, status: "sent" })).toEqual({ found: true, applied: false });
    expect(await applyDeliveryStatus(database.db, { ...id, status: "failed" })).toEqual({ found: true, applied: false });
    expect(await applyDeliveryStatus(database.db, { channel: "sms", platformMessageId: "nope", status: "sent" })).toEqual({ found: false, applied: false });
    expect(await database.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ deliveryStatus: "delivered", status: "delivered" });
  });

  it("claims no more than asked, and never a row another worker holds", async () => {
    for (let i = 0; i < 30; i++) {
      await enqueueOutbox(database.db, { idempotencyKey: `reply:${i}`, kind: "reply", channel: "sms", address: "+14155550000", body: "b" }, clock());
    }
    const claim = (workerId: string, limit: number) =>
      claimDue(database.db, provider, { workerId, now: clock(), leaseUntil: new Date(Date.parse(T0) + 60_000), limit });
    const a = await claim("a", 7);
    const b = await claim("b", 100);
    expect(a).toHaveLength(7);
    expect(b).toHaveLength(23);
    expect(new Set([...a, ...b]).size).toBe(30);
    expect(await claim("c", 5)).toEqual([]);
  });

  it("two dispatchers never send the same row", async () => {
    const clinic = await aClinic(database.db);
    for (let i = 0; i < 20; i++) {
      const p = await aPatient(database.db, clinic, { name: `P${i}` });
      await aPrompt(p);
    }
    const a = dispatcher({ workerId: "a", batchSize: 7 });
    const b = dispatcher({ workerId: "b", batchSize: 7 });
    for (let round = 0; round < 4; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    const keys = sms.sent.map((m) => m.idempotencyKey);
    expect(keys).toHaveLength(20);
    expect(new Set(keys).size).toBe(20);
  });

  it("start() runs in the background, wake() cuts the idle wait, stop() waits for it", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    // Time stands still: only wake() can end the idle wait.
    const time = virtualTime(T0);
    const d = dispatcher({ pollIntervalMs: 60_000, clock: time.clock, monotonic: time.monotonic, loopConcurrency: 2 });
    d.start();
    await time.sleeping(2); // both lanes found nothing and wait
    await aPrompt(rosa);
    d.wake();
    await sms.sentCount(1);
    await time.sleeping(2); // and are idle again
    await d.stop();
    expect(sms.sent).toHaveLength(1);
    expect(time.elapsed()).toBe(0);
  });
});
