import type { Db } from "../db/client.js";
import { sqlJoin } from "../db/raw-sql.js";
import type { ProgramItem, PatientHistory, ClinicInfo, Lang, PainScore } from "../conversation/types.js";
import { PAIN_BASELINE } from "../conversation/trends.js";
import { resolveVideoUrl } from "../library/video-url.js";
import { localDateOf } from "../scheduling/local-time.js";

const HISTORY_DAYS = 45;
const RECENT_REPLIES = 5;
/** Replies older than this never matter to the conversation (it looks back three days at most). */
const RECENT_REPLY_DAYS = 7;

export interface PatientContext {
  patientId: string;
  therapistId: string;
  lang: Lang;
  timeZone: string;
  consent: string;
  assignmentId: string | null;
  program: ProgramItem[];
  /** The exercise names the last prompt listed, in the patient's language: context for reading. */
  promptExerciseNames: string[];
  lastPromptId: string | null;
  history: PatientHistory;
  clinic: ClinicInfo;
  /** Where the clinic is: the zone therapist-facing times are shown in. */
  clinicTimeZone: string;
  reminderTimes: string[];
}

const parseList = (json: string): string[] => JSON.parse(json) as string[];

/**
 * The contexts of many patients in the same few queries (a batch of messages costs what one does).
 * Patients not found are absent from the map.
 */
export async function loadPatientContexts(
  db: Db,
  patientIds: readonly string[],
  now: Date,
  videoBaseUrl: string,
  programs: ProgramCache = createProgramCache(),
): Promise<Map<string, PatientContext>> {
  const ids = [...new Set(patientIds)];
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const [patients, completions, pain, outbox] = await Promise.all([
    db.patient.findMany({
      where: { id: { in: ids } },
      include: { clinic: true, assignments: { where: { status: "active" }, orderBy: { createdAt: "desc" }, take: 1 } },
    }),
    completionDates(db, ids, since),
    recentPainScores(db, ids, new Date(now.getTime() - PAIN_BASELINE.windowDays * 86_400_000)),
    lastPromptsAndReplies(db, ids, since, new Date(now.getTime() - RECENT_REPLY_DAYS * 86_400_000)),
  ]);
  const contexts = new Map<string, PatientContext>();
  for (const patient of patients) {
    const lang: Lang = patient.language === "es" ? "es" : "en";
    const assignment = patient.assignments[0] ?? null;
    const program = assignment ? await programs.items(db, assignment.programVersionId, lang, videoBaseUrl) : [];
    contexts.set(patient.id, {
      patientId: patient.id,
      therapistId: patient.therapistId,
      lang,
      timeZone: patient.timeZone,
      consent: patient.consent,
      assignmentId: assignment?.id ?? null,
      program,
      promptExerciseNames: program.map((item) => item.name),
      lastPromptId: outbox.lastPrompts.get(patient.id) ?? null,
      history: {
        completionDates: completions.get(patient.id) ?? [],
        recentPain: pain.get(patient.id) ?? [],
        paused: patient.pausedAt !== null,
        optedOut: patient.consent === "opted_out",
        recentReplies: outbox.replies.get(patient.id) ?? [],
      },
      reminderTimes: patient.reminderTimes.split(",").map((s) => s.trim()).filter((s) => s !== ""),
      clinicTimeZone: patient.clinic.timeZone,
      // No contact set: the sentence that would give it is left out of every reply (never a placeholder).
      clinic: {
        name: patient.clinic.name,
        emergencyNumber: patient.clinic.emergencyNumber,
        contact: patient.clinic.contactLine.trim(),
        crisisLine: patient.clinic.crisisLine,
        spanishRegister: patient.clinic.spanishRegister === "tu" ? "tu" : "usted",
      },
    });
  }
  return contexts;
}

/** The local days each patient did their exercises on since `since`, each day once. */
async function completionDates(db: Db, patientIds: string[], since: Date): Promise<Map<string, string[]>> {
  const rows = await db.$queryRaw<Array<{ patientId: string; localDate: string }>>`
    SELECT DISTINCT "patientId", "localDate" FROM "Completion" WHERE "patientId" IN (${sqlJoin(patientIds)}) AND "createdAt" >= ${since}`;
  return groupBy(rows, (row) => row.localDate);
}

/** Each patient's latest pain scores since `since`: what the pain baseline and the escalation card look at, no more. */
async function recentPainScores(db: Db, patientIds: string[], since: Date): Promise<Map<string, PainScore[]>> {
  const rows = await db.$queryRaw<Array<{ patientId: string; score: number | bigint; createdAt: Date | string }>>`
    SELECT "patientId", "score", "createdAt" FROM (
      SELECT "patientId", "score", "createdAt", ROW_NUMBER() OVER (PARTITION BY "patientId" ORDER BY "createdAt" DESC) AS "rank"
      FROM "PainReport" WHERE "patientId" IN (${sqlJoin(patientIds)}) AND "createdAt" >= ${since} AND "score" IS NOT NULL) AS ranked
    WHERE "rank" <= ${PAIN_BASELINE.maxScores}`;
  return groupBy(rows, (row) => ({ score: Number(row.score), at: new Date(row.createdAt) }));
}

function groupBy<Row extends { patientId: string }, T>(rows: readonly Row[], value: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.patientId);
    if (group) group.push(value(row));
    else groups.set(row.patientId, [value(row)]);
  }
  return groups;
}

/**
 * Each patient's last prompt sent within the history window (an older one is not what they are
 * answering) and latest few replies, newest first: a few rows a patient, ranked in the database.
 * ("status" || '' keeps SQLite off the status index, which would walk every row ever sent.)
 */
async function lastPromptsAndReplies(
  db: Db,
  patientIds: string[],
  since: Date,
  repliesSince: Date,
): Promise<{ lastPrompts: Map<string, string>; replies: Map<string, Array<{ text: string; at: Date }>> }> {
  const ids = sqlJoin(patientIds);
  const rows = await db.$queryRaw<Array<{ patientId: string; id: string; kind: string; body: string; createdAt: Date | string }>>`
    SELECT "patientId", "id", "kind", "body", "createdAt" FROM (
      SELECT "patientId", "id", "kind", "body", "createdAt", ROW_NUMBER() OVER (PARTITION BY "patientId" ORDER BY "createdAt" DESC) AS "rank"
      FROM "OutboxMessage" WHERE "patientId" IN (${ids}) AND "kind" = 'reply' AND "createdAt" >= ${repliesSince}) AS replies
    WHERE "rank" <= ${RECENT_REPLIES}
    UNION ALL
    SELECT "patientId", "id", "kind", "body", "createdAt" FROM (
      SELECT "patientId", "id", "kind", "body", "createdAt", ROW_NUMBER() OVER (PARTITION BY "patientId" ORDER BY "sentAt" DESC) AS "rank"
      FROM "OutboxMessage" WHERE "patientId" IN (${ids}) AND "kind" = 'prompt' AND "createdAt" >= ${since} AND ("status" || '') IN ('sent', 'delivered') AND "sentAt" >= ${since}) AS prompts
    WHERE "rank" = 1`;
  const lastPrompts = new Map<string, string>();
  const replies = new Map<string, Array<{ text: string; at: Date }>>();
  for (const row of rows) {
    if (row.kind === "prompt") lastPrompts.set(row.patientId, row.id);
    else replies.set(row.patientId, [...(replies.get(row.patientId) ?? []), { text: row.body, at: new Date(row.createdAt) }]);
  }
  for (const list of replies.values()) list.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { lastPrompts, replies };
}

export function todayFor(context: PatientContext, now: Date): string {
  return localDateOf(now, context.timeZone);
}

export interface ProgramCache {
  items(db: Db, programVersionId: string, lang: Lang, videoBaseUrl: string): Promise<ProgramItem[]>;
}

/**
 * Program versions never change once written (an edit is a new version), so their items,
 * resolved per language, can be kept for the life of the process.
 */
export function createProgramCache(maxEntries = 500): ProgramCache {
  const cache = new Map<string, Promise<ProgramItem[]>>();
  return {
    items(db, programVersionId, lang, videoBaseUrl) {
      const key = `${programVersionId}:${lang}`;
      let entry = cache.get(key);
      if (!entry) {
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
        entry = loadProgramItems(db, programVersionId, lang, videoBaseUrl);
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
      }
      return entry;
    },
  };
}

async function loadProgramItems(db: Db, programVersionId: string, lang: Lang, videoBaseUrl: string): Promise<ProgramItem[]> {
  const items = await db.programItem.findMany({ where: { programVersionId }, orderBy: { position: "asc" }, include: { exercise: true } });
  return items.map((item) => {
    const e = item.exercise;
    const aliases = JSON.parse(e.aliases) as Partial<Record<Lang, string[]>>;
    return {
      slug: e.slug,
      name: lang === "es" ? e.nameEs : e.nameEn,
      aliases: [...(aliases[lang] ?? []), ...(lang === "es" ? [e.nameEn.toLowerCase()] : [])],
      sets: item.sets,
      reps: item.reps,
      holdSeconds: item.holdSeconds,
      timesPerDay: item.timesPerDay,
      instructions: parseList(lang === "es" ? e.instructionsEs : e.instructionsEn),
      cues: parseList(lang === "es" ? e.cuesEs : e.cuesEn),
      commonMistakes: parseList(lang === "es" ? e.mistakesEs : e.mistakesEn),
      videoUrl: resolveVideoUrl(e.videoUrl, videoBaseUrl),
    };
  });
}
