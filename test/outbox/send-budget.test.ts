import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createSendBudget, type SendBudget } from "../../src/outbox/send-budget.repo.js";
import { windowLimitFor } from "../../src/outbox/send-window.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";

const NOW = Date.parse("2026-12-03T08:00:00Z");
const KEY = "sms:+15550000000";

describe.each(TEST_PROVIDERS)("a sender's shared window on %s", (provider) => {
  let database: TestDatabase;
  let second: Database;
  let budget: SendBudget;
  /** The replicas' wall clock. */
  let now = NOW;
  const clock = () => now;
  beforeEach(async () => {
    now = NOW;
    database = await createTestDatabase(provider);
    // Another replica: its own connection to the same database.
    second = await openDatabase(database.url);
    budget = createSendBudget(database.db, clock);
  });
  afterEach(async () => {
    await second.close();
    await database.drop();
  });

  const admittedOf = (answers: Array<{ ticket: unknown } | { retryAtMs: number }>) => answers.filter((a) => "ticket" in a).length;

  it("admits one turn's sends up to the limit as one entry, and tells the rest when to ask again", async () => {
    const limit = windowLimitFor(3);
    const answers = await Promise.all([1, 2, 3, 4].map(() => budget.admit(KEY, 1, limit)));
    expect(admittedOf(answers)).toBe(3);
    expect(answers[3]).toEqual({ retryAtMs: expect.any(Number) });
    const row = await database.db.sendBudget.findUniqueOrThrow({ where: { key: KEY } });
    expect(JSON.parse(row.sends)).toHaveLength(1);
  });

  it("frees the room a window after the last of a turn's sends is answered", async () => {
    const limit = windowLimitFor(2);
    const [a, b] = await Promise.all([budget.admit(KEY, 1, limit), budget.admit(KEY, 1, limit)]);
    if (!("ticket" in a) || !("ticket" in b)) throw new Error("both should have been admitted");
    await budget.answered(a.ticket, NOW + 10);
    // One of the turn's two sends is still in flight: the room stays held.
    now = NOW + 2_000;
    expect(await budget.admit(KEY, 1, limit)).toEqual({ retryAtMs: expect.any(Number) });
    await budget.answered(b.ticket, NOW + 30);
    now = NOW + 1_029;
    expect(await budget.admit(KEY, 1, limit)).toEqual({ retryAtMs: NOW + 1_030 });
    now = NOW + 1_030;
    expect(await budget.admit(KEY, 1, limit)).toEqual({ ticket: expect.objectContaining({ key: KEY }) });
  });

  it("never admits more than the limit between two replicas asking at the same time", async () => {
    const limit = windowLimitFor(5);
    const other = createSendBudget(second.db, clock);
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? budget : other).admit(KEY, 1, limit)));
    expect(admittedOf(answers)).toBe(5);
  });

  it("admits nothing on any replica while the platform's slow-down lasts", async () => {
    const limit = windowLimitFor(5);
    await budget.delay(KEY, NOW + 800, limit);
    expect(await createSendBudget(second.db, clock).admit(KEY, 1, limit)).toEqual({ retryAtMs: NOW + 800 });
    now = NOW + 800;
    expect(await budget.admit(KEY, 1, limit)).toEqual({ ticket: expect.objectContaining({ key: KEY }) });
  });

  it("splits a high limit into rows that together keep to it", async () => {
    const limit = windowLimitFor(300);
    const other = createSendBudget(second.db, clock);
    let admitted = 0;
    for (let turn = 0; turn < 8; turn++) {
      const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? budget : other).admit(KEY, 1, limit)));
      admitted += admittedOf(answers);
    }
    expect(admitted).toBe(300);
    const rows = await database.db.sendBudget.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((row) => row.key)).toEqual([`${KEY}#0`, `${KEY}#1`, `${KEY}#2`]);
    // A slow-down reaches every share.
    now = NOW + 5_000;
    await budget.delay(KEY, NOW + 6_000, limit);
    const later = await Promise.all(Array.from({ length: 3 }, async () => {
      const answer = await other.admit(KEY, 1, limit);
      await new Promise((resolve) => setImmediate(resolve));
      return answer;
    }));
    expect(later).toEqual([{ retryAtMs: NOW + 6_000 }, { retryAtMs: NOW + 6_000 }, { retryAtMs: NOW + 6_000 }]);
  });

  it("keeps senders apart", async () => {
    const limit = windowLimitFor(1);
    const [sms, telegram] = await Promise.all([budget.admit(KEY, 1, limit), budget.admit("telegram:hepbot", 1, limit)]);
    expect("ticket" in sms && "ticket" in telegram).toBe(true);
  });
});
