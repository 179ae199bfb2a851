import { localDateOf, localInstantMs } from "../scheduling/local-time.js";

export interface TimeInterval {
  start: Date;
  end: Date;
}

/** Overlapping or touching intervals merged, sorted; empty or reversed ones dropped. Two open tabs count once. */
export function mergeIntervals(intervals: readonly TimeInterval[]): TimeInterval[] {
  const sorted = intervals
    .filter((i) => i.end.getTime() > i.start.getTime())
    .map((i) => ({ start: i.start.getTime(), end: i.end.getTime() }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged.map((i) => ({ start: new Date(i.start), end: new Date(i.end) }));
}

/** "YYYY-MM" of an instant in a zone. */
export function localMonthOf(instant: Date | number, timeZone: string): string {
  return localDateOf(instant, timeZone).slice(0, 7);
}

/** First instant of a local calendar month "YYYY-MM" and of the month after it. */
export function localMonthBounds(month: string, timeZone: string): { start: number; end: number } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
  return { start: localInstantMs(`${month}-01`, 0, timeZone), end: localInstantMs(`${next}-01`, 0, timeZone) };
}

/**
 * Monitoring milliseconds per local calendar month, intervals merged first; an interval across
 * midnight at a month's end is split between the two months.
 */
export function monitoringMsByMonth(intervals: readonly TimeInterval[], timeZone: string): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (const interval of mergeIntervals(intervals)) {
    let from = interval.start.getTime();
    const to = interval.end.getTime();
    while (from < to) {
      const month = localMonthOf(from, timeZone);
      const until = Math.min(to, localMonthBounds(month, timeZone).end);
      byMonth.set(month, (byMonth.get(month) ?? 0) + (until - from));
      from = until;
    }
  }
  return byMonth;
}

/** Whole minutes (rounded down) of monitoring in one local calendar month. */
export function monitoringMinutesIn(month: string, intervals: readonly TimeInterval[], timeZone: string): number {
  return Math.floor((monitoringMsByMonth(intervals, timeZone).get(month) ?? 0) / 60_000);
}
