import type { Db } from "../db/client.js";
import type { ChannelName } from "../channels/channel.js";
import type { Logger } from "../logging/logger.js";
import type { TemplateBook } from "../conversation/reply-templates.js";
import { retryDelayMs } from "../scheduling/backoff.js";
import { alertTherapist } from "./therapist-alert.js";
import { notProcessedReply, notProcessedSummary, UNPROCESSED_REASON } from "./not-processed.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { dueForProcessing, loggedMessage, markProcessingFailed, processingAttempts, retakeFailed } from "../care/messages/message-log.repo.js";
import { openEscalationOnce } from "../care/escalations/escalations.repo.js";

export interface ProcessingRetryPolicy {
  /** Processing attempts in all, the first included; after the last the therapist reads it. */
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  /**
   * A message still `received` this long after it arrived was lost between store and process (the
   * process died, or the database refused even the `failed` mark): it is queued again.
   */
  staleReceivedMs: number;
}

export const DEFAULT_PROCESSING_RETRY: ProcessingRetryPolicy = { maxAttempts: 5, baseMs: 30_000, maxMs: 15 * 60_000, staleReceivedMs: 2 * 60_000 };

export { UNPROCESSED_REASON };

export interface ProcessingRetryDeps {
  db: Db;
  logger: Logger;
  clock: () => Date;
  random: () => number;
  pipelineTemplates: Record<"en" | "es", TemplateBook>;
  policy?: ProcessingRetryPolicy;
}

/**
 * What happens to a message whose processing failed: it is tried again with backoff, like an
 * outbox row, and after the last attempt it becomes an urgent "message not processed" item in the
 * therapist's inbox with the patient's words, so a red flag is never lost to a database hiccup.
 */
export function createProcessingRetry(deps: ProcessingRetryDeps) {
  const { db, logger, clock } = deps;
  const policy = deps.policy ?? DEFAULT_PROCESSING_RETRY;

  async function markFailed(messageId: string, error: unknown): Promise<void> {
    const message = await processingAttempts(db, messageId);
    // Another process finished it meanwhile (the unique reading refused this one's duplicate).
    if (!message || message.state === "processed") return;
    const attempts = message.attempts + 1;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const now = clock();
    if (attempts < policy.maxAttempts) {
      const retryAt = new Date(now.getTime() + Math.max(1_000, retryDelayMs(attempts, { ...policy, random: deps.random })));
      await markProcessingFailed(db, messageId, { attempts, retryAt, error: reason });
      logger.warn({ messageId, attempts, retryAt }, "message processing failed; will try again");
      return;
    }
    await markProcessingFailed(db, messageId, { attempts, retryAt: null, error: reason });
    await surfaceUnprocessed(messageId, now);
  }

  /** The therapist's inbox gets the message itself: nothing about it could be read automatically. */
  async function surfaceUnprocessed(messageId: string, now: Date): Promise<void> {
    const message = await loggedMessage(db, messageId);
    if (!message.patientId) return;
    const escalation = await openEscalationOnce(db, {
      patientId: message.patientId,
      level: "urgent",
      reason: UNPROCESSED_REASON,
      summary: notProcessedSummary(message.body),
      messageId,
      dedupeKey: `unprocessed:${messageId}`,
      createdAt: now,
    });
    logger.error({ messageId, escalationId: escalation.id }, "message processing gave up; the therapist's inbox has it");
    if (!escalation.notifiedAt) await alertTherapist(db, escalation.id, deps.pipelineTemplates, now);
    await tellThePatient(message, message.patientId, now);
  }

  /** The patient hears that their message went to the therapist: no inbound message goes unanswered. */
  async function tellThePatient(message: { id: string; channel: string; address: string }, patientId: string, now: Date): Promise<void> {
    const patient = await db.patient.findUnique({ where: { id: patientId }, select: { language: true, consent: true, clinic: { select: { emergencyNumber: true } } } });
    if (!patient || patient.consent === "opted_out") return;
    const lang = patient.language === "es" ? "es" : "en";
    const body = notProcessedReply(deps.pipelineTemplates, lang, patient.clinic.emergencyNumber, message.channel);
    await enqueueOutbox(db, { idempotencyKey: `reply:${message.id}`, kind: "reply", channel: message.channel as ChannelName, address: message.address, patientId, body }, now);
  }

  /**
   * Messages due for another try: failed ones whose backoff has passed, and ones left `received`
   * too long. Each is moved back to `received` by one conditional update, so of several replicas
   * sweeping at once only one re-queues it.
   */
  async function takeDue(isQueued: (messageId: string) => boolean): Promise<Array<{ id: string; patientId: string }>> {
    const now = clock();
    const rows = await dueForProcessing(db, now, new Date(now.getTime() - policy.staleReceivedMs));
    const due: Array<{ id: string; patientId: string }> = [];
    for (const row of rows) {
      if (isQueued(row.id)) continue;
      if (row.state === "failed" && !(await retakeFailed(db, row.id, row.retryAt))) continue;
      due.push({ id: row.id, patientId: row.patientId! });
    }
    return due;
  }

  return { markFailed, takeDue };
}

export type ProcessingRetry = ReturnType<typeof createProcessingRetry>;
