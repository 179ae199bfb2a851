import { blockedForGood, promptBlock, type Consent, type Pause } from "../care/consent/patient-state.js";
import {
  type QuietHours,
  type QuietMinutes,
  isValidLocalDate,
  isValidTimeZone,
  minutesInQuiet,
  moveOutOfQuiet,
  parseLocalTime,
  parseQuietHours,
} from "./local-time.js";
import { type ZoneDay, ZoneDayIndex } from "./zone-days.js";

export interface PlannerAssignment {
  assignmentId: string;
  patientId: string;
  /** IANA zone, e.g. "America/New_York". */
  timeZone: string;
  /** "HH:mm" local wall-clock times. */
  reminderTimes: string[];
  /** ISO weekdays (1 = Mon … 7 = Sun) prompts go out on; [] or all seven = every day. */
  weekdays: number[];
  /** ISO weekdays the patient asked, by text, to get no reminders on (src/care/patients/reminder-schedule.repo.ts); taken out of `weekdays`. */
  daysOff?: number[];
  quietHours: QuietHours | null;
  /** Local "YYYY-MM-DD", first day of the program. */
  startDate: string;
  /** Local "YYYY-MM-DD", last day inclusive; null = open-ended. */
  endDate: string | null;
  consent: Consent;
  /** null = not paused (see `Pause`). */
  pause: Pause | null;
}

export interface DuePrompt {
  assignmentId: string;
  patientId: string;
  localDate: string;
  /** The configured "HH:mm" this prompt comes from (not moved by DST or quiet hours). */
  slot: string;
  dueAt: Date;
  /**
   * Last instant the prompt may be sent (inclusive): one millisecond before the earlier of
   * the next local midnight and the start of the next quiet period. A dispatcher that
   * cannot send by then expires the prompt instead of sending it late.
   */
  notAfter: Date;
  /** `prompt:${assignmentId}:${localDate}:${slot}`, stable whichever window found it. */
  idempotencyKey: string;
}

export interface PlannerWindow {
  /** Exclusive. */
  from: Date;
  /** Inclusive. */
  to: Date;
}

export interface PlannerOptions {
  /**
   * Called for an assignment the planner will not plan because its data is unusable
   * (unknown zone, malformed date or quiet hours, weekday outside 1–7). The planner
   * fails closed: it sends nothing rather than guess. Bad single reminder times are
   * reported too; the assignment's other times still go out.
   */
  onInvalid?: (assignmentId: string, problems: string[]) => void;
}

/** Everything wrong with an assignment's schedule data; [] when it can be planned. */
export function validateAssignment(a: PlannerAssignment): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(a.timeZone)) problems.push(`unknown time zone "${a.timeZone}"`);
  for (const t of a.reminderTimes) {
    if (parseLocalTime(t) === null) problems.push(`invalid reminder time "${t}"`);
  }
  for (const w of a.weekdays) {
    if (!Number.isInteger(w) || w < 1 || w > 7) problems.push(`invalid ISO weekday ${String(w)}`);
  }
  if (a.quietHours && !parseQuietHours(a.quietHours)) {
    problems.push(`invalid quiet hours ${JSON.stringify(a.quietHours)}`);
  }
  if (!isValidLocalDate(a.startDate)) problems.push(`invalid start date "${a.startDate}"`);
  if (a.endDate !== null && !isValidLocalDate(a.endDate)) problems.push(`invalid end date "${a.endDate}"`);
  if (a.pause?.untilLocalDate != null && !isValidLocalDate(a.pause.untilLocalDate)) {
    problems.push(`invalid pause end "${a.pause.untilLocalDate}"`);
  }
  return problems;
}

/** Per-run memo of parsed strings: 100k assignments share a handful of distinct values. */
class ParseMemo {
  private readonly times = new Map<string, number | null>();
  private readonly dates = new Map<string, boolean>();

  time(value: string): number | null {
    let v = this.times.get(value);
    if (v === undefined) {
      v = parseLocalTime(value);
      this.times.set(value, v);
    }
    return v;
  }

  quiet(q: QuietHours): QuietMinutes | null {
    const start = this.time(q.start);
    const end = this.time(q.end);
    return start === null || end === null ? null : { start, end };
  }

  date(value: string): boolean {
    let v = this.dates.get(value);
    if (v === undefined) {
      v = isValidLocalDate(value);
      this.dates.set(value, v);
    }
    return v;
  }
}

interface ResolvedSlot {
  slot: string;
  configured: number;
  dueMs: number;
  wall: number;
}

/**
 * Every prompt whose due instant lies in (from, to], for active assignments, in due order.
 *
 * The window may be long (catch-up after downtime): prompts whose `notAfter` has already
 * passed are still returned, and the dispatcher expires them. Input is consumed once as it
 * streams; only the zones' day boundaries and the result are held in memory.
 */
export function planDuePrompts(
  assignments: Iterable<PlannerAssignment>,
  window: PlannerWindow,
  options: PlannerOptions = {},
): DuePrompt[] {
  const fromMs = window.from.getTime();
  const toMs = window.to.getTime();
  const out: DuePrompt[] = [];
  if (!(toMs > fromMs)) return out;

  const zones = new ZoneDayIndex(fromMs, toMs);
  const memo = new ParseMemo();
  const slots: ResolvedSlot[] = [];

  for (const a of assignments) {
    if (blockedForGood(a)) continue;

    const days = zones.daysFor(a.timeZone);
    const quiet = a.quietHours ? memo.quiet(a.quietHours) : null;
    if (
      days === null ||
      (a.quietHours && !quiet) ||
      !memo.date(a.startDate) ||
      (a.endDate !== null && !memo.date(a.endDate)) ||
      (a.pause?.untilLocalDate != null && !memo.date(a.pause.untilLocalDate)) ||
      !weekdaysValid(a.weekdays)
    ) {
      options.onInvalid?.(a.assignmentId, validateAssignment(a));
      continue;
    }

    let reportedBadTime = false;
    for (const day of days) {
      if (!activeOn(a, day)) continue;
      slots.length = 0;
      for (const slot of a.reminderTimes) {
        const configured = memo.time(slot);
        if (configured === null) {
          if (!reportedBadTime && options.onInvalid) {
            reportedBadTime = true;
            options.onInvalid(a.assignmentId, validateAssignment(a));
          }
          continue;
        }
        const resolved = resolveSlot(day, configured, quiet);
        if (resolved === null || resolved.dueMs <= fromMs || resolved.dueMs > toMs) continue;
        addSlot(slots, { slot, configured, dueMs: resolved.dueMs, wall: resolved.wall });
      }
      for (const s of slots) {
        out.push({
          assignmentId: a.assignmentId,
          patientId: a.patientId,
          localDate: day.localDate,
          slot: s.slot,
          dueAt: new Date(s.dueMs),
          notAfter: new Date(notAfterMs(day, s, quiet)),
          idempotencyKey: `prompt:${a.assignmentId}:${day.localDate}:${s.slot}`,
        });
      }
    }
  }

  out.sort(byDueThenKey);
  return out;
}

function weekdaysValid(weekdays: number[]): boolean {
  for (const w of weekdays) if (!Number.isInteger(w) || w < 1 || w > 7) return false;
  return true;
}

function activeOn(a: PlannerAssignment, day: ZoneDay): boolean {
  const d = day.localDate;
  if (d < a.startDate) return false;
  if (a.endDate !== null && d > a.endDate) return false;
  if (promptBlock(a, d) !== null) return false;
  if (a.weekdays.length > 0 && !a.weekdays.includes(day.weekday)) return false;
  if (a.daysOff?.includes(day.weekday)) return false;
  return true;
}

/**
 * The instant a configured wall time goes out on a day, or null when it is dropped.
 * Quiet hours apply to the wall clock; a DST gap can push a time forward into quiet
 * hours (02:30 → 03:00 with quiet until 07:00), so the check runs again after resolving.
 */
function resolveSlot(day: ZoneDay, configured: number, quiet: QuietMinutes | null): { dueMs: number; wall: number } | null {
  const moved = moveOutOfQuiet(configured, quiet);
  if (moved === null) return null;
  let dueMs = day.instantMs(moved);
  if (dueMs >= day.nextStartMs) return null; // a gap at the end of the day: nothing left of it
  let wall = day.resolvedWall(moved);
  if (wall !== moved && quiet && minutesInQuiet(wall, quiet)) {
    const again = moveOutOfQuiet(wall, quiet);
    if (again === null) return null;
    dueMs = day.instantMs(again);
    if (dueMs >= day.nextStartMs) return null;
    wall = day.resolvedWall(again);
  }
  return { dueMs, wall };
}

/**
 * Two configured times can land on one instant (06:30 and 07:00 both moved to a 07:00
 * quiet end; 02:15 and 02:45 both pushed to 03:00 by DST). The patient gets one prompt,
 * keyed by the earliest configured time so the key is the same in every window.
 */
function addSlot(slots: ResolvedSlot[], next: ResolvedSlot): void {
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    if (s.dueMs !== next.dueMs) continue;
    if (next.configured < s.configured || (next.configured === s.configured && next.slot < s.slot)) slots[i] = next;
    return;
  }
  slots.push(next);
}

function notAfterMs(day: ZoneDay, s: ResolvedSlot, quiet: QuietMinutes | null): number {
  let limit = day.nextStartMs;
  // The next quiet period starting later the same day; one starting before `wall` (the
  // evening half of a wrapping period) begins tomorrow, after midnight already caps it.
  if (quiet && quiet.start !== quiet.end && quiet.start > s.wall) {
    const quietStart = day.instantMs(quiet.start);
    if (quietStart > s.dueMs && quietStart < limit) limit = quietStart;
  }
  return limit - 1;
}

function byDueThenKey(a: DuePrompt, b: DuePrompt): number {
  const d = a.dueAt.getTime() - b.dueAt.getTime();
  if (d !== 0) return d;
  return a.idempotencyKey < b.idempotencyKey ? -1 : a.idempotencyKey > b.idempotencyKey ? 1 : 0;
}
