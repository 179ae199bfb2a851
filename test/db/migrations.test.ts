import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "../../scripts/generate-clients.mjs";
import { parseDatabaseUrl } from "../../src/db/database-url.js";
import { applyPendingMigrations, diffDatabaseToSchema, isEmptyMigration, loadMigrationList } from "../../src/db/migrations.js";
import { createDb } from "../../src/db/client.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

describe("migration folders", () => {
  it("keep the PostgreSQL schema derived from the SQLite one, differing only in provider and output", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it.each(["sqlite", "postgresql"] as const)("are standard Prisma folders for %s, with the same migration names", (provider) => {
    const list = loadMigrationList(provider);
    expect(list.lockfile.content).toContain(`provider = "${provider}"`);
    expect(list.migrationDirectories.length).toBeGreaterThan(0);
    expect(list.migrationDirectories.map((d) => d.path)).toEqual(loadMigrationList("sqlite").migrationDirectories.map((d) => d.path));
  });
});

describe.each(TEST_PROVIDERS)("migrations on %s", (provider) => {
  let database: TestDatabaseUrl | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it("apply to an empty database, leave no drift from schema.prisma, and are recorded once", async () => {
    database = await createTestDatabaseUrl(provider);
    const target = parseDatabaseUrl(database.url);
    const names = loadMigrationList(provider).migrationDirectories.map((d) => d.path);

    expect(await applyPendingMigrations(target)).toEqual(names);
    const drift = await diffDatabaseToSchema(target);
    expect(isEmptyMigration(drift), `drift:\n${drift}`).toBe(true);
    expect(await applyPendingMigrations(target)).toEqual([]);

    const db = createDb(target);
    try {
      const rows = await db.$queryRawUnsafe<Array<{ migration_name: string; finished_at: unknown }>>(
        `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      // The generated client works against the migrated tables.
      const clinic = await db.clinic.create({ data: { name: "Test clinic", timeZone: "UTC" } });
      expect(await db.clinic.findUnique({ where: { id: clinic.id } })).toMatchObject({ emergencyNumber: "911" });
    } finally {
      await db.$disconnect();
    }
  });

  it("detects drift when the database differs from the schema", async () => {
    database = await createTestDatabaseUrl(provider);
    const target = parseDatabaseUrl(database.url);
    await applyPendingMigrations(target);
    const db = createDb(target);
    await db.$executeRawUnsafe(`ALTER TABLE "Clinic" ADD COLUMN "unexpected" TEXT`);
    await db.$disconnect();
    expect(isEmptyMigration(await diffDatabaseToSchema(target))).toBe(false);
  });
});
