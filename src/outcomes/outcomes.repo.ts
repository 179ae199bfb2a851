import { cancelPending } from "../outbox/outbox.repo.js";
import { z } from "zod";
import type { Db, Prisma } from "../db/client.js";
import type { AskedQuestion, DueQuestion } from "./due.js";
import { MeasureSchema, NO_OUTCOMES, OutcomeSettingsSchema, QuestionKindSchema, type OutcomeSettings } from "./measures.js";
import type { OpenQuestion } from "./turn.js";
import { summarizeOutcomes, type OutcomeSummary } from "./summary.js";

type Tx = Prisma.TransactionClient;

/** An unanswered question stops waiting after this long (asked, reminded once a day later, then a day to answer). */
export const QUESTION_OPEN_MS = 3 * 86_400_000;

const StoredMeasures = z.array(MeasureSchema).catch([]);

export function settingsFromRow(row: { measures: string; nprsEveryWeeks: number; psfsEveryWeeks: number } | null): OutcomeSettings {
  if (row === null) return NO_OUTCOMES;
  let measures: unknown = [];
  try {
    measures = JSON.parse(row.measures);
  } catch {
    // a corrupt row asks nothing
  }
  return OutcomeSettingsSchema.parse({ measures: StoredMeasures.parse(measures), nprsEveryWeeks: row.nprsEveryWeeks, psfsEveryWeeks: row.psfsEveryWeeks });
}

export async function loadOutcomeSettings(db: Db, programId: string): Promise<OutcomeSettings> {
  return settingsFromRow(await db.outcomeSchedule.findUnique({ where: { programId } }));
}

export async function saveOutcomeSettings(db: Db, programId: string, settings: OutcomeSettings): Promise<OutcomeSettings> {
  const data = { measures: JSON.stringify(settings.measures), nprsEveryWeeks: settings.nprsEveryWeeks, psfsEveryWeeks: settings.psfsEveryWeeks };
  return settingsFromRow(await db.outcomeSchedule.upsert({ where: { programId }, create: { programId, ...data }, update: data }));
}

/** What the due rule needs about a patient: questions asked for this assignment, the activities named, their choices. */
export async function loadAskedState(db: Db | Tx, patientId: string, assignmentId: string) {
  const [questions, named, preference] = await Promise.all([
    db.outcomeQuestion.findMany({ where: { assignmentId }, select: { kind: true, item: true, occasion: true } }),
    db.outcomeAnswer.findFirst({ where: { patientId, kind: "psfs_activities" }, orderBy: { answeredAt: "desc" }, select: { activities: true } }),
    db.outcomePreference.findUnique({ where: { patientId } }),
  ]);
  const asked: AskedQuestion[] = questions.map((q) => ({ kind: QuestionKindSchema.parse(q.kind), item: q.item, occasion: q.occasion }));
  return {
    asked,
    activities: named?.activities ? z.array(z.string()).catch([]).parse(JSON.parse(named.activities)) : null,
    surveysOptedOut: preference?.surveysStoppedAt != null,
    painWeekday: preference?.painWeekday ?? null,
  };
}

/** The question the patient's next message may answer: the latest still open and not too old. */
export type OpenOutcomeQuestion = OpenQuestion & { assignmentId: string };

/** Each patient's newest open question still answerable now, for many patients in one query. */
export async function loadOpenQuestions(db: Db, patientIds: readonly string[], now: Date): Promise<Map<string, OpenOutcomeQuestion>> {
  const rows = await db.outcomeQuestion.findMany({
    where: { patientId: { in: [...patientIds] }, status: "open", askedAt: { gt: new Date(now.getTime() - QUESTION_OPEN_MS) } },
    orderBy: { askedAt: "desc" },
  });
  const open = new Map<string, OpenOutcomeQuestion>();
  for (const row of rows) {
    if (open.has(row.patientId)) continue;
    open.set(row.patientId, {
      id: row.id,
      assignmentId: row.assignmentId,
      kind: QuestionKindSchema.parse(row.kind),
      item: row.item,
      occasion: row.occasion,
      activity: row.activity,
      reasked: row.reaskedAt !== null,
    });
  }
  return open;
}

/** Records a question as asked; false when it was already asked for that occasion (exactly once). */
export async function recordAsked(tx: Tx, patientId: string, assignmentId: string, question: DueQuestion, outboxKey: string, now: Date): Promise<boolean> {
  const existing = await tx.outcomeQuestion.findFirst({
    where: { OR: [{ outboxKey }, { assignmentId, kind: question.kind, item: question.item, occasion: question.occasion }] },
    select: { id: true },
  });
  if (existing) return false;
  await tx.outcomeQuestion.create({
    data: {
      patientId,
      assignmentId,
      kind: question.kind,
      item: question.item,
      activity: question.kind === "psfs_rating" ? question.activity : null,
      occasion: question.occasion,
      outboxKey,
      askedAt: now,
    },
  });
  return true;
}

export async function closeQuestion(tx: Tx, questionId: string, status: "answered" | "skipped" | "unclear" | "expired" | "cancelled", now: Date) {
  await tx.outcomeQuestion.update({ where: { id: questionId }, data: { status, closedAt: now } });
}

/** When the open question was asked again (a reply it did not answer) or reminded of (a later day). */
export async function markQuestionNudged(tx: Tx, questionId: string, how: "reaskedAt" | "remindedAt", now: Date) {
  await tx.outcomeQuestion.update({ where: { id: questionId }, data: { [how]: now } });
}

export type AnswerRow = Omit<Prisma.OutcomeAnswerCreateInput, "id">;

export async function insertAnswer(tx: Tx, answer: AnswerRow) {
  await tx.outcomeAnswer.create({ data: answer });
}

export async function stopSurveys(tx: Tx, patientId: string, now: Date) {
  await tx.outcomePreference.upsert({ where: { patientId }, create: { patientId, surveysStoppedAt: now }, update: { surveysStoppedAt: now } });
  await tx.outcomeQuestion.updateMany({ where: { patientId, status: "open" }, data: { status: "cancelled", closedAt: now } });
  await cancelPending(tx, { patientId, kinds: ["outcome"] }, "cancelled: patient asked for no more questionnaires");
}

/** A therapist's change to the patient's pain-question day or questionnaires on/off; fields left out stay. */
export function saveOutcomePreference(db: Db, patientId: string, change: { painWeekday?: number | null; surveys?: "on" | "off" }, now: Date) {
  const data = {
    ...(change.painWeekday !== undefined ? { painWeekday: change.painWeekday } : {}),
    ...(change.surveys ? { surveysStoppedAt: change.surveys === "off" ? now : null } : {}),
  };
  return db.outcomePreference.upsert({ where: { patientId }, create: { patientId, ...data }, update: data });
}

/** Every answer of a patient, oldest first, for the charts, the API and the FHIR export. */
export async function listOutcomeAnswers(db: Db, patientId: string) {
  const rows = await db.outcomeAnswer.findMany({ where: { patientId }, orderBy: [{ answeredAt: "asc" }, { item: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    kind: QuestionKindSchema.parse(r.kind),
    item: r.item,
    activity: r.activity,
    value: r.value,
    activities: r.activities ? z.array(z.string()).catch([]).parse(JSON.parse(r.activities)) : null,
    occasion: r.occasion,
    answeredAt: r.answeredAt,
  }));
}
export type StoredOutcomeAnswer = Awaited<ReturnType<typeof listOutcomeAnswers>>[number];

/** The patient's answers shaped per measure, with their questionnaire choice. */
export async function patientOutcomes(db: Db, patientId: string): Promise<OutcomeSummary> {
  const [answers, preference] = await Promise.all([listOutcomeAnswers(db, patientId), db.outcomePreference.findUnique({ where: { patientId } })]);
  return summarizeOutcomes(answers, preference?.surveysStoppedAt != null);
}
