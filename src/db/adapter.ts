import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DatabaseTarget } from "./database-url.js";
import { serializeSqliteAccess, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-serialized.js";
import { cacheStatements, sqliteClientOf } from "./sqlite-statement-cache.js";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine reads PostgreSQL's catalog, whose internal one-byte `"char"` columns the pg
 * driver adapter refuses to map. They are plain text to us, so report them as text.
 */
class CatalogFriendlyClient extends pg.Client {
  // pg's overloads are many; this wraps both the promise and the callback form.
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, res: pg.QueryResult) => callback(error, res && relabelCharColumns(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(relabelCharColumns) : result) as never;
  }
}

function relabelCharColumns(res: pg.QueryResult): pg.QueryResult {
  for (const field of res.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return res;
}

const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

export function createAdapterFactory(
  target: DatabaseTarget,
  options: { poolSize?: number; forSchemaEngine?: boolean; onConnectionError?: (error: Error) => void } = {},
) {
  if (target.provider === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    // iso8601 keeps timestamps readable and sortable as text.
    return serializeSqliteAccess(withStatementCache(new PrismaBetterSqlite3({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS }, { timestampFormat: "iso8601" })));
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.poolSize ?? 10,
    // Unqualified names in migrations and raw SQL resolve in the configured schema. A process frozen
    // (SIGSTOP, a paused VM) inside a transaction would hold its row locks for as long as its connection
    // lives, and other replicas' SKIP LOCKED recovery would pass its rows by forever: the server ends a
    // transaction left idle this long (Prisma's own interactive transactions time out at 5 s).
    options: `-c search_path="${target.schema}"${options.forSchemaEngine ? "" : ` -c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_TIMEOUT_MS}`}`,
    ...(options.forSchemaEngine ? { Client: CatalogFriendlyClient } : {}),
  });
  // A connection PostgreSQL ends (an admin's pg_terminate_backend, a restart, a failover) emits
  // 'error' on its client, in use or idle; unheard, that event would end the process. The query
  // on it fails and its caller retries; the pool opens a new connection for the next one.
  const onConnectionError = options.onConnectionError ?? (() => {});
  pool.on("error", onConnectionError);
  pool.on("connect", (client) => client.on("error", onConnectionError));
  return new PrismaPg(pool, { schema: target.schema, disposeExternalPool: true });
}

function withStatementCache(factory: PrismaBetterSqlite3): SqlMigrationAwareDriverAdapterFactory {
  const cached = async <T>(adapter: Promise<T>): Promise<T> => {
    const connected = await adapter;
    const client = sqliteClientOf(connected);
    if (client) cacheStatements(client);
    return connected;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => cached(factory.connect()),
    connectToShadowDb: () => cached(factory.connectToShadowDb()),
  };
}
