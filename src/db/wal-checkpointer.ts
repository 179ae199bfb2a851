import { Worker } from "node:worker_threads";
import type { Db } from "./client.js";
import type { Logger } from "../logging/logger.js";

const MAX_PASSES = 20;
/** Pages (4 KiB each) after which the service's own connection checkpoints anyway: only if the worker falls far behind. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/** Every other connection to the file (another thread's) leaves checkpoints to the checkpointer too. */
export async function leaveCheckpointsToTheCheckpointer(db: Db): Promise<void> {
  await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
}

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/**
 * SQLite copies its write-ahead log into the database file (a checkpoint) inside whichever commit
 * fills the log, and better-sqlite3 runs commits on the service's one thread: every webhook that
 * arrives meanwhile waits tens of milliseconds. Here a worker thread with its own connection does
 * the checkpoints, so the service's thread never does that I/O.
 */
export async function startWalCheckpointer(db: Db, file: string, logger: Logger, options: { intervalMs?: number } = {}): Promise<WalCheckpointer> {
  await leaveCheckpointsToTheCheckpointer(db);
  const worker = new Worker(new URL("./wal-checkpoint.worker.mjs", import.meta.url), {
    workerData: { file, intervalMs: options.intervalMs ?? 200, maxPasses: MAX_PASSES },
  });
  // A checkpointer must not keep the process alive; the service's connection is the fallback.
  worker.unref();
  let lastError = "";
  worker.on("message", (message: { error?: string }) => {
    if (message.error && message.error !== lastError) logger.warn({ err: message.error }, "the SQLite checkpointer failed; it keeps trying");
    lastError = message.error ?? "";
  });
  worker.on("error", (error) => {
    logger.error({ err: error.message }, "the SQLite checkpointer stopped; the service's connection checkpoints instead");
    void db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`).catch(() => {});
  });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    async stop() {
      // Held while it closes its connection, or the process could end mid-stop with nothing else to wait for.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
