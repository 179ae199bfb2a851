import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createDb, prepareDb, type Db } from "./client.js";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url.js";
import { applyPendingMigrations, pendingMigrations } from "./migrations.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";

export interface Database {
  db: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/**
 * Opens the configured database, applying pending migrations first unless told not to. The schema
 * engine runs only when something is pending, so a CLI command beside a running service (which has
 * the SQLite file open) does not need its lock.
 */
export async function openDatabase(
  url: string,
  options: OpenOptions = {},
): Promise<Database & { appliedMigrations: string[] }> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite") {
    assertSqliteWritable(target.file);
    return openAndPrepare(target, options).catch((error: unknown) => {
      throw isReadOnlyError(error) ? unwritable(target.file, error) : error;
    });
  }
  return openAndPrepare(target, options);
}

/**
 * The service's database as configured, from either of its threads: the pool's size, and a lost
 * PostgreSQL connection logged. The service's thread applies the migrations; the other is told not to.
 */
export function openServiceDatabase(
  config: Pick<Config, "DATABASE_URL" | "DATABASE_POOL_SIZE">,
  logger: Logger,
  options: { migrate?: boolean } = {},
): Promise<Database & { appliedMigrations: string[] }> {
  return openDatabase(config.DATABASE_URL, {
    ...options,
    poolSize: config.DATABASE_POOL_SIZE,
    onConnectionError: (err) => logger.warn({ code: (err as { code?: unknown }).code, err: err.message }, "a database connection was lost; the pool opens another"),
  });
}

interface OpenOptions {
  migrate?: boolean;
  poolSize?: number;
  /** A PostgreSQL connection was ended under the pool (logged; the pool replaces it). */
  onConnectionError?: (error: Error) => void;
}

async function openAndPrepare(target: DatabaseTarget, options: OpenOptions): Promise<Database & { appliedMigrations: string[] }> {
  const clientOptions = { poolSize: options.poolSize, onConnectionError: options.onConnectionError };
  let db = createDb(target, clientOptions);
  let appliedMigrations: string[] = [];
  if (options.migrate !== false && (await pendingMigrations(target, db)).length > 0) {
    await db.$disconnect();
    appliedMigrations = await applyPendingMigrations(target);
    db = createDb(target, clientOptions);
  }
  await prepareDb(db, target);
  return { db, target, appliedMigrations, close: () => db.$disconnect() };
}

function unwritable(file: string, cause: unknown): Error {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new Error(`DATABASE_URL: the SQLite database ${file} cannot be written (${why}); check the owner and permissions of the file and its folder`, { cause });
}

/** SQLite writes the file, its -wal and -shm beside it: the folder must be writable too. */
function assertSqliteWritable(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    accessSync(dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
  } catch (error) {
    throw unwritable(file, error);
  }
}

function isReadOnlyError(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ""} ${error instanceof Error ? error.message : ""}`;
  return /readonly|read-only|SQLITE_READONLY|SQLITE_CANTOPEN|EACCES|EROFS|unable to open database/i.test(text);
}
