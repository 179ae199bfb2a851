import { afterEach, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../../src/db/database-url.js";
import { openDatabase } from "../../src/db/database.js";
import { applyPendingMigrations, loadMigrationList } from "../../src/db/migrations.js";
import { seedOnce } from "../../src/seed/demo-clinic.seed.js";
import { createTestDatabase, createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

describe.each(TEST_PROVIDERS)("start-up work run at once by several callers on %s", (provider) => {
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (drops.length > 0) await drops.pop()!();
  });

  it("applies the migrations once: the others find nothing pending", { timeout: 120_000 }, async () => {
    const database: TestDatabaseUrl = await createTestDatabaseUrl(provider);
    drops.push(database.drop);
    const target = parseDatabaseUrl(database.url);
    const results = await Promise.all([1, 2, 3].map(() => applyPendingMigrations(target)));
    const all = loadMigrationList(provider).migrationDirectories.map((d) => d.path);
    expect(results.filter((names) => names.length > 0)).toEqual([all]);
    const opened = await openDatabase(database.url, { poolSize: 1 });
    expect(opened.appliedMigrations).toEqual([]);
    await opened.close();
  });

  it("creates one demo clinic and one library when seeded three times at once", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase(provider);
    drops.push(database.drop);
    const now = new Date("2026-03-10T14:00:00.000Z");
    const results = await Promise.all([1, 2, 3].map(() => seedOnce(database, { now, demo: true, demoPassword: "demo" })));
    expect(results.filter((r) => r.demo !== null)).toHaveLength(1);
    expect(results.filter((r) => r.library.created > 0), "callers that created the library").toHaveLength(1);
    expect(await database.db.clinic.count()).toBe(1);
    expect(await database.db.therapist.count()).toBe(1);
    expect(await database.db.patient.count()).toBe(3);
  });
});
