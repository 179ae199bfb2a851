import { addLocalDays, localDaysBetween } from "../scheduling/local-time.js";

/** Streak lengths worth celebrating out loud. */
export const STREAK_MILESTONES = [3, 7, 14, 30] as const;

/** Consecutive days with a completion, counting back from `today` (0 when today has none). */
export function completionStreak(dates: Iterable<string>, today: string): number {
  const days = new Set(dates);
  let streak = 0;
  for (let day = today; days.has(day); day = addLocalDays(day, -1)) streak++;
  return streak;
}

/** Whole days between the latest completion before `today` and `today`, or null when there is none. */
export function daysSinceLastCompletion(dates: Iterable<string>, today: string): number | null {
  const earlier = [...dates].filter((d) => d < today).sort();
  const last = earlier[earlier.length - 1];
  if (last === undefined) return null;
  return localDaysBetween(last, today);
}

/** Local days in the 7 days ending `today` (inclusive) that have a completion. */
export function completedDaysInLastWeek(dates: Iterable<string>, today: string): number {
  const from = addLocalDays(today, -6);
  return new Set([...dates].filter((d) => d >= from && d <= today)).size;
}
