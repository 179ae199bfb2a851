import { createDb, prepareDb, type Db } from "./client.js";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url.js";
import { applyPendingMigrations } from "./migrations.js";

export interface Database {
  db: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Opens the configured database, applying pending migrations first unless told not to. */
export async function openDatabase(
  url: string,
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<Database & { appliedMigrations: string[] }> {
  const target = parseDatabaseUrl(url);
  const appliedMigrations = options.migrate === false ? [] : await applyPendingMigrations(target);
  const db = createDb(target, { poolSize: options.poolSize });
  await prepareDb(db, target);
  return { db, target, appliedMigrations, close: () => db.$disconnect() };
}
