import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { createAdapterFactory } from "./adapter.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-serialized.js";
import type { DatabaseTarget } from "./database-url.js";

/**
 * Both generated clients come from one schema that differs only in its provider, so their APIs are
 * the same; the rest of the code is written against the SQLite client's types.
 */
export type Db = SqliteClient;
export type { Prisma } from "../generated/sqlite/client.js";

export function createDb(target: DatabaseTarget, options: { poolSize?: number; onConnectionError?: (error: Error) => void } = {}): Db {
  const adapter = createAdapterFactory(target, options);
  // Any other format captures and parses a stack trace on every query, to point at the calling
  // line should it fail: a large share of each query's cost. Errors keep their own stack.
  const errorFormat = "minimal";
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter, errorFormat });
  }
  return new PostgresClient({ adapter, errorFormat }) as unknown as Db;
}

/** SQLite tuning that a single-file clinic install needs for concurrent reads and writes. */
export async function prepareDb(db: Db, target: DatabaseTarget): Promise<void> {
  if (target.provider !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
}
