import type { ChannelName } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import { resolveVideoUrl } from "../library/video-url.js";
import type { Logger } from "../logging/logger.js";
import { enqueueOutboxMany, type NewOutboxMessage } from "../outbox/outbox.repo.js";
import { planDataDayAsks } from "../monitoring/data-day-ask.repo.js";
import type { RtmThresholds } from "../monitoring/rtm-thresholds.js";
import { deferForConversation, DEFAULT_CONVERSATION_QUIET_MS } from "../scheduling/follow-up.js";
import { planDuePrompts, type DuePrompt, type PlannerAssignment } from "../scheduling/planner.js";
import { promptStateOf } from "../care/consent/patient-state.js";
import { recallBarrier } from "../conversation/barrier-recall.js";
import { recentInboundText } from "./recent-inbound.js";
import { addressesByPreference, pickAddress } from "../care/patients/preferred-address.js";
import { programChangeWords } from "../care/programs/program-change.js";
import { markMovesAnnounced, unannouncedMoves } from "../care/programs/programs.repo.js";
import { programUpdateLine, recallLine, reminderLang, renderPrompt, type PromptItem, type ReminderLang, type ReminderTemplates } from "./prompt-content.js";

export interface PlanningDeps {
  db: Db;
  logger: Logger;
  videoBaseUrl: string;
  templates: ReminderTemplates;
  /** Channels the dispatcher can send on; a patient's preferred address among them is used. Unset = any. */
  enabledChannels?: readonly ChannelName[];
  /** Assignments read per page. */
  pageSize?: number;
  /** Due prompts rendered and queued per batch. */
  flushSize?: number;
  conversationQuietMs?: number;
  /** RTM thresholds for the data-day nudge; the 2026 published values when absent. */
  rtmThresholds?: RtmThresholds;
}

export interface PlanningResult {
  assignments: number;
  due: number;
  enqueued: number;
  /** Due prompts with no address on any usable channel. */
  unreachable: number;
  /** Due prompts found by a catch-up whose day (or pre-quiet window) is already over: never sent late. */
  missed: number;
}

interface AssignmentRow {
  id: string;
  patientId: string;
  programVersionId: string;
  startDate: string;
  endDate: string | null;
  weekdays: string;
  timeZone: string;
  reminderTimes: string;
  quietStart: string | null;
  quietEnd: string | null;
  consent: string;
  pausedAt: Date | string | null;
  pausedUntil: string | null;
  pausedFrom: string | null;
  language: string;
  spanishRegister: string;
  daysOff: string | null;
}

/**
 * One page of active assignments with their patients, by primary key. Raw SQL because both
 * engines must walk the primary key: SQLite, unprompted, filters by the status index and sorts
 * every active row for each page (`status || ''` keeps it off that index); one JOIN also
 * allocates far less than a relation select for 100,000 rows.
 */
function loadPage(db: Db, cursor: string, take: number): Promise<AssignmentRow[]> {
  return db.$queryRaw<AssignmentRow[]>`
    SELECT a."id", a."patientId", a."programVersionId", a."startDate", a."endDate", a."weekdays",
           p."timeZone", p."reminderTimes", p."quietStart", p."quietEnd", p."consent", p."pausedAt", p."pausedUntil", p."pausedFrom", p."language",
           c."spanishRegister", d."weekdays" AS "daysOff"
    FROM "Assignment" a JOIN "Patient" p ON p."id" = a."patientId" JOIN "Clinic" c ON c."id" = p."clinicId"
    LEFT JOIN "ReminderDaysOff" d ON d."patientId" = a."patientId"
    WHERE a."id" > ${cursor} AND (a."status" || '') = 'active'
    ORDER BY a."id"
    LIMIT ${take}`;
}

// The row already has the patient's columns side by side; no copies per row (100,000 rows a tick).
const rowToPlanner = (row: AssignmentRow): PlannerAssignment =>
  toPlannerAssignment({ id: row.id, patientId: row.patientId, startDate: row.startDate, endDate: row.endDate, weekdays: row.weekdays, daysOff: row.daysOff, patient: row });

/** The planner's view of an assignment row. */
export function toPlannerAssignment(row: {
  id: string;
  patientId: string;
  startDate: string;
  endDate: string | null;
  weekdays: string;
  /** The patient's reminder days off ("6,7"), when they asked for some by text. */
  daysOff?: string | null;
  patient: { timeZone: string; reminderTimes: string; quietStart: string | null; quietEnd: string | null; consent: string; pausedAt: Date | string | null; pausedUntil: string | null; pausedFrom: string | null };
}): PlannerAssignment {
  const p = row.patient;
  return {
    assignmentId: row.id,
    patientId: row.patientId,
    timeZone: p.timeZone,
    reminderTimes: splitList(p.reminderTimes),
    weekdays: splitList(row.weekdays).map(Number),
    ...(row.daysOff ? { daysOff: splitList(row.daysOff).map(Number) } : {}),
    quietHours: p.quietStart && p.quietEnd ? { start: p.quietStart, end: p.quietEnd } : null,
    startDate: row.startDate,
    endDate: row.endDate,
    ...promptStateOf(p),
  };
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}


/**
 * The day's exercises of a program version, per language, read once per planning run: a
 * clinic has a handful of programs and thousands of patients on each.
 */
export class ProgramItemCache {
  private readonly cache = new Map<string, PromptItem[]>();

  constructor(
    private readonly db: Db,
    private readonly videoBaseUrl: string,
  ) {}

  async items(programVersionId: string, lang: ReminderLang): Promise<PromptItem[]> {
    const key = `${programVersionId}|${lang}`;
    let items = this.cache.get(key);
    if (!items) {
      const rows = await this.db.programItem.findMany({
        where: { programVersionId },
        orderBy: { position: "asc" },
        select: { sets: true, reps: true, holdSeconds: true, exercise: { select: { nameEn: true, nameEs: true, videoUrl: true } } },
      });
      items = rows.map((r) => ({
        name: lang === "es" ? r.exercise.nameEs : r.exercise.nameEn,
        sets: r.sets,
        reps: r.reps,
        holdSeconds: r.holdSeconds,
        videoUrl: resolveVideoUrl(r.exercise.videoUrl, this.videoBaseUrl),
      }));
      this.cache.set(key, items);
    }
    return items;
  }
}


/**
 * Plans the window (from, to] over every active assignment, streamed in pages by id, and
 * queues each due prompt once (its idempotency key is the planner's). A catch-up after downtime
 * sends what is still due today; prompts whose notAfter has passed are counted, not queued.
 */
export async function planWindow(deps: PlanningDeps, window: { from: Date; to: Date }, now: Date): Promise<PlanningResult> {
  const { db, logger } = deps;
  const pageSize = deps.pageSize ?? 1000;
  const flushSize = deps.flushSize ?? 500;
  const items = new ProgramItemCache(db, deps.videoBaseUrl);
  const result: PlanningResult = { assignments: 0, due: 0, enqueued: 0, unreachable: 0, missed: 0 };
  const onInvalid = (assignmentId: string, problems: string[]) =>
    logger.warn({ assignmentId, problems }, "assignment has an unusable schedule; no prompts planned");

  // Due prompts are gathered across pages and queued in batches: a minute's window finds a
  // few prompts per page, and a few large queries cost far less than many small ones.
  const pending: { prompt: DuePrompt; assignment: DueAssignment }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const { messages, unreachable, asks, announcedMoves } = await buildPrompts(deps, items, pending.splice(0), now);
    result.unreachable += unreachable;
    result.enqueued += await enqueueOutboxMany(db, messages, now);
    await asks.record(db, new Map(messages.map((m) => [m.idempotencyKey, m.body])));
    // Told once: a crash between these two writes tells the patient again, never not at all.
    await markMovesAnnounced(db, announcedMoves, now);
  };

  let cursor = "";
  for (;;) {
    const page = await loadPage(db, cursor, pageSize);
    if (page.length === 0) break;
    cursor = page[page.length - 1]!.id;
    result.assignments += page.length;
    const planned = planDuePrompts(page.map(rowToPlanner), window, { onInvalid });
    if (planned.length > 0) {
      const byId = new Map(page.map((a) => [a.id, a]));
      for (const prompt of planned) {
        if (prompt.notAfter.getTime() < now.getTime()) {
          result.missed++;
          continue;
        }
        const a = byId.get(prompt.assignmentId)!;
        pending.push({ prompt, assignment: { programVersionId: a.programVersionId, language: a.language, spanishRegister: a.spanishRegister, timeZone: a.timeZone } });
        result.due++;
      }
      if (pending.length >= flushSize) await flush();
    }
    if (page.length < pageSize) break;
  }
  await flush();
  return result;
}

interface DueAssignment {
  programVersionId: string;
  language: string;
  spanishRegister: string;
  timeZone: string;
}

async function buildPrompts(
  deps: PlanningDeps,
  items: ProgramItemCache,
  due: { prompt: DuePrompt; assignment: DueAssignment }[],
  now: Date,
): Promise<{ messages: NewOutboxMessage[]; unreachable: number; asks: Awaited<ReturnType<typeof planDataDayAsks>>; announcedMoves: string[] }> {
  const { db } = deps;
  const patientIds = [...new Set(due.map((d) => d.prompt.patientId))];
  const moves = groupBy(
    await unannouncedMoves(db, [...new Set(due.map((d) => d.prompt.assignmentId))]),
    (m) => m.assignmentId,
  );
  const announcedMoves: string[] = [];
  const quietMs = deps.conversationQuietMs ?? DEFAULT_CONVERSATION_QUIET_MS;

  const addressesOf = await addressesByPreference(db, patientIds);

  // Only the last couple of quiet windows matter: an older message cannot defer a prompt.
  const recent = await db.messageLog.findMany({
    where: { patientId: { in: patientIds }, createdAt: { gte: new Date(now.getTime() - 2 * quietMs) } },
    select: { patientId: true, direction: true, createdAt: true },
  });
  const lastIn = new Map<string, Date>();
  const lastOut = new Map<string, Date>();
  for (const m of recent) {
    const map = m.direction === "inbound" ? lastIn : lastOut;
    const prev = map.get(m.patientId!);
    if (!prev || prev < m.createdAt) map.set(m.patientId!, m.createdAt);
  }

  const said = await recentInboundText(db, patientIds, now);
  const asks = await planDataDayAsks(db, patientIds, now, deps.rtmThresholds);
  const messages: NewOutboxMessage[] = [];
  let unreachable = 0;
  for (const { prompt, assignment } of due) {
    const to = pickAddress(prompt.patientId, addressesOf.get(prompt.patientId) ?? [], deps.enabledChannels);
    if (!to) {
      unreachable++;
      deps.logger.warn({ patientId: prompt.patientId, idempotencyKey: prompt.idempotencyKey }, "due prompt has no address on an enabled channel");
      continue;
    }
    const lang = reminderLang(assignment.language);
    const register = assignment.spanishRegister === "tu" ? "tu" : "usted";
    const recall = recallLine(deps.templates, lang, register, recallBarrier(said.get(prompt.patientId) ?? [], now, lang, register));
    const askReplyOne = asks.ask({ patientId: prompt.patientId, timeZone: assignment.timeZone, localDate: prompt.localDate, idempotencyKey: prompt.idempotencyKey });
    const today = await items.items(assignment.programVersionId, lang);
    // Moved to a new version since the last prompt: say what changed, from the version they last had.
    const moved = moves.get(prompt.assignmentId);
    let update: string | null = null;
    if (moved) {
      const changes = programChangeWords(await items.items(moved[0]!.fromVersionId, lang), today, lang, to.channel === "sms" ? "short" : "long");
      update = programUpdateLine(deps.templates, lang, register, changes);
      announcedMoves.push(...moved.map((m) => m.id));
      moves.delete(prompt.assignmentId);
    }
    const opening = [update, recall].filter((line): line is string => line !== null);
    const content = renderPrompt(today, lang, to.channel, deps.templates, register, opening, askReplyOne);
    const notBefore = deferForConversation({
      dueAt: prompt.dueAt,
      lastInboundAt: lastIn.get(prompt.patientId) ?? null,
      lastOutboundAt: lastOut.get(prompt.patientId) ?? null,
      now,
      quietWindowMs: quietMs,
    });
    messages.push({
      idempotencyKey: prompt.idempotencyKey,
      kind: "prompt",
      channel: to.channel,
      address: to.address,
      conversationRef: to.conversationRef,
      body: content.text,
      quickReplies: content.quickReplies,
      patientId: prompt.patientId,
      assignmentId: prompt.assignmentId,
      localDate: prompt.localDate,
      slot: prompt.slot,
      notBefore,
      notAfter: prompt.notAfter,
    });
  }
  return { messages, unreachable, asks, announcedMoves };
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
