import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { decideResponse } from "../conversation/engine.js";
import { buildEscalationCard } from "../conversation/escalation-card.js";
import { cardText } from "../conversation/escalation-card-text.js";
import { TemplateWriter, type ReplyTemplates, type TemplateBook } from "../conversation/reply-templates.js";
import type { PhraseInput, PhrasedReply } from "../conversation/model-phrasing.js";
import type { Action, Reply } from "../conversation/types.js";
import type { ChannelName } from "../channels/channel.js";
import type { ReadInput, Reading } from "../reading/reading.js";
import { createProgramCache, loadPatientContexts, todayFor, type PatientContext } from "./patient-context.js";
import { recordOutcomes, type OutcomeToRecord } from "./record-outcome.js";
import { loadAwaitingFor } from "../care/messages/conversation-state.repo.js";
import { receivedMessages, type ReceivedMessage } from "../care/messages/message-log.repo.js";
import { addressConversationRefs } from "../care/patients/patients.repo.js";
import { answeringFor, type Awaiting } from "../conversation/dialogue-state.js";
import { promptsAskedForReplyOne, withReplyOne } from "../monitoring/data-day-ask.repo.js";
import { isQuickReply, readingFromQuickReply } from "./quick-reply-reading.js";
import { alertTherapist } from "./therapist-alert.js";
import type { ProcessingRetry } from "./processing-retry.js";
import { mediaNoteFamily, parseStoredMedia, replyWithMediaNote } from "./media-note.js";
import { loadOpenQuestions, type OpenOutcomeQuestion } from "../outcomes/outcomes.repo.js";
import { decideOutcomeTurn } from "../outcomes/turn.js";
import { outcomeStep, readingForEngine } from "./outcome-turn.js";
import { NOT_PROCESSED_READING, UNPROCESSED_REASON, notProcessedReply, notProcessedSummary } from "./not-processed.js";
import { asSentOn } from "../conversation/sms-length.js";

export interface ProcessorDeps {
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** The rules reader, or the model-assisted one when a model is configured. */
  read: (input: ReadInput) => Promise<Reading>;
  replyTemplates: ReplyTemplates;
  therapistTemplates: TemplateBook;
  pipelineTemplates: Record<"en" | "es", TemplateBook>;
  random: () => number;
  videoBaseUrl: string;
  wakeDispatcher: () => void;
  /**
   * Rewords a templated reply with the model when one is configured; it decides itself what may
   * be reworded and answers with the template within its timeout.
   */
  phrase?: (input: PhraseInput) => Promise<PhrasedReply>;
}


/** A stored message with everything its processing reads, loaded for a whole batch at once. */
interface Loaded {
  message: MessageRow;
  context: PatientContext;
  awaiting: Awaiting | null;
  openQuestion: OpenOutcomeQuestion | null;
  replyOneAsked: boolean;
  conversationRef: string | null;
}

type MessageRow = ReceivedMessage;

/**
 * The rest of the pipeline for stored messages, a batch at a time (at most one message per
 * patient): read each, decide, then record every outcome and queue every reply in one
 * transaction, and alert therapists. A batch that fails is processed again message by message;
 * a message that fails is retried with backoff and finally put before the therapist
 * (`processing-retry.ts`); it is never dropped silently.
 */
export function createMessageProcessor(deps: ProcessorDeps, retry: ProcessingRetry) {
  const { db, logger, clock } = deps;
  const programs = createProgramCache();

  async function processBatch(messageIds: readonly string[]): Promise<void> {
    const now = clock();
    const loaded = await load(messageIds, now);
    if (loaded.length === 0) return;
    const decided = [];
    for (const item of loaded) {
      decided.push(await decide(item, now).catch((error: unknown) => undecided(item, now, error)));
      // Reading and deciding use no I/O: what came meanwhile (webhooks on the service's thread, sends on the
      // background thread) runs between messages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const escalations = await recordOutcomes(db, decided.map((d) => d.outcome));
    for (const [i, { outcome, log }] of decided.entries()) {
      for (const escalation of escalations[i]!) {
        if (escalation.level === "emergency" || escalation.level === "urgent") {
          const sent = await alertTherapist(db, escalation.id, deps.pipelineTemplates, now);
          if (!sent) logger.warn({ escalationId: escalation.id, level: escalation.level }, "therapist has no alert channel set; escalation waits in the dashboard");
        }
      }
      logger.info({ messageId: outcome.messageId, patientId: outcome.patientId, ...log }, "message processed");
    }
    deps.wakeDispatcher();
  }

  async function load(messageIds: readonly string[], now: Date): Promise<Loaded[]> {
    const messages = await receivedMessages(db, messageIds);
    if (messages.length === 0) return [];
    const patientIds = messages.map((m) => m.patientId!);
    const [contexts, awaiting, openQuestions, conversationRefs] = await Promise.all([
      loadPatientContexts(db, patientIds, now, deps.videoBaseUrl, programs),
      loadAwaitingFor(db, patientIds, now),
      loadOpenQuestions(db, patientIds, now),
      conversationRefsOf(messages),
    ]);
    const lastPrompts = [...contexts.values()].flatMap((c) => (c.lastPromptId ? [c.lastPromptId] : []));
    const replyOne = await promptsAskedForReplyOne(db, lastPrompts);
    return messages.map((message) => {
      const context = contexts.get(message.patientId!);
      if (!context) throw new Error(`patient ${message.patientId} vanished`);
      return {
        message,
        context,
        awaiting: awaiting.get(context.patientId) ?? null,
        openQuestion: openQuestions.get(context.patientId) ?? null,
        replyOneAsked: context.lastPromptId !== null && replyOne.has(context.lastPromptId),
        conversationRef: conversationRefs.get(`${message.channel}:${message.address}`) ?? null,
      };
    });
  }

  async function decide({ message, context, awaiting, openQuestion, replyOneAsked, conversationRef }: Loaded, now: Date) {
    const messageId = message.id;
    const prompted = context.program.map((item) => ({ name: item.name, aliases: item.aliases }));
    const reading = isQuickReply(message.quickReply)
      ? readingFromQuickReply(message.quickReply, context.promptExerciseNames)
      : await deps.read({
          text: message.body,
          lang: context.lang,
          context: context.promptExerciseNames,
          answering: withReplyOne(answeringFor(awaiting, prompted), replyOneAsked),
          optedOut: context.history.optedOut,
        });
    const turn = decideOutcomeTurn(openQuestion, message.body, reading);
    const engineReading = readingForEngine(openQuestion, turn, reading);
    const decision = decideResponse(
      {
        reading: engineReading,
        text: message.body,
        lang: context.lang,
        channel: message.channel as ChannelName,
        now,
        timeZone: context.timeZone,
        program: context.program,
        lastPromptSlugs: context.lastPromptId ? context.program.map((item) => item.slug) : null,
        history: context.history,
        clinic: context.clinic,
        awaiting,
        reminderTimes: context.reminderTimes,
      },
      { templates: deps.replyTemplates, random: deps.random },
    );
    const outcomeAnswer = await outcomeStep(db, {
      open: openQuestion,
      turn,
      reading,
      decision,
      patientId: context.patientId,
      lang: context.lang,
      register: context.clinic.spanishRegister === "tu" ? "tu" : "usted",
      messageId,
      now,
      optedOut: context.history.optedOut,
    });
    const reply = outcomeAnswer.reply !== undefined
      ? { text: outcomeAnswer.reply, template: `outcome.${turn.type}` }
      : decision.reply
      ? await phraseReply(decision.reply, {
          kind: reading.kind,
          lang: context.lang,
          channel: message.channel as ChannelName,
          program: context.program,
          patientText: message.body,
          escalated: decision.actions.some((a) => a.type === "escalation"),
          register: context.clinic.spanishRegister,
        })
      : null;
    const noted = withMediaNote(reply?.text ?? null, message.body, message.media, context.lang);
    // The engine's replies already follow the SMS rule; the model's wording, an outcome question and a media note follow it here.
    const replyText = noted === null ? null : asSentOn(message.channel, noted);
    const outcome: OutcomeToRecord = {
      messageId,
      patientId: context.patientId,
      assignmentId: context.assignmentId,
      lastPromptId: context.lastPromptId,
      localDate: todayFor(context, now),
      channel: message.channel,
      reading,
      actions: outcomeAnswer.actions,
      ...escalationCardFor(outcomeAnswer.actions, context, { text: message.body, reading: engineReading, told: replyText }, now),
      reply: replyText !== null
        ? {
            idempotencyKey: `reply:${messageId}`,
            channel: message.channel as ChannelName,
            address: message.address,
            conversationRef,
            patientId: context.patientId,
            body: replyText,
            // "Call your emergency number now" leaves before routine replies waiting in a backlog.
            ...(outcomeAnswer.actions.some((a) => a.type === "escalation" && (a.level === "emergency" || a.level === "urgent")) ? { priority: "redFlag" as const } : {}),
          }
        : null,
      now,
      alsoWrite: outcomeAnswer.write,
    };
    const log = {
      kind: reading.kind,
      escalate: reading.escalate,
      template: reply?.template ?? null,
      // Only an opted-out patient is sent nothing; anything else without a reply is a bug to see in the logs.
      ...(replyText === null ? { noReply: context.history.optedOut ? "opted out" : "no reply decided" } : {}),
      ...(reply && "fallback" in reply && reply.fallback ? { phrasingFallback: reply.fallback } : {}),
    };
    return { outcome, log };
  }

  /**
   * A message whose reading or decision threw (a fault in hepbot, not in the message) is not left
   * to the retries: the therapist gets it to read, and the patient is told so now.
   */
  function undecided({ message, context, conversationRef }: Loaded, now: Date, error: unknown): { outcome: OutcomeToRecord; log: Record<string, unknown> } {
    logger.error({ messageId: message.id, err: error }, "message could not be read or decided; passed to the therapist");
    const body = notProcessedReply(deps.pipelineTemplates, context.lang, context.clinic.emergencyNumber, message.channel);
    const outcome: OutcomeToRecord = {
      messageId: message.id,
      patientId: context.patientId,
      assignmentId: context.assignmentId,
      lastPromptId: context.lastPromptId,
      localDate: todayFor(context, now),
      channel: message.channel,
      reading: NOT_PROCESSED_READING,
      actions: [{ type: "escalation", level: "urgent", reason: UNPROCESSED_REASON }],
      escalationSummary: notProcessedSummary(message.body),
      escalationCard: null,
      reply: context.history.optedOut
        ? null
        : { idempotencyKey: `reply:${message.id}`, channel: message.channel as ChannelName, address: message.address, conversationRef, patientId: context.patientId, body },
      now,
    };
    return { outcome, log: { kind: "not processed", escalate: "urgent", template: "not_processed" } };
  }

  /** A photo or voice note is passed on to the therapist, not read: the reply says so. */
  function withMediaNote(reply: string | null, patientText: string, storedMedia: string | null, lang: "en" | "es"): string | null {
    const family = mediaNoteFamily(parseStoredMedia(storedMedia));
    if (family === null) return reply;
    return replyWithMediaNote(reply, patientText, new TemplateWriter(deps.pipelineTemplates[lang], () => 0).fixed(family));
  }

    /** The model's wording when it has one; a phraser that throws never costs the patient their reply. */
  async function phraseReply(reply: Reply, input: Omit<PhraseInput, "reply">): Promise<Reply & { fallback?: string }> {
    if (!deps.phrase) return reply;
    try {
      return await deps.phrase({ ...input, reply });
    } catch (error) {
      return { ...reply, fallback: `phraser failed: ${error instanceof Error ? error.name : "error"}` };
    }
  }

  /** The conversation references replies need (Teams), by channel and address; the web chat has none. */
  async function conversationRefsOf(messages: readonly MessageRow[]): Promise<Map<string, string>> {
    const keys = messages.filter((m) => m.channel !== "local").map((m) => ({ channel: m.channel, address: m.address }));
    if (keys.length === 0) return new Map();
    const rows = await addressConversationRefs(db, keys);
    return new Map(rows.flatMap((r) => (r.conversationRef ? [[`${r.channel}:${r.address}`, r.conversationRef] as const] : [])));
  }

  /** The clinician's card when the decision escalates: stored as JSON, and as text for the summary column. */
  function escalationCardFor(
    actions: Action[],
    context: PatientContext,
    message: { text: string; reading: Reading; told: string | null },
    now: Date,
  ): { escalationSummary: string; escalationCard: string | null } {
    const escalation = actions.find((a): a is Extract<Action, { type: "escalation" }> => a.type === "escalation");
    if (!escalation) return { escalationSummary: "", escalationCard: null };
    const card = buildEscalationCard({
      escalation,
      redFlags: message.reading.redFlags,
      message: { text: message.text, at: now },
      pain: message.reading.pain,
      exercises: message.reading.exercises,
      previousPain: context.history.recentPain,
      completionDates: context.history.completionDates,
      told: message.told,
      now,
      patientTimeZone: context.timeZone,
    });
    const summary = cardText(card, "", "summary", new TemplateWriter(deps.therapistTemplates, () => 0), { timeZone: context.clinicTimeZone, locale: "en" });
    return { escalationSummary: summary, escalationCard: JSON.stringify(card) };
  }

  async function processOneSafely(messageId: string): Promise<void> {
    try {
      await processBatch([messageId]);
    } catch (error) {
      logger.error({ messageId, err: error }, "message processing failed");
      await retry
        .markFailed(messageId, error)
        // The database itself is failing: the message stays `received` and the sweep finds it later.
        .catch((markError: unknown) => logger.error({ messageId, err: markError }, "could not mark the message failed; it will be picked up again"));
    }
  }

  return {
    /** Processes the messages (at most one per patient) together; if that fails, each on its own. */
    async processSafely(messageIds: readonly string[]): Promise<void> {
      if (messageIds.length > 1) {
        try {
          await processBatch(messageIds);
          return;
        } catch (error) {
          logger.warn({ messages: messageIds.length, err: error }, "a batch of messages failed; processing them one by one");
        }
      }
      for (const messageId of messageIds) await processOneSafely(messageId);
    },
  };
}
