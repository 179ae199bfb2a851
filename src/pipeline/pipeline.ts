import type { InboundHandler } from "../channels/channel.js";
import { createInboundIntake, type IntakeDeps } from "./intake.js";
import { createMessageProcessor, type ProcessorDeps } from "./processor.js";
import { createProcessingQueue } from "./processing-queue.js";
import { createArrivalRate } from "./arrival-rate.js";
import { createProcessingRetry, type ProcessingRetryPolicy } from "./processing-retry.js";
import { escalationOf } from "../reading/reader.js";
import { allReceivedMessages } from "../care/messages/message-log.repo.js";

export type ProcessingDeps = ProcessorDeps & { processingRetry?: ProcessingRetryPolicy };
export type PipelineDeps = Omit<IntakeDeps, "onStored"> & ProcessingDeps;

/** The second half of the pipeline: read → decide → record → reply, for messages already stored. */
export interface Processing {
  /** Queues a newly stored message (what the intake calls). */
  accept(messageId: string, patientId: string, text: string): void;
  /** Re-queues messages stored but not processed (a crash between the two). */
  recoverUnprocessed(): Promise<number>;
  /** Queues failed messages whose backoff has passed and messages stuck `received`; returns how many. */
  retryDue(): Promise<number>;
  /** Resolves when all queued messages are processed. */
  idle(): Promise<void>;
  /** Takes nothing more from the queue and resolves when the messages being processed are done. */
  stop(): Promise<void>;
}

export interface Pipeline extends Omit<Processing, "accept"> {
  /** What every channel calls for an inbound message. */
  onInbound: InboundHandler;
}

/**
 * One pipeline for every inbound message, whatever the channel: dedupe → identify → store
 * (in the webhook), then read → decide → record → reply (right after).
 */
export function createPipeline(deps: PipelineDeps): Pipeline {
  const { accept, ...processing } = createProcessing(deps);
  return { onInbound: createInboundIntake({ ...deps, onStored: accept }), ...processing };
}

export function createProcessing(deps: ProcessingDeps): Processing {
  const retry = createProcessingRetry({ ...deps, ...(deps.processingRetry ? { policy: deps.processingRetry } : {}) });
  const processor = createMessageProcessor(deps, retry);
  // Above ~300 messages a second, storing and acknowledging comes first (see the processing queue).
  const arrivals = createArrivalRate({ windowMs: 50, threshold: 15 });
  const queue = createProcessingQueue((messageIds) => processor.processSafely(messageIds), { underPressure: arrivals.busy });
  return {
    accept(messageId, patientId, text) {
      arrivals.record();
      queue.push(messageId, patientId, () => carriesRedFlag(text));
    },
    async recoverUnprocessed() {
      const pending = await allReceivedMessages(deps.db);
      for (const message of pending) queue.push(message.id, message.patientId!, () => carriesRedFlag(message.body));
      return pending.length;
    },
    async retryDue() {
      const due = await retry.takeDue((messageId) => queue.has(messageId));
      for (const message of due) queue.push(message.id, message.patientId);
      return due.length;
    },
    idle: () => queue.idle(),
    stop: () => queue.stop(),
  };
}

/** Whether the rules reader would escalate the message at once: under a backlog it goes first. */
function carriesRedFlag(text: string): boolean {
  const escalate = escalationOf(text);
  return escalate === "emergency" || escalate === "urgent";
}
