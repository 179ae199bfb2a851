import { DateTime } from "luxon";

/** Streak lengths worth celebrating out loud. */
export const STREAK_MILESTONES = [3, 7, 14, 30] as const;

/** Consecutive days with a completion, counting back from `today` (0 when today has none). */
export function completionStreak(dates: Iterable<string>, today: string): number {
  const days = new Set(dates);
  let streak = 0;
  let day = DateTime.fromISO(today, { zone: "utc" });
  while (days.has(day.toISODate()!)) {
    streak++;
    day = day.minus({ days: 1 });
  }
  return streak;
}

/** Whole days between the latest completion before `today` and `today`, or null when there is none. */
export function daysSinceLastCompletion(dates: Iterable<string>, today: string): number | null {
  const earlier = [...dates].filter((d) => d < today).sort();
  const last = earlier[earlier.length - 1];
  if (last === undefined) return null;
  return DateTime.fromISO(today, { zone: "utc" }).diff(DateTime.fromISO(last, { zone: "utc" }), "days").days;
}

/** Local days in the 7 days ending `today` (inclusive) that have a completion. */
export function completedDaysInLastWeek(dates: Iterable<string>, today: string): number {
  const from = DateTime.fromISO(today, { zone: "utc" }).minus({ days: 6 }).toISODate()!;
  return new Set([...dates].filter((d) => d >= from && d <= today)).size;
}
