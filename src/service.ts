import type { Server } from "node:http";
import { Router } from "express";
import type { Config } from "./config/config.js";
import { openDatabase } from "./db/database.js";
import { startWalCheckpointer } from "./db/wal-checkpointer.js";
import { createHttpApp } from "./http/app.js";
import { closeGracefully, listen } from "./http/listen.js";
import type { Logger } from "./logging/logger.js";
import { seedOnce } from "./seed/demo-clinic.seed.js";
import { buildChannels } from "./channels/build-channels.js";
import type { ChannelHooks, ChannelName } from "./channels/channel.js";
import { hostname } from "node:os";
import type { Db } from "./db/client.js";
import { createDispatcher } from "./outbox/dispatcher.js";
import { applyDeliveryStatus } from "./outbox/delivery-status.repo.js";
import { lastInboundAt } from "./outbox/last-inbound.repo.js";
import { createScheduler, type Scheduler } from "./scheduler/scheduler.js";
import { createPipeline, type Pipeline } from "./pipeline/pipeline.js";
import { createTherapistRouters } from "./http/therapist-routers.js";
import { createLocalChatStore } from "./pipeline/local-chat.store.js";
import { loadReplyTemplates, loadTemplateBook } from "./conversation/reply-templates.js";
import { loadTherapistTemplates } from "./conversation/therapist-templates.js";
import { readMessage } from "./reading/reader.js";
import { createModelAssistedReader } from "./reading/model-reader.js";
import { createChatModel } from "./llm/chat-model.js";
import { createReplyPhraser } from "./conversation/model-phrasing.js";
import type { StructuredModel } from "./core/structured-model.js";
import type { ReadInput, Reading } from "./reading/reading.js";

export interface RunningService {
  server: Server;
  url: string;
  db: Db;
  scheduler: Scheduler | null;
  /** Resolves when queued inbound messages are processed and nothing is due in the outbox (tests). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** The composition root: opens the database, wires the parts, serves HTTP. */
export interface ServiceOptions {
  clock?: () => Date;
  /**
   * Run the dispatcher loop and the cron ticker (default). Off, nothing is sent or planned until
   * `settle()` or `scheduler.tick()` is called: how tests drive time themselves.
   */
  background?: boolean;
  /** Give a newly created demo clinic four weeks of history (default); off, it starts empty. */
  demoHistory?: boolean;
}

export async function startService(config: Config, logger: Logger, options: ServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? (() => new Date());
  const background = options.background ?? true;
  const database = await openDatabase(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    onConnectionError: (err) => logger.warn({ code: (err as { code?: unknown }).code, err: err.message }, "a database connection was lost; the pool opens another"),
  });
  const { db, target } = database;
  if (database.appliedMigrations.length > 0) logger.info({ migrations: database.appliedMigrations }, "applied database migrations");
  const checkpointer = target.provider === "sqlite" ? await startWalCheckpointer(db, target.file, logger) : null;

  const seeded = await seedOnce(database, { now: clock(), demo: config.SEED_DEMO, demoPassword: config.DEMO_PASSWORD, ...(options.demoHistory === false ? {} : { history: { videoBaseUrl: config.VIDEO_BASE_URL } }) });
  if (seeded.demo && config.DEMO_PASSWORD) {
    logger.info({ login: seeded.demo.therapistEmail }, "created the demo clinic; log in to the dashboard with DEMO_PASSWORD");
  } else if (seeded.demo) {
    logger.info(
      { login: seeded.demo.therapistEmail, password: seeded.demo.therapistPassword },
      "created the demo clinic; log in to the dashboard with these credentials (shown only now)",
    );
  }

  const channels = buildChannels(config, logger, createLocalChatStore(db), {
    clock,
    whatsappLastInboundAt: (address) => lastInboundAt(db, "whatsapp", address),
  });
  const dispatcher = createDispatcher({
    db,
    provider: target.provider,
    channels,
    logger,
    clock,
    workerId: `${hostname()}:${process.pid}`,
    batchSize: config.DISPATCH_BATCH_SIZE,
    // Replicas with the same senders share each sender's budget in the database.
    senders: {
      ...(config.TWILIO_MESSAGING_SERVICE_SID || config.TWILIO_FROM ? { sms: (config.TWILIO_MESSAGING_SERVICE_SID || config.TWILIO_FROM)! } : {}),
      ...(config.TWILIO_WHATSAPP_FROM ? { whatsapp: config.TWILIO_WHATSAPP_FROM } : {}),
      ...(config.TELEGRAM_BOT_USERNAME ? { telegram: config.TELEGRAM_BOT_USERNAME } : {}),
    },
    rates: {
      sms: config.TWILIO_RATE_PER_SECOND,
      whatsapp: config.TWILIO_WHATSAPP_RATE_PER_SECOND,
      telegram: { perSecond: config.TELEGRAM_RATE_PER_SECOND, perChat: config.TELEGRAM_RATE_PER_CHAT },
      teams: config.TEAMS_RATE_PER_CONVERSATION,
    },
  });
  const scheduler = config.SCHEDULER_ENABLED
    ? createScheduler({
        db,
        logger,
        clock,
        cron: config.SCHEDULER_CRON,
        dispatcher,
        videoBaseUrl: config.VIDEO_BASE_URL,
        nudgeDelayMs: config.NUDGE_DELAY_MINUTES * 60_000,
        rtmThresholds: config.rtmThresholds,
        enabledChannels: Object.keys(channels) as ChannelName[],
      })
    : null;
  const pipelineTemplates = { en: loadTemplateBook("pipeline.en.json"), es: loadTemplateBook("pipeline.es.json") };
  const wakeDispatcher = () => dispatcher.wake();
  // One chat model for reading and phrasing; without one, rules and templates serve alone.
  const model = config.modelEnabled ? createModel(config) : null;
  const phraser = model ? createReplyPhraser({ model, timeoutMs: config.OPENAI_TIMEOUT_MS }) : null;
  const pipeline = createPipeline({
    db,
    logger,
    clock,
    channels,
    templates: pipelineTemplates,
    read: createReader(model, config.OPENAI_TIMEOUT_MS),
    replyTemplates: loadReplyTemplates(),
    therapistTemplates: loadTherapistTemplates(),
    pipelineTemplates,
    random: Math.random,
    videoBaseUrl: config.VIDEO_BASE_URL,
    wakeDispatcher,
    ...(phraser ? { phrase: phraser.phrase } : {}),
  });
  const hooks: ChannelHooks = {
    onInbound: pipeline.onInbound,
    onDeliveryStatus: async (update) => {
      await applyDeliveryStatus(db, update);
    },
  };
  const channelRouter = Router();
  for (const channel of Object.values(channels)) channel.mount(channelRouter, hooks);

  let ready = false;
  const app = createHttpApp({
    logger,
    ready: () => ready,
    healthCheck: async () => {
      await db.$queryRawUnsafe("SELECT 1");
    },
    routers: [
      channelRouter,
      ...createTherapistRouters({
        db,
        logger,
        clock,
        videoBaseUrl: config.VIDEO_BASE_URL,
        wakeDispatcher,
        telegramBotUsername: config.TELEGRAM_BOT_USERNAME,
        publicBaseUrl: config.PUBLIC_BASE_URL,
        rtmThresholds: config.rtmThresholds,
        monitoringIdleMs: config.MONITORING_IDLE_MINUTES * 60_000,
        enabledChannels: Object.keys(channels) as ChannelName[],
      }),
    ],
  });
  const server = await listen(app, config.PORT, config.HOST).catch(async (error: unknown) => {
    await checkpointer?.stop();
    await database.close();
    throw error;
  });
  // Platforms and proxies keep connections open for a minute; closing an idle one sooner races
  // with their next webhook on it (a dropped request they must retry).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  for (const channel of Object.values(channels)) await channel.start?.(hooks);
  const recovered = await pipeline.recoverUnprocessed();
  if (recovered > 0) logger.info({ messages: recovered }, "processing messages left from before a restart");
  const retrySweep = background ? startRetrySweep(pipeline, logger) : null;
  if (background) {
    dispatcher.start();
    scheduler?.start();
  }

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://127.0.0.1:${port}`;
  ready = true;
  logger.info({ port, database: target.provider }, "hepbot is ready");

  return {
    server,
    url,
    db,
    scheduler,
    async settle() {
      await pipeline.retryDue();
      await pipeline.idle();
      for (let round = 0; round < 100; round++) {
        const stats = await dispatcher.runOnce();
        await pipeline.idle();
        if (stats.claimed === 0 || stats.claimed === stats.deferred) break;
      }
    },
    async stop() {
      ready = false;
      await closeGracefully(server, HTTP_DRAIN_MS);
      if (retrySweep) clearInterval(retrySweep);
      await scheduler?.stop();
      for (const channel of Object.values(channels)) await channel.stop?.();
      // Messages still waiting stay `received`: the next start (or another replica) processes them.
      await pipeline.stop();
      await dispatcher.stop();
      await checkpointer?.stop();
      await database.close();
    },
  };
}

const RETRY_SWEEP_MS = 15_000;
/** Requests in flight at SIGTERM get this long to finish; container runtimes kill at 10 s. */
const HTTP_DRAIN_MS = 5_000;

/** Failed messages come back after their backoff; a database that is down only delays them. */
function startRetrySweep(pipeline: Pipeline, logger: Logger): NodeJS.Timeout {
  const sweep = setInterval(() => {
    pipeline.retryDue().then(
      (count) => count > 0 && logger.info({ messages: count }, "processing messages again"),
      (err: unknown) => logger.warn({ err }, "could not look for messages to process again"),
    );
  }, RETRY_SWEEP_MS);
  sweep.unref();
  return sweep;
}

function createModel(config: Config): StructuredModel {
  return createChatModel({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  });
}

/** The rules reader; with a model configured, the rules ask it about the messages they are unsure of. */
function createReader(model: StructuredModel | null, timeoutMs: number): (input: ReadInput) => Promise<Reading> {
  if (model === null) return async (input) => readMessage(input);
  const reader = createModelAssistedReader({ model, timeoutMs });
  return (input) => reader.read(input);
}
