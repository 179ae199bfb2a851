// The worker thread behind wal-checkpointer.ts. Plain JavaScript so that Node loads it as it is,
// whether the service runs under tsx, vitest or a build.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";

const { file, intervalMs, maxPasses } = workerData;
// Never wait for a lock: a checkpoint that cannot copy everything now simply copies more next time.
const db = new Database(file, { timeout: 0, fileMustExist: true });

/**
 * A passive checkpoint copies the frames that were in the log when it began, and SQLite starts the
 * log over only once everything in it is copied. Writes keep arriving during a pass, so repeat until
 * a pass finds nothing new; otherwise the log would grow for as long as the service is busy.
 */
function checkpoint() {
  let previousLog = null;
  for (let pass = 0; pass < maxPasses; pass++) {
    const [{ log }] = db.pragma("wal_checkpoint(PASSIVE)");
    if (log <= 0 || log === previousLog) return;
    previousLog = log;
  }
}

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
