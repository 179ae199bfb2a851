import { hostname } from "node:os";
import type { Config } from "./config/config.js";
import type { Db } from "./db/client.js";
import type { DatabaseTarget } from "./db/database-url.js";
import type { Logger } from "./logging/logger.js";
import type { Channel, ChannelName } from "./channels/channel.js";
import { createDispatcher } from "./outbox/dispatcher.js";
import { createProcessing, type Processing } from "./pipeline/pipeline.js";
import { loadReplyTemplates, loadTemplateBook } from "./conversation/reply-templates.js";
import { loadTherapistTemplates } from "./conversation/therapist-templates.js";
import { readMessage } from "./reading/reader.js";
import { createModelAssistedReader } from "./reading/model-reader.js";
import { createChatModel } from "./llm/chat-model.js";
import { createReplyPhraser } from "./conversation/model-phrasing.js";
import type { StructuredModel } from "./core/structured-model.js";
import type { ReadInput, Reading } from "./reading/reading.js";

/** What happens after a webhook is answered: processing stored messages, and sending the outbox. */
export interface BackgroundWork {
  /** Queues a newly stored inbound message. */
  accept(messageId: string, patientId: string, text: string): void;
  /** There is something new in the outbox. */
  wakeDispatcher(): void;
  /** Resolves when queued messages are processed and nothing is due in the outbox (tests). */
  settle(): Promise<void>;
  /** Finishes the messages being processed and the sends in flight; what waits stays in the database. */
  stop(): Promise<void>;
}

export interface BackgroundWorkDeps {
  config: Config;
  logger: Logger;
  db: Db;
  provider: DatabaseTarget["provider"];
  channels: Partial<Record<ChannelName, Channel>>;
  clock: () => Date;
  /** Run the dispatcher loop and the retry sweep; off, nothing is sent until `settle()`. */
  loops: boolean;
}

/**
 * Wires the processing queue and the dispatcher, and takes up messages left `received` by a
 * crash. The same wiring runs on the service's thread (tests that drive time) or on its own
 * thread (see `background-thread.ts`).
 */
export async function startBackgroundWork(deps: BackgroundWorkDeps): Promise<BackgroundWork> {
  const { config, logger, db, clock } = deps;
  const dispatcher = createDispatcher({
    db,
    provider: deps.provider,
    channels: deps.channels,
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
  const pipelineTemplates = { en: loadTemplateBook("pipeline.en.json"), es: loadTemplateBook("pipeline.es.json") };
  // One chat model for reading and phrasing; without one, rules and templates serve alone.
  const model = config.modelEnabled ? createModel(config) : null;
  const phraser = model ? createReplyPhraser({ model, timeoutMs: config.OPENAI_TIMEOUT_MS }) : null;
  const processing: Processing = createProcessing({
    db,
    logger,
    clock,
    read: createReader(model, config.OPENAI_TIMEOUT_MS),
    replyTemplates: loadReplyTemplates(),
    therapistTemplates: loadTherapistTemplates(),
    pipelineTemplates,
    random: Math.random,
    videoBaseUrl: config.VIDEO_BASE_URL,
    wakeDispatcher: () => dispatcher.wake(),
    ...(phraser ? { phrase: phraser.phrase } : {}),
  });

  const recovered = await processing.recoverUnprocessed();
  if (recovered > 0) logger.info({ messages: recovered }, "processing messages left from before a restart");
  const retrySweep = deps.loops ? startRetrySweep(processing, logger) : null;
  if (deps.loops) dispatcher.start();

  return {
    accept: processing.accept,
    wakeDispatcher: () => dispatcher.wake(),
    async settle() {
      await processing.retryDue();
      await processing.idle();
      for (let round = 0; round < 100; round++) {
        const stats = await dispatcher.runOnce();
        await processing.idle();
        if (stats.claimed === 0 || stats.claimed === stats.deferred) break;
      }
    },
    async stop() {
      if (retrySweep) clearInterval(retrySweep);
      // Messages still waiting stay `received`: the next start (or another replica) processes them.
      await processing.stop();
      await dispatcher.stop();
    },
  };
}

const RETRY_SWEEP_MS = 15_000;

/** Failed messages come back after their backoff; a database that is down only delays them. */
function startRetrySweep(processing: Processing, logger: Logger): NodeJS.Timeout {
  const sweep = setInterval(() => {
    processing.retryDue().then(
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
