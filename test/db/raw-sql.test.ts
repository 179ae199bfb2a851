import { afterEach, describe, expect, it } from "vitest";
import { insertRows } from "../../src/db/raw-sql.js";
import { enqueueOutboxMany } from "../../src/outbox/outbox.repo.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";

describe.each(TEST_PROVIDERS)("raw multi-row inserts on %s", (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.drop());

  async function clinic(): Promise<string> {
    return (await database!.db.clinic.create({ data: { name: "Raw", timeZone: "UTC" } })).id;
  }

  it("writes rows that Prisma reads back as it wrote them (dates, nulls, defaults)", async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    const clinicId = await clinic();
    const at = new Date("2026-06-10T14:00:00.123Z");
    const written = await insertRows(db, "AuditEvent", [
      { actor: "cli", action: "a.one", entity: "clinic", entityId: clinicId, createdAt: at },
      { actor: "cli", action: "a.two", entity: "clinic", entityId: null, createdAt: new Date(at.getTime() + 1000) },
    ]);
    expect(written).toBe(2);
    const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "a." }, createdAt: { gte: at } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.action, r.entityId, r.detail, r.createdAt.toISOString()])).toEqual([
      ["a.one", clinicId, "", "2026-06-10T14:00:00.123Z"],
      ["a.two", null, "", "2026-06-10T14:00:01.123Z"],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
  });

  it("splits thousands of rows over several statements and refuses rows of different shapes", async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    const clinicId = await clinic();
    const rows = Array.from({ length: 6_000 }, (_, i) => ({ actor: "cli", action: `bulk.${i}`, entity: "clinic", entityId: clinicId, createdAt: new Date() }));
    expect(await insertRows(db, "AuditEvent", rows)).toBe(6_000);
    expect(await db.auditEvent.count({ where: { entityId: clinicId } })).toBe(6_000);
    await expect(insertRows(db, "AuditEvent", [{ actor: "a", action: "x" }, { actor: "b" }] as Array<{ actor: string; action?: string }>)).rejects.toThrow(/differ in their columns/);
  });

  it("queues each idempotency key once, whoever queued it first", async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    const now = new Date("2026-06-10T14:00:00Z");
    const message = (key: string, body: string) => ({ idempotencyKey: key, kind: "reply" as const, channel: "sms" as const, address: "+15550001111", body });
    expect(await enqueueOutboxMany(db, [message("k1", "first"), message("k2", "second"), message("k1", "again")], now)).toBe(2);
    expect(await enqueueOutboxMany(db, [message("k2", "later"), message("k3", "third")], now)).toBe(1);
    const rows = await db.outboxMessage.findMany({ orderBy: { idempotencyKey: "asc" } });
    expect(rows.map((r) => [r.idempotencyKey, r.body, r.status, r.attempts, r.nextAttemptAt.toISOString()])).toEqual([
      ["k1", "first", "pending", 0, now.toISOString()],
      ["k2", "second", "pending", 0, now.toISOString()],
      ["k3", "third", "pending", 0, now.toISOString()],
    ]);
  });
});
