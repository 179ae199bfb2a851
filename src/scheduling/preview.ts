import { addLocalDays, formatLocalTime, isoWeekday, localDateOf, localInstantMs, localMinutesOf } from "./local-time.js";
import { type PlannerAssignment, planDuePrompts } from "./planner.js";

export interface PreviewEntry {
  localDate: string;
  /** "HH:mm" the patient's clock will show when it goes out (after DST and quiet-hour moves). */
  localTime: string;
  /** The configured "HH:mm" it comes from. */
  slot: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  weekdayName: string;
  dueAt: Date;
  notAfter: Date;
}

const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Longest preview the CLI may ask for; keeps a typo from planning a century. */
export const MAX_PREVIEW_DAYS = 366;

/**
 * The prompts an assignment will produce after `from`, over `days` local days starting with
 * the patient's current local date, by the same rules the planner applies.
 * Throws RangeError for an unknown time zone, so the CLI can say so.
 */
export function previewSchedule(assignment: PlannerAssignment, from: Date, days: number): PreviewEntry[] {
  if (!Number.isInteger(days) || days <= 0) return [];
  const span = Math.min(days, MAX_PREVIEW_DAYS);
  const zone = assignment.timeZone;
  const today = localDateOf(from, zone);
  const until = localInstantMs(addLocalDays(today, span), 0, zone) - 1;
  return planDuePrompts([assignment], { from, to: new Date(until) }).map((p) => {
    const weekday = isoWeekday(p.localDate);
    return {
      localDate: p.localDate,
      localTime: formatLocalTime(localMinutesOf(p.dueAt, zone)),
      slot: p.slot,
      weekday,
      weekdayName: WEEKDAY_NAMES[weekday - 1]!,
      dueAt: p.dueAt,
      notAfter: p.notAfter,
    };
  });
}
