import type { Db, Prisma } from "../db/client.js";
import type { Action, ConversationOutcome } from "../conversation/types.js";
import type { Reading } from "../reading/reading.js";
import { isoWeekday } from "../scheduling/local-time.js";
import { nextOutcomeQuestion, type DueQuestion } from "../outcomes/due.js";
import { closeQuestion, insertAnswer, loadAskedState, loadOutcomeSettings, markQuestionNudged, recordAsked, stopSurveys } from "../outcomes/outcomes.repo.js";
import { assignmentWithProgramId } from "../care/assignments/assignments.repo.js";
import { outcomeTexts, questionText, type OutcomeLang, type Register } from "../outcomes/questions.js";
import { needsTriage, type OpenQuestion, type OutcomeTurn } from "../outcomes/turn.js";

type Tx = Prisma.TransactionClient;

/** What an outcome answer changes in a message's handling. */
export interface OutcomeStep {
  /** The reply text in place of the engine's; undefined keeps the engine's. */
  reply?: string;
  /** The engine's actions to record (an NPRS answer keeps its pain report; other answers drop the engine's guesses). */
  actions: Action[];
  write: (tx: Tx) => Promise<void>;
}

/** The reading the engine sees: a pain answer is a pain report, so high pain is triaged as always. */
export function readingForEngine(open: OpenQuestion | null, turn: OutcomeTurn, reading: Reading): Reading {
  if (open?.kind === "nprs" && turn.type === "value") return { ...reading, kind: "pain", pain: turn.value };
  // "stop sending me questionnaires" stops the questionnaires, not every message.
  if (turn.type === "stop_surveys" && reading.kind === "stop") return { ...reading, kind: "other" };
  return reading;
}

/**
 * Combines the engine's decision with the outcome question's turn. The engine keeps the reply
 * whenever it has something more important to say: a red flag or an escalation (never swallowed),
 * STOP, or a message that is not an answer at all.
 */
export async function outcomeStep(
  db: Db,
  input: {
    open: (OpenQuestion & { assignmentId: string }) | null;
    turn: OutcomeTurn;
    reading: Reading;
    decision: ConversationOutcome;
    patientId: string;
    lang: OutcomeLang;
    register: Register;
    messageId: string;
    now: Date;
    /** An opted-out patient is sent nothing they did not ask for, a questionnaire's next question least of all. */
    optedOut: boolean;
  },
): Promise<OutcomeStep> {
  const { open, turn, decision, patientId, now } = input;
  const texts = outcomeTexts(input.lang, input.register);
  const engineSpeaks = needsTriage(input.reading) || decision.actions.some((a) => a.type === "escalation" || a.type === "consent");
  const keep = (step: Omit<OutcomeStep, "actions">): OutcomeStep =>
    engineSpeaks ? { actions: decision.actions, write: step.write } : { ...step, actions: decision.actions.filter((a) => a.type === "pain_report") };

  if (turn.type === "pass" || input.optedOut) return { actions: decision.actions, write: async () => {} };
  if (turn.type === "stop_surveys") return keep({ reply: texts.stopped, write: (tx) => stopSurveys(tx, patientId, now) });
  if (open === null) return { actions: decision.actions, write: async () => {} };
  if (turn.type === "give_up") return { actions: decision.actions, write: (tx) => closeQuestion(tx, open.id, "unclear", now) };
  if (turn.type === "reask") {
    return keep({
      reply: texts.again + questionText(asDue(open), input.lang, input.register),
      write: (tx) => markQuestionNudged(tx, open.id, "reaskedAt", now),
    });
  }

  const activities = turn.type === "activities" ? turn.names : null;
  const next = await nextQuestion(db, open, patientId, activities);
  const lead = turn.type === "skip" ? texts.skipped : texts.thanks;
  return keep({
    reply: next ? `${lead} ${questionText(next, input.lang, input.register)}` : lead,
    write: async (tx) => {
      await closeQuestion(tx, open.id, turn.type === "skip" ? "skipped" : "answered", now);
      if (turn.type !== "skip") {
        await insertAnswer(tx, {
          questionId: open.id,
          patientId,
          kind: open.kind,
          item: open.item,
          activity: open.activity,
          value: turn.type === "value" ? turn.value : null,
          activities: activities ? JSON.stringify(activities) : null,
          occasion: open.occasion,
          messageId: input.messageId,
          answeredAt: now,
        });
      }
      // The next question goes out as this message's reply (key reply:<message>); without a reply nothing is asked.
      if (next && !engineSpeaks) await recordAsked(tx, patientId, open.assignmentId, next, `reply:${input.messageId}`, now);
    },
  });
}

/** The question after this one on the same occasion, if any. */
async function nextQuestion(db: Db, open: OpenQuestion & { assignmentId: string }, patientId: string, named: string[] | null): Promise<DueQuestion | null> {
  const assignment = await assignmentWithProgramId(db, open.assignmentId);
  if (!assignment) return null;
  const state = await loadAskedState(db, patientId, assignment.id);
  return nextOutcomeQuestion({
    settings: await loadOutcomeSettings(db, assignment.programVersion.programId),
    course: { startDate: assignment.startDate, endDate: assignment.endDate, painWeekday: state.painWeekday ?? isoWeekday(assignment.startDate) },
    localDate: open.occasion,
    asked: state.asked,
    activities: named ?? state.activities,
    surveysOptedOut: state.surveysOptedOut,
  });
}

export function asDue(q: { kind: OpenQuestion["kind"]; item: number; activity: string | null; occasion: string }): DueQuestion {
  if (q.kind === "psfs_rating") return { kind: "psfs_rating", item: q.item, activity: q.activity ?? "", occasion: q.occasion };
  return { kind: q.kind, item: 0, occasion: q.occasion };
}
