import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Channel } from "../../src/channels/channel.js";
import { createTwilioSmsChannel } from "../../src/channels/sms/twilio-sms.channel.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createDispatcher, type DispatcherOptions } from "../../src/outbox/dispatcher.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient } from "../scheduler/fixtures.js";
import { virtualTime } from "../support/virtual-time.js";

const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
const AUTH_TOKEN = "test-auth-token-0123456789abcdef";
const SENDER = "+15005550006";
const T0 = "2026-03-10T14:00:00.000Z";

/** The most sends the fake accepted in any rolling second. */
export function peakPerRollingSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe.each(TEST_PROVIDERS)("dispatcher with the real Twilio SMS channel on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeTwilioServer;
  // Pacing waits on this clock: sends are spaced in virtual time, the test runs at full speed.
  let time: ReturnType<typeof virtualTime>;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    time = virtualTime(T0, { autoAdvance: true });
    fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, clock: time.clock });
  });
  afterEach(async () => {
    await fake.close();
    await database.drop();
  });

  /** The real channel; virtual time stands still while each of its requests is in flight. */
  const sms = (): Channel => {
    const channel = twilioSms();
    return {
      ...channel,
      name: channel.name,
      mount: channel.mount.bind(channel),
      findSent: channel.findSent?.bind(channel),
      async send(message) {
        const release = time.hold();
        try {
          return await channel.send(message);
        } finally {
          release();
        }
      },
    };
  };
  const twilioSms = () =>
    createTwilioSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: SENDER,
      publicBaseUrl: "https://hepbot.example.org",
      apiBase: fake.url,
      logger: silentLogger(),
    });
  const dispatcher = (overrides: Partial<DispatcherOptions> = {}) =>
    createDispatcher({
      db: database.db,
      provider,
      channels: { sms: sms() },
      logger: silentLogger(),
      clock: time.clock,
      monotonic: time.monotonic,
      workerId: "w1",
      rates: { sms: 100 },
      random: () => 0,
      ...overrides,
    });

  async function prompts(n: number, body = (i: number) => `Time for your exercises #${i}`) {
    const clinic = await aClinic(database.db);
    const patients = [];
    for (let i = 0; i < n; i++) {
      const p = await aPatient(database.db, clinic, { name: `Patient ${i}`, phone: `+1415555${String(1000 + i)}` });
      await enqueueOutbox(
        database.db,
        { idempotencyKey: `prompt:${p.id}`, kind: "prompt", channel: "sms", address: p.addresses[0]!.address, body: body(i), patientId: p.id, localDate: "2026-03-10" },
        time.clock(),
      );
      patients.push(p);
    }
    return patients;
  }

  it("sends through Twilio and logs the MessageSid", async () => {
    const [rosa] = await prompts(1);
    expect(await dispatcher().runOnce()).toMatchObject({ sent: 1 });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ to: rosa!.addresses[0]!.address, from: SENDER, body: "Time for your exercises #0" });
    const row = await database.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", platformMessageId: fake.sent[0]!.sid });
    expect(await database.db.messageLog.findFirstOrThrow()).toMatchObject({ platformMessageId: fake.sent[0]!.sid, direction: "outbound", outboxId: row.id });
  });

  it("backs off on 429 honouring Retry-After, then sends", async () => {
    await prompts(1);
    fake.failNext(1, { status: 429, code: 20429, retryAfter: 1 });
    const d = dispatcher();
    const failedAt = time.clock().getTime();
    expect(await d.runOnce()).toMatchObject({ retried: 1 });
    const row = await database.db.outboxMessage.findFirstOrThrow();
    // No jitter (random 0): the retry waits exactly the Retry-After.
    expect(row.nextAttemptAt.getTime() - failedAt).toBe(1_000);
    time.advance(999);
    expect(await d.runOnce()).toMatchObject({ claimed: 0 });
    time.advance(1);
    expect(await d.runOnce()).toMatchObject({ sent: 1 });
    expect(fake.sent).toHaveLength(1);
  });

  it("21610: marks the prompt failed, the patient opted out, and cancels their other prompts", async () => {
    const [rosa] = await prompts(1);
    await enqueueOutbox(
      database.db,
      { idempotencyKey: "prompt:tomorrow", kind: "prompt", channel: "sms", address: rosa!.addresses[0]!.address, body: "later", patientId: rosa!.id, notBefore: new Date(time.clock().getTime() + 86_400_000) },
      time.clock(),
    );
    fake.optOut(rosa!.addresses[0]!.address);
    expect(await dispatcher().runOnce()).toMatchObject({ failed: 1 });
    const rows = await database.db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.idempotencyKey, r.status])).toEqual([
      [`prompt:${rosa!.id}`, "failed"],
      ["prompt:tomorrow", "cancelled"],
    ]);
    expect(rows[0]!.lastError).toMatch(/opted_out/);
    expect(await database.db.patient.findUniqueOrThrow({ where: { id: rosa!.id } })).toMatchObject({ consent: "opted_out", consentSource: "platform:sms" });
    expect(await database.db.consentEvent.count({ where: { patientId: rosa!.id, state: "opted_out" } })).toBe(1);
  });

  it("paces sends to the sender's rate: zero 429s at the fake's limit", async () => {
    fake.rateLimitPerSecond = 20;
    await prompts(50);
    const d = dispatcher({ rates: { sms: 20 }, batchSize: 100 });
    const stats = await d.runOnce();
    expect(stats, JSON.stringify(await database.db.outboxMessage.findMany({ where: { status: { not: "sent" } } }))).toMatchObject({ sent: 50 });
    expect(fake.rateLimitedCount).toBe(0);
    const creates = fake.requests.filter((r) => r.kind === "create").map((r) => r.at.getTime());
    expect(peakPerRollingSecond(creates)).toBeLessThanOrEqual(20);
  });

  it("puts a row whose sender is full beyond the pacing wait back for when the shared window expects room", async () => {
    await prompts(1);
    // Another replica's sends fill the sender's window until 15 s from now.
    const roomAt = time.clock().getTime() + 15_000;
    await database.db.sendBudget.create({ data: { key: "sms:default", sends: JSON.stringify([["other.1", roomAt, 1_000, 1]]) } });
    expect(await dispatcher({ rates: { sms: 20 }, maxPaceWaitMs: 10_000 }).runOnce()).toMatchObject({ sent: 0, deferred: 1 });
    const row = await database.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", nextAttemptAt: new Date(roomAt) });
    expect(fake.sent).toHaveLength(0);
  });

  it("counts SMS segments against the sender's rate", async () => {
    await prompts(4, () => "x".repeat(300)); // two segments each
    const started = time.clock().getTime();
    await dispatcher({ rates: { sms: 4 } }).runOnce();
    // 8 segments at 4/s: two messages fill a second; the next two wait until the first two's window has passed.
    const creates = fake.requests.filter((r) => r.kind === "create").map((r) => r.at.getTime() - started);
    expect(creates).toHaveLength(4);
    expect(creates[0]).toBe(0);
    expect(creates[2]! - creates[0]!).toBeGreaterThanOrEqual(1000);
    expect(peakPerRollingSecond(creates)).toBeLessThanOrEqual(2);
  });

  describe("crash recovery claims a platform message for at most one row", () => {
    /** A reply row a worker claimed and then died holding: `sending`, its lease long gone. */
    async function crashedMidSend(patientId: string, address: string, key: string, body: string) {
      await enqueueOutbox(database.db, { idempotencyKey: key, kind: "reply", channel: "sms", address, body, patientId }, new Date(time.clock().getTime() - 30_000));
      return database.db.outboxMessage.update({
        where: { idempotencyKey: key },
        data: { status: "sending", claimedBy: "dead-worker:1", claimedUntil: new Date(time.clock().getTime() - 1_000) },
      });
    }

    it("does not mark a row sent on the strength of another row's message with the same text", async () => {
      const clinic = await aClinic(database.db);
      const harold = await aPatient(database.db, clinic, { name: "Harold", phone: "+14155552001" });
      const address = harold.addresses[0]!.address;
      await enqueueOutbox(database.db, { idempotencyKey: "reply:first", kind: "reply", channel: "sms", address, body: "Nice work!", patientId: harold.id }, new Date(time.clock().getTime() - 60_000));
      expect(await dispatcher().runOnce()).toMatchObject({ sent: 1 });
      const first = await database.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "reply:first" } });

      // The second "Nice work!" never reached Twilio before its worker died.
      await crashedMidSend(harold.id, address, "reply:second", "Nice work!");
      await dispatcher({ workerId: "w2" }).runOnce();
      const second = await database.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "reply:second" } });
      expect(second.platformMessageId).not.toBe(first.platformMessageId);
      expect(second.status).toBe("sent");
      expect(fake.sent).toHaveLength(2);
    });

    it("marks both rows uncertain, sending neither again, when one platform message could be either's", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic, { name: "Rosa", phone: "+14155552002" });
      const address = rosa.addresses[0]!.address;
      await crashedMidSend(rosa.id, address, "reply:a", "¡Muy bien!");
      await crashedMidSend(rosa.id, address, "reply:b", "¡Muy bien!");
      // One of the two went out before the crash; nothing says which.
      await sms().send({ channel: "sms", address, text: "¡Muy bien!", idempotencyKey: "reply:a" });

      expect(await dispatcher({ workerId: "w2" }).runOnce()).toMatchObject({ uncertain: 2 });
      const rows = await database.db.outboxMessage.findMany({ where: { idempotencyKey: { in: ["reply:a", "reply:b"] } } });
      expect(rows.map((r) => r.status)).toEqual(["uncertain", "uncertain"]);
      expect(rows.every((r) => r.platformMessageId === null)).toBe(true);
      expect(fake.sent).toHaveLength(1);
    });
  });
});
