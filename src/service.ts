import type { Server } from "node:http";
import { Router } from "express";
import type { Config } from "./config/config.js";
import { openServiceDatabase } from "./db/database.js";
import { startWalCheckpointer } from "./db/wal-checkpointer.js";
import { createHttpApp } from "./http/app.js";
import { closeGracefully, listen } from "./http/listen.js";
import type { Logger } from "./logging/logger.js";
import { seedOnce } from "./seed/demo-clinic.seed.js";
import { buildChannels } from "./channels/build-channels.js";
import type { ChannelHooks, ChannelName } from "./channels/channel.js";
import type { Db } from "./db/client.js";
import { applyDeliveryStatus } from "./outbox/delivery-status.repo.js";
import { lastInboundAt } from "./outbox/last-inbound.repo.js";
import { createScheduler, type Scheduler } from "./scheduler/scheduler.js";
import { createInboundIntake } from "./pipeline/intake.js";
import { createTherapistRouters } from "./http/therapist-routers.js";
import { createLocalChatStore } from "./pipeline/local-chat.store.js";
import { loadTemplateBook } from "./conversation/reply-templates.js";
import { startBackgroundWork } from "./background-work.js";
import { startBackgroundThread } from "./background-thread.js";

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
  /** Reaches the background work only when `background` is off (the thread keeps the system's). */
  clock?: () => Date;
  /**
   * Process messages and run the dispatcher loop on a thread of their own, and run the cron ticker
   * (default). Off, messages are processed on this thread, and nothing is sent or planned until
   * `settle()` or `scheduler.tick()` is called: how tests drive time themselves.
   */
  background?: boolean;
  /** Give a newly created demo clinic four weeks of history (default); off, it starts empty. */
  demoHistory?: boolean;
}

export async function startService(config: Config, logger: Logger, options: ServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? (() => new Date());
  const background = options.background ?? true;
  const database = await openServiceDatabase(config, logger);
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
  // With the loops on, processing and sending run on their own thread; tests that drive time keep them here.
  const work = background
    ? await startBackgroundThread(config, logger)
    : await startBackgroundWork({ config, logger, db, provider: target.provider, channels, clock, loops: false });
  const wakeDispatcher = () => work.wakeDispatcher();
  const scheduler = config.SCHEDULER_ENABLED
    ? createScheduler({
        db,
        logger,
        clock,
        cron: config.SCHEDULER_CRON,
        dispatcher: { wake: wakeDispatcher },
        videoBaseUrl: config.VIDEO_BASE_URL,
        nudgeDelayMs: config.NUDGE_DELAY_MINUTES * 60_000,
        rtmThresholds: config.rtmThresholds,
        enabledChannels: Object.keys(channels) as ChannelName[],
      })
    : null;
  const onInbound = createInboundIntake({
    db,
    logger,
    clock,
    channels,
    templates: { en: loadTemplateBook("pipeline.en.json"), es: loadTemplateBook("pipeline.es.json") },
    wakeDispatcher,
    onStored: work.accept,
  });
  const hooks: ChannelHooks = {
    onInbound,
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
    await work.stop();
    await checkpointer?.stop();
    await database.close();
    throw error;
  });
  // Platforms and proxies keep connections open for a minute; closing an idle one sooner races
  // with their next webhook on it (a dropped request they must retry).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  for (const channel of Object.values(channels)) await channel.start?.(hooks);
  if (background) scheduler?.start();

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
    settle: () => work.settle(),
    async stop() {
      ready = false;
      await closeGracefully(server, HTTP_DRAIN_MS);
      await scheduler?.stop();
      for (const channel of Object.values(channels)) await channel.stop?.();
      await work.stop();
      await checkpointer?.stop();
      await database.close();
    },
  };
}

/** Requests in flight at SIGTERM get this long to finish; container runtimes kill at 10 s. */
const HTTP_DRAIN_MS = 5_000;
