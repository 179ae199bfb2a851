import { localDateOf } from "../scheduling/local-time.js";
import { localDaysBetween } from "../scheduling/local-time.js";
import { dataDayPeriods, type DataDayPeriod } from "./data-days.js";
import { monitoringMsByMonth, localMonthOf, type TimeInterval } from "./monitoring-time.js";
import { dataDayCode, minuteCodes, minutesNeedLiveContact, nextDataDayTarget, nextMinuteTarget, type SupportedCode } from "./rtm-codes.js";
import type { RtmThresholds } from "./rtm-thresholds.js";

/** Calls and video visits are interactive communication; text messages never are. */
export const LIVE_CONTACT_MODES = ["phone", "video"] as const;
export type LiveContactMode = (typeof LIVE_CONTACT_MODES)[number];

export function isLiveContactMode(mode: string): mode is LiveContactMode {
  return (LIVE_CONTACT_MODES as readonly string[]).includes(mode);
}

export interface ContactRecord {
  at: Date;
  minutes: number;
  mode: string;
}

export interface LedgerInput {
  /** The first monitoring day (local YYYY-MM-DD); null when the patient has no episode. */
  firstDay: string | null;
  timeZone: string;
  /** When the patient reported something (a reply, a completion, a pain or outcome answer). */
  dataEvents: readonly Date[];
  /** The clinician's monitoring time, automatic and manual. */
  monitoring: readonly TimeInterval[];
  contacts: readonly ContactRecord[];
  now: Date;
  thresholds: RtmThresholds;
}

export interface MonthMinutes {
  month: string;
  minutes: number;
  liveContacts: ContactRecord[];
  codes: SupportedCode[];
}

export interface PeriodStanding extends DataDayPeriod {
  code: string | null;
  /** Days of the period still to come, today included. */
  daysLeft: number;
}

export interface EpisodeStanding {
  today: string;
  period: PeriodStanding | null;
  month: MonthMinutes;
  dataDaysSentence: string;
  minutesSentence: string;
}

/** Live contacts in a local month. A contact's own minutes count as monitoring time (merged, never twice). */
export function liveContactsIn(month: string, contacts: readonly ContactRecord[], timeZone: string): ContactRecord[] {
  return contacts.filter((c) => isLiveContactMode(c.mode) && localMonthOf(c.at, timeZone) === month);
}

function contactIntervals(contacts: readonly ContactRecord[]): TimeInterval[] {
  return contacts
    .filter((c) => isLiveContactMode(c.mode))
    .map((c) => ({ start: c.at, end: new Date(c.at.getTime() + c.minutes * 60_000) }));
}

/** Minutes, live contacts and supported codes of one local calendar month. */
export function monthMinutes(input: Omit<LedgerInput, "now" | "dataEvents" | "firstDay">, month: string): MonthMinutes {
  const intervals = [...input.monitoring, ...contactIntervals(input.contacts)];
  const minutes = Math.floor((monitoringMsByMonth(intervals, input.timeZone).get(month) ?? 0) / 60_000);
  const liveContacts = liveContactsIn(month, input.contacts, input.timeZone);
  return { month, minutes, liveContacts, codes: minuteCodes(minutes, liveContacts.length, input.thresholds) };
}

/** Every period of the episode so far, each with its supported code and the days it has left. */
export function periodStandings(input: LedgerInput): PeriodStanding[] {
  if (!input.firstDay) return [];
  const today = localDateOf(input.now, input.timeZone);
  return dataDayPeriods({
    firstDay: input.firstDay,
    timeZone: input.timeZone,
    events: input.dataEvents,
    today,
    periodDays: input.thresholds.periodDays,
  }).map((period) => ({
    ...period,
    code: dataDayCode(period.dataDays.length, input.thresholds),
    daysLeft: Math.max(0, localDaysBetween(today, period.end) + 1),
  }));
}

/** Where an episode stands today: this period's data days and this month's minutes, in words. */
export function episodeStanding(input: LedgerInput): EpisodeStanding {
  const today = localDateOf(input.now, input.timeZone);
  const period = periodStandings(input).at(-1) ?? null;
  const month = monthMinutes(input, today.slice(0, 7));
  return {
    today,
    period,
    month,
    dataDaysSentence: period ? dataDaysSentence(period, input.thresholds) : "no monitoring episode yet",
    minutesSentence: minutesSentence(month, input.thresholds),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function dataDaysSentence(period: PeriodStanding, thresholds: RtmThresholds): string {
  const days = period.dataDays.length;
  const target = nextDataDayTarget(days, thresholds);
  const left = plural(period.daysLeft, "day left", "days left");
  if (target === null) return `${plural(days, "data day", "data days")} (${period.code ?? "no code"} reached), ${left}`;
  return `${days} of ${target} data days, ${left}`;
}

export function minutesSentence(month: MonthMinutes, thresholds: RtmThresholds): string {
  const target = nextMinuteTarget(month.minutes, thresholds);
  const contacts =
    month.liveContacts.length > 0
      ? plural(month.liveContacts.length, "live contact", "live contacts")
      : minutesNeedLiveContact(Math.max(month.minutes, target), thresholds)
        ? "no live contact yet"
        : "no live contact";
  return `${month.minutes} of ${target} minutes, ${contacts}`;
}
