import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDue } from "../../src/outbox/claim.js";
import { createSentRecorder, loadClaimedRows } from "../../src/outbox/claimed-rows.repo.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient } from "../scheduler/fixtures.js";

const NOW = new Date("2026-12-03T08:00:00Z");

describe.each(TEST_PROVIDERS)("recording sends on %s", (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await database.drop();
  });

  async function claimedRows(count: number) {
    const { db } = database;
    const patient = await aPatient(db, await aClinic(db));
    for (let i = 0; i < count; i++) {
      await enqueueOutbox(db, { idempotencyKey: `reply:${i}`, kind: "reply", channel: "sms", address: patient.addresses[0]!.address, body: `Reply ${i}`, patientId: patient.id }, NOW);
    }
    const ids = await claimDue(db, provider, { workerId: "worker-1#a.1", now: NOW, leaseUntil: new Date(NOW.getTime() + 60_000), limit: count });
    return loadClaimedRows(db, ids, NOW);
  }

  const sentAs = (platformMessageId: string) => ({ platformMessageId, channel: "sms", address: "+15550001111", attempted: true, fresh: true, now: NOW });

  it("records sends answered in the same turn, each only if its claim still holds", async () => {
    const rows = await claimedRows(3);
    // Another worker took the second row meanwhile.
    await database.db.outboxMessage.update({ where: { id: rows[1]!.id }, data: { claimedBy: "worker-2#b.1" } });
    const record = createSentRecorder(database.db);
    const held = await Promise.all(rows.map((row, i) => record(row, sentAs(`SM${i}`))));
    expect(held).toEqual([true, false, true]);
    const statuses = await database.db.outboxMessage.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, status: true, platformMessageId: true } });
    expect(statuses.find((s) => s.id === rows[0]!.id)).toMatchObject({ status: "sent", platformMessageId: "SM0" });
    expect(statuses.find((s) => s.id === rows[1]!.id)).toMatchObject({ status: "sending", platformMessageId: null });
    const logged = await database.db.messageLog.findMany({ where: { direction: "outbound" }, select: { outboxId: true } });
    expect(logged.map((l) => l.outboxId).sort()).toEqual([rows[0]!.id, rows[2]!.id].sort());
  });

  it("when one send cannot be recorded, still records the others of its turn", async () => {
    const rows = await claimedRows(3);
    // A log entry already holds the platform id the second send answered with: its insert fails.
    await database.db.messageLog.create({ data: { direction: "outbound", channel: "sms", platformMessageId: "SM1", address: "+15550001111", body: "x", state: "sent" } });
    const record = createSentRecorder(database.db);
    const outcomes = await Promise.allSettled(rows.map((row, i) => record(row, sentAs(`SM${i}`))));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const sent = await database.db.outboxMessage.findMany({ where: { status: "sent" }, select: { id: true } });
    expect(sent.map((s) => s.id).sort()).toEqual([rows[0]!.id, rows[2]!.id].sort());
  });
});
