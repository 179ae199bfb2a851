import type { Server } from "node:http";
import { Router } from "express";
import type { Config } from "./config/config.js";
import { openDatabase } from "./db/database.js";
import { createHttpApp } from "./http/app.js";
import type { Logger } from "./logging/logger.js";
import { seed } from "./seed/demo-clinic.seed.js";
import { buildChannels } from "./channels/build-channels.js";
import type { ChannelHooks } from "./channels/channel.js";
import { createPipeline } from "./pipeline/pipeline.js";
import { createLocalChatStore } from "./pipeline/local-chat.store.js";
import { loadReplyTemplates, loadTemplateBook } from "./conversation/reply-templates.js";
import { loadTherapistTemplates } from "./conversation/therapist-templates.js";
import { readMessage } from "./reading/reader.js";
import { createModelAssistedReader } from "./reading/model-reader.js";
import { createChatModel } from "./llm/chat-model.js";
import type { ReadInput, Reading } from "./reading/reading.js";

export interface RunningService {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** The composition root: opens the database, wires the parts, serves HTTP. */
export async function startService(config: Config, logger: Logger, clock: () => Date = () => new Date()): Promise<RunningService> {
  const database = await openDatabase(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  const { db, target } = database;
  if (database.appliedMigrations.length > 0) logger.info({ migrations: database.appliedMigrations }, "applied database migrations");

  const seeded = await seed(db, { now: clock(), demo: config.SEED_DEMO, demoPassword: config.DEMO_PASSWORD });
  if (seeded.demo) {
    logger.info(
      { login: seeded.demo.therapistEmail, password: seeded.demo.therapistPassword },
      "created the demo clinic; log in to the dashboard with these credentials (shown only now)",
    );
  }

  const channels = buildChannels(config, logger, createLocalChatStore(db));
  const pipelineTemplates = { en: loadTemplateBook("pipeline.en.json"), es: loadTemplateBook("pipeline.es.json") };
  const wakeDispatcher = () => {};
  const pipeline = createPipeline({
    db,
    logger,
    clock,
    channels,
    templates: pipelineTemplates,
    read: createReader(config),
    replyTemplates: loadReplyTemplates(),
    therapistTemplates: loadTherapistTemplates(),
    pipelineTemplates,
    random: Math.random,
    videoBaseUrl: config.VIDEO_BASE_URL,
    wakeDispatcher,
  });
  const hooks: ChannelHooks = {
    onInbound: pipeline.onInbound,
    onDeliveryStatus: async () => {},
  };
  const channelRouter = Router();
  for (const channel of Object.values(channels)) channel.mount(channelRouter, hooks);

  let ready = false;
  const app = createHttpApp({
    logger,
    ready: () => ready,
    healthDetails: async () => ({ database: target.provider, patients: await db.patient.count(), channels: Object.keys(channels) }),
    routers: [channelRouter],
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
    listening.once("error", reject);
  });
  for (const channel of Object.values(channels)) await channel.start?.(hooks);
  const recovered = await pipeline.recoverUnprocessed();
  if (recovered > 0) logger.info({ messages: recovered }, "processing messages left from before a restart");

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://127.0.0.1:${port}`;
  ready = true;
  logger.info({ port, database: target.provider }, "hepbot is ready");

  return {
    server,
    url,
    async stop() {
      ready = false;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      for (const channel of Object.values(channels)) await channel.stop?.();
      await pipeline.idle();
      await database.close();
    },
  };
}

/** The rules reader; with a model configured, the rules ask it about the messages they are unsure of. */
function createReader(config: Config): (input: ReadInput) => Promise<Reading> {
  if (!config.modelEnabled) return async (input) => readMessage(input);
  const model = createChatModel({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  });
  const reader = createModelAssistedReader({ model, timeoutMs: config.OPENAI_TIMEOUT_MS });
  return (input) => reader.read(input);
}
