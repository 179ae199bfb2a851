import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { createDb, type Db } from "./client.js";
import { withDatabaseLock } from "./database-lock.js";
import type { DatabaseTarget } from "./database-url.js";
import { openSchemaEngine } from "./schema-engine.js";

const PRISMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma");

/** Each provider keeps standard Prisma migration folders, so `prisma migrate deploy` works wherever the native engine exists. */
export function prismaPaths(provider: DatabaseTarget["provider"]) {
  const base = provider === "sqlite" ? PRISMA_DIR : join(PRISMA_DIR, "postgresql");
  return { schemaFile: join(base, "schema.prisma"), migrationsDir: join(base, "migrations") };
}

export function readSchema(provider: DatabaseTarget["provider"]): string {
  return readFileSync(prismaPaths(provider).schemaFile, "utf8");
}

export function loadMigrationList(provider: DatabaseTarget["provider"]): MigrationList {
  const { migrationsDir } = prismaPaths(provider);
  const lockPath = join(migrationsDir, "migration_lock.toml");
  const folders = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

/** Migrations in the folders that the database has not recorded as finished. */
export async function pendingMigrations(target: DatabaseTarget, db?: Db): Promise<string[]> {
  const all = loadMigrationList(target.provider).migrationDirectories.map((d) => d.path);
  const client = db ?? createDb(target, { poolSize: 1 });
  try {
    const rows = await client.$queryRawUnsafe<Array<{ migration_name: string }>>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return all.filter((name) => !applied.has(name));
  } catch {
    return all; // no migrations table yet: a new database
  } finally {
    if (!db) await client.$disconnect();
  }
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations and records them in Prisma's own `_prisma_migrations` table. Returns
 * the names applied now. Replicas started together take turns (a database lock): the first applies
 * them, the others then find nothing pending.
 */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  return withDatabaseLock(target, "migrate", async () => {
    // Another replica may have applied them while this one waited; the engine then stays closed
    // (on SQLite it would wait for the write lock of a replica already serving).
    if ((await pendingMigrations(target)).length === 0) return [];
    const { engine, close } = await openSchemaEngine(target, readSchema(target.provider));
    try {
      const result = await engine.applyMigrations({ migrationsList: loadMigrationList(target.provider), filters: NO_FILTERS });
      return result.appliedMigrationNames;
    } finally {
      await close();
    }
  });
}

/** SQL that would bring the database to `schema.prisma`; empty (comments only) when they match. */
export async function diffDatabaseToSchema(target: DatabaseTarget): Promise<string> {
  const schema = readSchema(target.provider);
  const files = [{ path: "schema.prisma", content: schema }];
  const { engine, close } = await openSchemaEngine(target, schema);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: "." },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}

export function isEmptyMigration(script: string): boolean {
  return !/\S/.test(script.replace(/^--.*$/gm, ""));
}
