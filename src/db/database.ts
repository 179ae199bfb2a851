import { createDb, prepareDb, type Db } from "./client.js";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url.js";
import { applyPendingMigrations, pendingMigrations } from "./migrations.js";

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
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<Database & { appliedMigrations: string[] }> {
  const target = parseDatabaseUrl(url);
  let db = createDb(target, { poolSize: options.poolSize });
  let appliedMigrations: string[] = [];
  if (options.migrate !== false && (await pendingMigrations(target, db)).length > 0) {
    await db.$disconnect();
    appliedMigrations = await applyPendingMigrations(target);
    db = createDb(target, { poolSize: options.poolSize });
  }
  await prepareDb(db, target);
  return { db, target, appliedMigrations, close: () => db.$disconnect() };
}
