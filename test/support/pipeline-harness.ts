import { randomUUID } from "node:crypto";
import type { ChannelName, InboundMessage } from "../../src/channels/channel.js";
import { loadReplyTemplates, loadTemplateBook } from "../../src/conversation/reply-templates.js";
import { loadTherapistTemplates } from "../../src/conversation/therapist-templates.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createPipeline, type Pipeline, type PipelineDeps } from "../../src/pipeline/pipeline.js";
import { readMessage } from "../../src/reading/reader.js";
import type { ReadInput, Reading } from "../../src/reading/reading.js";
import { seed } from "../../src/seed/demo-clinic.seed.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import type { Db } from "../../src/db/client.js";

/** The demo clinic's patients, by the persona each stands for. */
export interface DemoPersonas {
  harold: string; // knee replacement, English, New York
  rosa: string; // low back pain, Spanish, Chicago
  dana: string; // shoulder impingement, English, Los Angeles
}

export interface PipelineHarness {
  database: TestDatabase;
  pipeline: Pipeline;
  /** What the pipeline was built from, to build its parts on their own. */
  deps: PipelineDeps;
  personas: DemoPersonas;
  clock: { now: Date };
  /** Sends a patient message through the whole pipeline and returns hepbot's queued reply (or null). */
  say(patientId: string, text: string, options?: { channel?: ChannelName; address?: string; platformMessageId?: string; quickReply?: InboundMessage["quickReply"] }): Promise<string | null>;
  replies: string[];
  close(): Promise<void>;
}

export async function createPipelineHarness(
  provider: "sqlite" | "postgresql",
  options: { now?: Date; read?: (input: ReadInput) => Promise<Reading> } = {},
): Promise<PipelineHarness> {
  const database = await createTestDatabase(provider);
  const clock = { now: options.now ?? new Date("2026-06-10T14:00:00Z") };
  const seeded = await seed(database.db, { now: clock.now, demo: true, demoPassword: "demo" });
  const [harold, rosa, dana] = seeded.demo!.patientIds as [string, string, string];
  const deps = testPipelineDeps(database.db, { clock: () => clock.now, ...(options.read ? { read: options.read } : {}) });
  const pipeline = createPipeline(deps);
  const replies: string[] = [];
  return {
    database,
    pipeline,
    deps,
    personas: { harold, rosa, dana },
    clock,
    replies,
    async say(patientId, text, sayOptions = {}) {
      clock.now = new Date(clock.now.getTime() + 1000);
      const ack = await pipeline.onInbound({
        channel: sayOptions.channel ?? "local",
        platformMessageId: sayOptions.platformMessageId ?? randomUUID(),
        address: sayOptions.address ?? patientId,
        text,
        receivedAt: clock.now,
        quickReply: sayOptions.quickReply,
      });
      await pipeline.idle();
      if (!ack.accepted) return null;
      const message = await database.db.messageLog.findFirst({ where: { patientId, direction: "inbound" }, orderBy: { createdAt: "desc" } });
      const reply = message ? await database.db.outboxMessage.findUnique({ where: { idempotencyKey: `reply:${message.id}` } }) : null;
      if (reply) replies.push(reply.body);
      return reply?.body ?? null;
    },
    close: () => database.drop(),
  };
}

/** A pipeline's dependencies as tests build them: the shipped templates and rules reader, no channels, no randomness. */
export function testPipelineDeps(db: Db, overrides: Partial<PipelineDeps> = {}): PipelineDeps {
  const pipelineTemplates = { en: loadTemplateBook("pipeline.en.json"), es: loadTemplateBook("pipeline.es.json") };
  return {
    db,
    logger: silentLogger(),
    clock: () => new Date(),
    channels: {},
    templates: pipelineTemplates,
    read: async (input) => readMessage(input),
    replyTemplates: loadReplyTemplates(),
    therapistTemplates: loadTherapistTemplates(),
    pipelineTemplates,
    random: () => 0,
    videoBaseUrl: "https://videos.example.org/hep/",
    wakeDispatcher: () => {},
    ...overrides,
  };
}
