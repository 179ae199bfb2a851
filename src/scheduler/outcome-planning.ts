import type { ChannelName } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { isoWeekday, startOfLocalDay } from "../scheduling/local-time.js";
import { planDuePrompts, type DuePrompt } from "../scheduling/planner.js";
import { nextOutcomeQuestion } from "../outcomes/due.js";
import { QuestionKindSchema } from "../outcomes/measures.js";
import { closeQuestion, loadAskedState, markQuestionNudged, recordAsked, settingsFromRow } from "../outcomes/outcomes.repo.js";
import { outcomeTexts, questionText, type OutcomeLang } from "../outcomes/questions.js";
import { pickAddress } from "../care/patients/preferred-address.js";
import { toPlannerAssignment } from "./planning.js";
import { asDue } from "../pipeline/outcome-turn.js";

export interface OutcomePlanningDeps {
  db: Db;
  logger: Logger;
  enabledChannels?: readonly ChannelName[];
}

export interface OutcomePlanningResult {
  asked: number;
  reminded: number;
  expired: number;
}

/**
 * Outcome questions ride the exercise planner: once a day, at the patient's first reminder time in
 * their own zone (moved out of quiet hours, never on paused days or after an opt-out), each
 * patient on a program with outcome measures gets the day's first due question as an outbox row
 * (key `outcome:<assignment>:<question>:<day>`, recorded with its OutcomeQuestion in one
 * transaction: exactly once). The rest of the day's questions follow one at a time as the
 * patient answers. A question still unanswered on a later planned day is reminded once; on the
 * day after that it is closed as expired.
 */
export async function planOutcomeQuestions(deps: OutcomePlanningDeps, window: { from: Date; to: Date }, now: Date): Promise<OutcomePlanningResult> {
  const { db } = deps;
  const result: OutcomePlanningResult = { asked: 0, reminded: 0, expired: 0 };
  const schedules = (await db.outcomeSchedule.findMany()).filter((s) => settingsFromRow(s).measures.length > 0);
  if (schedules.length === 0) return result;
  const settingsOf = new Map(schedules.map((s) => [s.programId, settingsFromRow(s)]));
  const assignments = await db.assignment.findMany({
    where: { status: "active", programVersion: { programId: { in: [...settingsOf.keys()] } } },
    include: {
      programVersion: { select: { programId: true } },
      patient: { include: { clinic: { select: { spanishRegister: true } } } },
    },
  });
  for (const a of assignments) {
    // Every day counts (not only exercise days), at the first reminder time.
    const first = a.patient.reminderTimes.split(",")[0]?.trim() ?? "";
    const planner = toPlannerAssignment({ ...a, weekdays: "", patient: { ...a.patient, reminderTimes: first } });
    const due = planDuePrompts([planner], window, {
      onInvalid: (assignmentId, problems) => deps.logger.warn({ assignmentId, problems }, "assignment has an unusable schedule; no outcome questions"),
    });
    for (const slot of due) {
      if (slot.notAfter.getTime() < now.getTime()) continue;
      const addresses = await db.channelAddress.findMany({ where: { patientId: a.patientId }, orderBy: { createdAt: "asc" } });
      const to = pickAddress(a.patientId, addresses, deps.enabledChannels);
      if (!to) continue;
      const lang: OutcomeLang = a.patient.language === "es" ? "es" : "en";
      const register = a.patient.clinic.spanishRegister === "tu" ? "tu" : "usted";
      const message = (key: string, body: string) => ({
        idempotencyKey: key,
        kind: "outcome" as const,
        channel: to.channel,
        address: to.address,
        conversationRef: to.conversationRef,
        body,
        patientId: a.patientId,
        assignmentId: a.id,
        localDate: slot.localDate,
        // After the day's exercise prompt, never before it.
        notBefore: new Date(slot.dueAt.getTime() + 60_000),
        notAfter: slot.notAfter,
      });
      await db.$transaction(async (tx) => {
        const state = await loadAskedState(tx, a.patientId, a.id);
        const question = nextOutcomeQuestion({
          settings: settingsOf.get(a.programVersion.programId)!,
          course: { startDate: a.startDate, endDate: a.endDate, painWeekday: state.painWeekday ?? isoWeekday(a.startDate) },
          localDate: slot.localDate,
          asked: state.asked,
          activities: state.activities,
          surveysOptedOut: state.surveysOptedOut,
        });
        const earlier = await tx.outcomeQuestion.findMany({ where: { patientId: a.patientId, status: "open", occasion: { lt: slot.localDate } } });
        const today = startOfLocalDay(slot.localDate, a.patient.timeZone);
        for (const open of earlier) {
          if (open.remindedAt !== null && open.remindedAt >= today) continue; // reminded today already
          // One question at a time: a new one replaces it; otherwise one reminder, then it is over.
          if (question !== null || open.remindedAt !== null || state.surveysOptedOut) {
            await closeQuestion(tx, open.id, "expired", now);
            result.expired++;
            continue;
          }
          const text = outcomeTexts(lang, register).reminder + questionText(asDue({ ...open, kind: QuestionKindSchema.parse(open.kind) }), lang, register);
          if (await enqueueOutbox(tx, message(`outcome-reminder:${open.id}`, text), now)) {
            await markQuestionNudged(tx, open.id, "remindedAt", now);
            result.reminded++;
          }
        }
        if (question === null) return;
        // One question at a time: while today's is open, the next waits for its answer (asked in the reply).
        if ((await tx.outcomeQuestion.count({ where: { patientId: a.patientId, status: "open", occasion: slot.localDate } })) > 0) return;
        const key = outcomeKey(slot, question.kind, question.item);
        if (!(await recordAsked(tx, a.patientId, a.id, question, key, now))) return;
        await enqueueOutbox(tx, message(key, questionText(question, lang, register)), now);
        result.asked++;
      });
    }
  }
  return result;
}

function outcomeKey(slot: DuePrompt, kind: string, item: number): string {
  return `outcome:${slot.assignmentId}:${kind}${kind === "psfs_rating" ? `-${item}` : ""}:${slot.localDate}`;
}
