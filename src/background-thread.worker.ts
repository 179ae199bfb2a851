// The background thread's entry (see background-thread.ts): its own database connection, channels
// to send with, and the same processing and dispatching as on the service's thread.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "./config/config.js";
import { createLogger } from "./logging/logger.js";
import { openServiceDatabase } from "./db/database.js";
import { leaveCheckpointsToTheCheckpointer } from "./db/wal-checkpointer.js";
import { buildChannels } from "./channels/build-channels.js";
import { createLocalChatStore } from "./pipeline/local-chat.store.js";
import { lastInboundAt } from "./outbox/last-inbound.repo.js";
import { startBackgroundWork } from "./background-work.js";
import type { ToBackground } from "./background-thread.js";

const BACKGROUND_NICENESS = 10;
const { config, logLevel } = workerData as { config: Config; logLevel: string };
const port = parentPort!;
const logger = createLogger({ level: logLevel }).child({ thread: "background" });
process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
yieldToWebhooks();

// The service's thread has applied the migrations and logged which channels are on.
const database = await openServiceDatabase(config, logger, { migrate: false });
const { db, target } = database;
if (target.provider === "sqlite") await leaveCheckpointsToTheCheckpointer(db);
const channelLogger = logger.child({});
channelLogger.level = "error";
const channels = buildChannels(config, channelLogger, createLocalChatStore(db), { whatsappLastInboundAt: (address) => lastInboundAt(db, "whatsapp", address) });
channelLogger.level = logger.level;
const work = await startBackgroundWork({ config, logger, db, provider: target.provider, channels, clock: () => new Date(), loops: true });

port.on("message", (message: ToBackground) => {
  switch (message.type) {
    case "accept":
      work.accept(message.messageId, message.patientId, message.text);
      break;
    case "wake":
      work.wakeDispatcher();
      break;
    case "settle":
      void work.settle().then(
        () => port.postMessage({ type: "settled", id: message.id }),
        (error: unknown) => port.postMessage({ type: "settled", id: message.id, error: error instanceof Error ? error.message : String(error) }),
      );
      break;
    case "stop":
      void work
        .stop()
        .then(() => database.close())
        .then(() => new Promise<void>((resolve) => logger.flush(() => resolve())))
        .then(() => port.close());
      break;
  }
});
port.postMessage({ type: "ready" });

/**
 * Where the service shares its cores with its database or other programs, the thread that answers
 * webhooks should run first when both are ready: this thread's work can wait, a platform cannot.
 * On Linux a thread has a priority of its own (its id is in /proc/thread-self); elsewhere nothing changes.
 */
function yieldToWebhooks(): void {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), BACKGROUND_NICENESS);
  } catch {
    // not Linux, or not allowed: the thread keeps the process's priority
  }
}
