import { addLocalDays, localDateOf, localDaysBetween } from "../scheduling/local-time.js";

/** One 30-day (configurable) period of an episode, in the patient's local dates. */
export interface DataDayPeriod {
  /** 0 for the period starting on the first monitoring day. */
  index: number;
  /** Local YYYY-MM-DD, inclusive. */
  start: string;
  /** Local YYYY-MM-DD, inclusive. */
  end: string;
  /** Distinct local dates with patient-reported data, sorted. */
  dataDays: string[];
}

/** The period holding `localDate`, or null before the first monitoring day. */
export function periodIndexOf(firstDay: string, localDate: string, periodDays: number): number | null {
  const offset = localDaysBetween(firstDay, localDate);
  return offset < 0 ? null : Math.floor(offset / periodDays);
}

export function periodBounds(firstDay: string, index: number, periodDays: number): { start: string; end: string } {
  const start = addLocalDays(firstDay, index * periodDays);
  return { start, end: addLocalDays(start, periodDays - 1) };
}

/**
 * Data days per period, from the first monitoring day up to the period holding `today`.
 * A day is the patient's local date of the event, so a reply at 23:30 in New York is that day,
 * whatever the server's zone or the UTC date; DST changes move no event to another day.
 */
export function dataDayPeriods(input: {
  firstDay: string;
  timeZone: string;
  events: readonly Date[];
  today: string;
  periodDays: number;
}): DataDayPeriod[] {
  const lastIndex = periodIndexOf(input.firstDay, input.today, input.periodDays);
  if (lastIndex === null) return [];
  const periods: DataDayPeriod[] = [];
  for (let index = 0; index <= lastIndex; index++) {
    periods.push({ index, ...periodBounds(input.firstDay, index, input.periodDays), dataDays: [] });
  }
  const seen = new Set<string>();
  for (const event of input.events) {
    const day = localDateOf(event, input.timeZone);
    if (day > input.today || seen.has(day)) continue;
    const index = periodIndexOf(input.firstDay, day, input.periodDays);
    if (index === null) continue;
    seen.add(day);
    periods[index]?.dataDays.push(day);
  }
  for (const period of periods) period.dataDays.sort();
  return periods;
}
