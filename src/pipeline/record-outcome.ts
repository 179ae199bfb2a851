import type { Db, Prisma } from "../db/client.js";
import type { Action } from "../conversation/types.js";
import type { Reading } from "../reading/reading.js";
import { enqueueOutbox, enqueueOutboxMany, type NewOutboxMessage } from "../outbox/outbox.repo.js";
import { optIn, optOut, pause, resume } from "../care/consent/consent.repo.js";
import { closeAwaiting, saveAwaiting } from "../care/messages/conversation-state.repo.js";
import { insertReadings, markProcessed, type ReadingRow } from "../care/messages/message-log.repo.js";
import { insertCompletions, insertPainReports, type CompletionRow, type PainReportRow } from "../care/patients/patient-reports.repo.js";
import { insertEscalation } from "../care/escalations/escalations.repo.js";
import { patientReminderTimes, updatePatientSettings } from "../care/patients/patients.repo.js";
import { recordReminderChange, reminderDaysOff, setReminderDaysOff } from "../care/patients/reminder-schedule.repo.js";
import { describeReminderChange } from "../care/patients/reminder-change.js";

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

export type CreatedEscalation = { id: string; level: string };

/**
 * Stores what a batch of messages meant — their readings, the actions and the replies to send —
 * in one transaction, and marks them processed; rows alike are written in one statement each.
 * Returns the escalations created, per outcome. If another worker processed one of the messages
 * first, nothing is written and it throws.
 */
export async function recordOutcomes(db: Db, outcomes: readonly OutcomeToRecord[]): Promise<CreatedEscalation[][]> {
  if (outcomes.length === 0) return [];
  const now = outcomes[0]!.now;
  return db.$transaction(async (tx) => {
    await insertReadings(tx, outcomes.map(readingRow));
    await insertCompletions(tx, outcomes.flatMap((o) => o.actions.flatMap((a) => (a.type === "completion" ? [completionRow(o, a)] : []))));
    await insertPainReports(tx, outcomes.flatMap((o) => o.actions.flatMap((a) => (a.type === "pain_report" ? [painReportRow(o, a)] : []))));
    const escalations: CreatedEscalation[][] = [];
    for (const outcome of outcomes) {
      const created: CreatedEscalation[] = [];
      for (const action of outcome.actions) {
        const escalation = await applyAction(tx, outcome, action);
        if (escalation) created.push(escalation);
      }
      escalations.push(created);
    }
    // One question open at a time: each message answered (or moved past) the last one.
    const closing: string[] = [];
    for (const outcome of outcomes) {
      const asked = outcome.actions.find((a): a is Extract<Action, { type: "await" }> => a.type === "await");
      if (asked && outcome.reply) await saveAwaiting(tx, outcome.patientId, asked.state, outcome.messageId, outcome.now);
      else closing.push(outcome.patientId);
    }
    await closeAwaiting(tx, closing);
    for (const outcome of outcomes) if (outcome.alsoWrite) await outcome.alsoWrite(tx);
    const replies = outcomes.flatMap((outcome) => (outcome.reply ? [{ ...outcome.reply, kind: "reply" as const }] : []));
    await enqueueOutboxMany(tx, replies, now);
    const processed = await markProcessed(tx, outcomes.map((o) => o.messageId), now);
    if (processed !== outcomes.length) throw new Error("another worker processed some of these messages first");
    return escalations;
  });
}

function completionRow(outcome: OutcomeToRecord, action: Extract<Action, { type: "completion" }>): CompletionRow {
  return {
    patientId: outcome.patientId,
    assignmentId: outcome.assignmentId,
    promptId: outcome.lastPromptId,
    localDate: outcome.localDate,
    status: action.status,
    exercises: JSON.stringify(action.exercises),
    messageId: outcome.messageId,
    createdAt: outcome.now,
  };
}

function painReportRow(outcome: OutcomeToRecord, action: Extract<Action, { type: "pain_report" }>): PainReportRow {
  return { patientId: outcome.patientId, score: action.score, text: action.text, messageId: outcome.messageId, localDate: outcome.localDate, createdAt: outcome.now };
}

function readingRow({ messageId, reading, now }: OutcomeToRecord): ReadingRow {
  return {
    messageId,
    kind: reading.kind,
    pain: reading.pain,
    escalate: reading.escalate,
    rule: reading.rule,
    source: reading.source,
    prompt: reading.prompt ?? null,
    createdAt: now,
  };
}

async function applyAction(tx: Tx, outcome: OutcomeToRecord, action: Action): Promise<CreatedEscalation | null> {
  const { patientId, now, messageId } = outcome;
  switch (action.type) {
    case "completion":
    case "pain_report":
      return null; // written for the whole batch at once, above
    case "escalation":
      return insertEscalation(tx, { patientId, level: action.level, reason: action.reason, summary: outcome.escalationSummary, card: outcome.escalationCard, messageId, createdAt: now });
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
  const before = { reminderTimes: (await patientReminderTimes(tx, patientId)) ?? [], daysOff: await reminderDaysOff(tx, patientId) };
  if (change.kind === "reminder_time") {
    await updatePatientSettings(tx, patientId, { reminderTimes: change.times.join(",") });
  } else if (change.kind === "pause") {
    await pause(tx, patientId, { untilLocalDate: change.untilLocalDate, fromLocalDate: change.fromLocalDate ?? null, reason: "patient asked", source }, now);
  } else if (change.kind === "days_off") {
    await setReminderDaysOff(tx, patientId, change.weekdays, source);
  } else {
    await resume(tx, patientId, source, now);
  }
  await recordReminderChange(tx, { patientId, source, what: describeReminderChange(change, before), createdAt: now });
}
