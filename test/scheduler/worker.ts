/**
 * One hepbot worker as the service would run it: the scheduler (planning ticks) and the
 * dispatcher, sending SMS through the real Twilio channel to the URL in TWILIO_API_BASE.
 * Used by the multi-process and crash tests; logs JSON lines to stdout; SIGTERM stops it cleanly.
 */
import { hostname } from "node:os";
import { createTwilioSmsChannel } from "../../src/channels/sms/twilio-sms.channel.js";
import { openDatabase } from "../../src/db/database.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";

const env = process.env;
const workerId = env.WORKER_ID ?? `${hostname()}:${process.pid}`;
const logger = createLogger({ level: env.LOG_LEVEL ?? "info" }).child({ workerId });
const database = await openDatabase(env.DATABASE_URL!, { migrate: false, poolSize: 4 });
const sms = createTwilioSmsChannel({
  accountSid: env.TWILIO_ACCOUNT_SID!,
  authToken: env.TWILIO_AUTH_TOKEN!,
  from: env.TWILIO_FROM!,
  publicBaseUrl: "https://hepbot.example.org",
  apiBase: env.TWILIO_API_BASE!,
  requestTimeoutMs: Number(env.TWILIO_TIMEOUT_MS ?? 15_000),
  logger,
});
const dispatcher = createDispatcher({
  db: database.db,
  provider: database.target.provider,
  channels: { sms },
  logger,
  workerId,
  rates: { sms: Number(env.RATE ?? 100) },
  sharedPacing: env.SHARED_PACING !== "false",
  batchSize: Number(env.BATCH_SIZE ?? 25),
  leaseMs: Number(env.LEASE_MS ?? 60_000),
  maxPaceWaitMs: Number(env.MAX_PACE_WAIT_MS ?? 10_000),
  loopConcurrency: Number(env.LOOP_CONCURRENCY ?? 2),
  pollIntervalMs: 200,
  recoveryIntervalMs: 500,
  backoff: { baseMs: Number(env.BACKOFF_BASE_MS ?? 30_000), maxMs: 60_000 },
});
const scheduler = createScheduler({
  db: database.db,
  logger,
  cron: env.CRON ?? "* * * * * *",
  dispatcher,
  videoBaseUrl: "https://videos.example.org/",
  enabledChannels: ["sms"],
  schedulerId: workerId,
  leaseMs: Number(env.PLANNER_LEASE_MS ?? 5_000),
});
dispatcher.start();
scheduler.start();
logger.info("worker ready");

process.once("SIGTERM", async () => {
  await scheduler.stop();
  await dispatcher.stop();
  await database.close();
  logger.info("worker stopped");
  process.exit(0);
});
