import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm";
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

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Applies pending migrations and records them in Prisma's own `_prisma_migrations` table. Returns the names applied now. */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(target, readSchema(target.provider));
  try {
    const result = await engine.applyMigrations({ migrationsList: loadMigrationList(target.provider), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
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
