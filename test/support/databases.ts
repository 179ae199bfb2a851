import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/database.js";

/**
 * Integration tests run on SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set
 * (`.ci/run` sets it). Each test database is isolated: a fresh SQLite file, or a fresh schema.
 */
export const TEST_PROVIDERS: Array<"sqlite" | "postgresql"> = process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"];
if (!process.env.TEST_DATABASE_URL && process.env.REQUIRE_TEST_DATABASES === "1") {
  throw new Error("REQUIRE_TEST_DATABASES=1 but TEST_DATABASE_URL is not set: the PostgreSQL tests would be skipped");
}

export interface TestDatabaseUrl {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabaseUrl(provider: "sqlite" | "postgresql"): Promise<TestDatabaseUrl> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "hepbot-test-"));
    return { url: `file:${join(dir, "hepbot.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const separator = base.includes("?") ? "&" : "?";
  return {
    url: `${base}${separator}schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export interface TestDatabase extends Database {
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

/** A migrated, empty database of the given provider. */
export async function createTestDatabase(provider: "sqlite" | "postgresql"): Promise<TestDatabase> {
  const { url, drop } = await createTestDatabaseUrl(provider);
  const database = await openDatabase(url, { poolSize: 4 });
  return {
    ...database,
    url,
    provider,
    drop: async () => {
      await database.close();
      await drop();
    },
  };
}
