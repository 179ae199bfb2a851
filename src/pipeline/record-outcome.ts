import type { Db, Prisma } from "../db/client.js";
import type { Action } from "../conversation/types.js";
import type { Reading } from "../reading/reading.js";
import { enqueueOutbox, type NewOutboxMessage } from "../outbox/outbox.repo.js";
import { optIn, optOut, pause, resume } from "../care/consent/consent.repo.js";
import { closeAwaiting, saveAwaiting } from "./conversation-state.repo.js";

type Tx = Prisma.TransactionClient;

export interface OutcomeToRecord {
  messageId: string;
  patientId: string;
  assignmentId: string | null;
  lastPromptId: string | null;
  localDate: string;
  channel: string;
  reading: Reading;
  actions: Action[];
  /** The clinician's card for an escalation, built by the caller: its text and its JSON. */
  escalationSummary: string;
  escalationCard: string | null;
  reply: Omit<NewOutboxMessage, "kind"> | null;
  now: Date;
  /** Further writes that belong to this message (an outcome answer), in the same transaction. */
  alsoWrite?: (tx: Tx) => Promise<void>;
}

/**
 * Stores what one message meant — its reading, the actions and the reply to send — in one
 * transaction, and marks the message processed. Returns the escalations created.
 */
export async function recordOutcome(db: Db, outcome: OutcomeToRecord): Promise<Array<{ id: string; level: string }>> {
  return db.$transaction(async (tx) => {
    const { reading, now } = outcome;
    await tx.reading.create({
      data: {
        messageId: outcome.messageId,
        kind: reading.kind,
        pain: reading.pain,
        escalate: reading.escalate,
        rule: reading.rule,
        source: reading.source,
        prompt: reading.prompt ?? null,
        createdAt: now,
      },
    });
    const escalations: Array<{ id: string; level: string }> = [];
    for (const action of outcome.actions) {
      const created = await applyAction(tx, outcome, action);
      if (created) escalations.push(created);
    }
    // One question open at a time: this message answered (or moved past) the last one.
    const asked = outcome.actions.find((a): a is Extract<Action, { type: "await" }> => a.type === "await");
    if (asked && outcome.reply) await saveAwaiting(tx, outcome.patientId, asked.state, outcome.messageId, now);
    else await closeAwaiting(tx, outcome.patientId);
    if (outcome.alsoWrite) await outcome.alsoWrite(tx);
    if (outcome.reply) await enqueueOutbox(tx, { ...outcome.reply, kind: "reply" }, now);
    await tx.messageLog.update({ where: { id: outcome.messageId }, data: { state: "processed", processedAt: now } });
    return escalations;
  });
}

async function applyAction(tx: Tx, outcome: OutcomeToRecord, action: Action): Promise<{ id: string; level: string } | null> {
  const { patientId, now, messageId } = outcome;
  switch (action.type) {
    case "completion":
      await tx.completion.create({
        data: {
          patientId,
          assignmentId: outcome.assignmentId,
          promptId: outcome.lastPromptId,
          localDate: outcome.localDate,
          status: action.status,
          exercises: JSON.stringify(action.exercises),
          messageId,
          createdAt: now,
        },
      });
      return null;
    case "pain_report":
      await tx.painReport.create({
        data: { patientId, score: action.score, text: action.text, messageId, localDate: outcome.localDate, createdAt: now },
      });
      return null;
    case "escalation": {
      const escalation = await tx.escalation.create({
        data: { patientId, level: action.level, reason: action.reason, summary: outcome.escalationSummary, card: outcome.escalationCard, messageId, createdAt: now },
      });
      return { id: escalation.id, level: escalation.level };
    }
    case "schedule":
      await applyScheduleChange(tx, patientId, action.change, `${outcome.channel}:message`, now);
      return null;
    case "consent":
      // Consent is per patient, so an opt-out on one channel silences every channel.
      if (action.state === "opted_out") await optOut(tx, patientId, `${outcome.channel}:message`, now);
      else await optIn(tx, patientId, `${outcome.channel}:message`, now);
      return null;
    case "one_off_reminder":
      if (outcome.reply) {
        await enqueueOutbox(
          tx,
          { ...outcome.reply, idempotencyKey: `one-off:${messageId}`, kind: "nudge", body: action.text, notBefore: action.at, notAfter: new Date(action.at.getTime() + 3 * 3_600_000) },
          now,
        );
      }
      return null;
    case "pause_program":
      await pause(tx, patientId, { untilLocalDate: null, reason: action.reason, source: `${outcome.channel}:message` }, now);
      return null;
    case "await":
      return null; // stored with the reply, above

  }
}

async function applyScheduleChange(tx: Tx, patientId: string, change: Extract<Action, { type: "schedule" }>["change"], source: string, now: Date) {
  if (change.kind === "reminder_time") {
    await tx.patient.update({ where: { id: patientId }, data: { reminderTimes: change.times.join(",") } });
  } else if (change.kind === "pause") {
    await pause(tx, patientId, { untilLocalDate: change.untilLocalDate, fromLocalDate: change.fromLocalDate ?? null, reason: "patient asked", source }, now);
  } else {
    await resume(tx, patientId, source, now);
  }
}
