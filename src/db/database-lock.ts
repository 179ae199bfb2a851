import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { DatabaseTarget } from "./database-url.js";

export interface DatabaseLockOptions {
  /** Give up waiting after this long (default 10 minutes: a slow migration on a big database). */
  waitMs?: number;
}

/**
 * Runs `work` while holding a named lock in the database, so replicas started together take
 * turns at start-up work (migrations, seeding) instead of racing it. The lock lives in a
 * connection of its own and dies with it: a replica killed while holding it frees it at once.
 *
 * PostgreSQL: a session advisory lock, named per schema so test schemas do not wait for each other.
 * SQLite: an exclusive transaction on a small file beside the database (`<file>.lock`); not the
 * database itself, whose writers (the schema engine among them) would wait for it forever.
 */
export async function withDatabaseLock<T>(target: DatabaseTarget, name: string, work: () => Promise<T>, options: DatabaseLockOptions = {}): Promise<T> {
  const waitMs = options.waitMs ?? 10 * 60_000;
  return target.provider === "postgresql"
    ? withAdvisoryLock(target.connectionString, `hepbot:${target.schema}:${name}`, waitMs, work)
    : withSqliteLockFile(`${target.file}.lock`, waitMs, work);
}

async function withAdvisoryLock<T>(connectionString: string, key: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // lock_timeout bounds the wait; the lock itself is held until unlock or disconnect.
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(waitMs))}`);
    await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withSqliteLockFile<T>(file: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  // busy_timeout 0: a busy lock answers at once and we wait here, without blocking the event loop.
  mkdirSync(dirname(file), { recursive: true });
  const lock = new BetterSqlite3(file, { timeout: 0 });
  try {
    const deadline = Date.now() + waitMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      try {
        lock.exec("BEGIN EXCLUSIVE");
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
        await delay(pause);
      }
    }
    try {
      return await work();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}
