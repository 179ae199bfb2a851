import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSendBudget, type SendBudget } from "../../src/outbox/send-budget.repo.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";

const NOW = Date.parse("2026-12-03T08:00:00Z");

describe.each(TEST_PROVIDERS)("a sender's shared budget on %s", (provider) => {
  let database: TestDatabase;
  let budget: SendBudget;
  let statements: number;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    statements = 0;
    // Counts the budget's round trips to the database.
    const db = new Proxy(database.db, {
      get: (target, property, receiver) =>
        property === "$queryRawUnsafe"
          ? (...args: Parameters<typeof target.$queryRawUnsafe>) => {
              statements++;
              return target.$queryRawUnsafe(...args);
            }
          : Reflect.get(target, property, receiver),
    });
    budget = createSendBudget(db, async () => provider);
  });
  afterEach(async () => {
    await database.drop();
  });

  it("books the same turn's sends of a fast sender in one statement, each its own consecutive slot", async () => {
    const slots = await Promise.all([1, 2, 1, 1].map((cost) => budget.book("sms:+15550000000", cost, 2, NOW, 10_000)));
    expect(slots).toEqual([NOW, NOW + 2, NOW + 6, NOW + 8]);
    expect(statements).toBe(1);
    // The next booking starts after all of them.
    expect(await budget.book("sms:+15550000000", 1, 2, NOW, 10_000)).toBe(NOW + 10);
  });

  it("books a slow sender's sends one by one, and gives none a slot beyond the wait it allows", async () => {
    const slots = await Promise.all(Array.from({ length: 4 }, () => budget.book("sms:+15550000001", 1, 1_000, NOW, 2_500)));
    expect(slots).toEqual([NOW, NOW + 1_000, NOW + 2_000, null]);
    expect(statements).toBe(4);
    // The refused booking took nothing: the next free slot is still the fourth.
    expect(await budget.book("sms:+15550000001", 1, 1_000, NOW, 10_000)).toBe(NOW + 3_000);
  });

  it("keeps senders apart when their bookings come in the same turn", async () => {
    const [a, b, c] = await Promise.all([
      budget.book("sms:+15550000000", 1, 2, NOW, 10_000),
      budget.book("telegram", 1, 5, NOW, 10_000),
      budget.book("sms:+15550000000", 1, 2, NOW, 10_000),
    ]);
    expect([a, b, c]).toEqual([NOW, NOW, NOW + 2]);
    expect(statements).toBe(2);
    expect(await budget.book("sms:+15550000000", 1, 2, NOW, 10_000)).toBe(NOW + 4);
    expect(await budget.book("telegram", 1, 5, NOW, 10_000)).toBe(NOW + 5);
  });
});
