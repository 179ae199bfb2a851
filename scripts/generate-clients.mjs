// Runs at `npm install`: derives the PostgreSQL schema from prisma/schema.prisma and generates
// both Prisma clients. `prisma generate` does not use the schema engine, but the CLI insists on
// finding one; pointing it at any executable keeps it from trying to download the native binary.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = join(root, "prisma", "postgresql", "schema.prisma");

export function derivePostgresSchema(sqliteSchema) {
  const header = "// GENERATED from ../schema.prisma by scripts/generate-clients.mjs: edit that file, not this one.\n";
  return (
    header +
    sqliteSchema
      .replace('output        = "../src/generated/sqlite"', 'output        = "../../src/generated/postgresql"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
  );
}

function main() {
  const postgres = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, postgres);
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  const prisma = join(root, "node_modules", "prisma", "build", "index.js");
  for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
    execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { cwd: root, env, stdio: "inherit" });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
