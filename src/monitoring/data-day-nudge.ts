import { localDaysBetween } from "../scheduling/local-time.js";
import { dataDayPeriods, periodIndexOf } from "./data-days.js";
import { nextDataDayTarget } from "./rtm-codes.js";
import type { RtmThresholds } from "./rtm-thresholds.js";

/** "Late in its period": this many days left or fewer, today included. */
export const LATE_IN_PERIOD_DAYS = 10;

/**
 * Whether today's prompt should ask for a one-word reply to help the episode reach its data days.
 * Only when the period is late, still short of the next code, the count is still reachable, today
 * has no data yet and nothing was asked today. Quiet hours and opt-outs are the planner's: a
 * prompt is never planned in them, and this only words a planned prompt.
 */
export function shouldAskForDataDay(input: {
  firstDay: string | null;
  timeZone: string;
  dataEvents: readonly Date[];
  today: string;
  askedToday: boolean;
  thresholds: RtmThresholds;
}): boolean {
  if (!input.firstDay || input.askedToday) return false;
  const { periodDays } = input.thresholds;
  const index = periodIndexOf(input.firstDay, input.today, periodDays);
  if (index === null) return false;
  const period = dataDayPeriods({ firstDay: input.firstDay, timeZone: input.timeZone, events: input.dataEvents, today: input.today, periodDays })[index]!;
  if (period.dataDays.includes(input.today)) return false;
  const daysLeft = localDaysBetween(input.today, period.end) + 1;
  if (daysLeft > LATE_IN_PERIOD_DAYS) return false;
  const target = nextDataDayTarget(period.dataDays.length, input.thresholds);
  return target !== null && target - period.dataDays.length <= daysLeft;
}
