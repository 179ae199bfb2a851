/** Per-day adherence from what was sent and what the patient reported. Pure: no database, no clock. */
import { addLocalDays } from "../../scheduling/local-time.js";

/** The longest range of local dates one adherence read may cover. */
export const MAX_RANGE_DAYS = 366;

export interface AdherenceDay {
  date: string;
  /** Prompts that went out that day (outbox rows kind=prompt, sent or delivered). */
  prompted: number;
  done: number;
  partial: number;
  /** Prompted, the day is over, and nothing was reported. */
  missed: boolean;
  /** done > partial > missed; `pending` is today before an answer; `none` is a day nothing was asked or reported. */
  status: "done" | "partial" | "missed" | "pending" | "none";
}

export interface AdherenceInput {
  from: string;
  to: string;
  /** The patient's local date now: days before it are over. */
  today: string;
  prompts: Array<{ localDate: string | null }>;
  completions: Array<{ localDate: string; status: string }>;
}

export function adherenceDays(input: AdherenceInput): AdherenceDay[] {
  const count = (rows: Array<{ localDate: string | null }>) => {
    const byDate = new Map<string, number>();
    for (const row of rows) if (row.localDate) byDate.set(row.localDate, (byDate.get(row.localDate) ?? 0) + 1);
    return byDate;
  };
  const prompted = count(input.prompts);
  const done = count(input.completions.filter((c) => c.status === "done"));
  const partial = count(input.completions.filter((c) => c.status === "partial"));
  const days: AdherenceDay[] = [];
  for (let date = input.from; date <= input.to; date = addLocalDays(date, 1)) {
    const day = { date, prompted: prompted.get(date) ?? 0, done: done.get(date) ?? 0, partial: partial.get(date) ?? 0 };
    const missed = day.prompted > 0 && day.done === 0 && day.partial === 0 && date < input.today;
    const status: AdherenceDay["status"] =
      day.done > 0 ? "done" : day.partial > 0 ? "partial" : missed ? "missed" : day.prompted > 0 && date >= input.today ? "pending" : "none";
    days.push({ ...day, missed, status });
  }
  return days;
}

/**
 * Share of days that counted (asked or reported) that were done, a partial day counting half.
 * null when no day counted, so "no data" never reads as 0%.
 */
/** Below this many prompted days a percentage says more than it knows ("100%" after one day). */
export const MIN_DAYS_FOR_RATE = 7;

/** "1 of 1 days done" while there are few days; "86% · 12 of 14 days done, 1 partly" once there are enough. */
export function adherenceWords(days: AdherenceDay[]): string {
  const counted = days.filter((d) => d.status === "done" || d.status === "partial" || d.status === "missed");
  if (counted.length === 0) return "no prompted days yet";
  const done = counted.filter((d) => d.status === "done").length;
  const partly = counted.filter((d) => d.status === "partial").length;
  const tally = `${done} of ${counted.length} ${counted.length === 1 ? "day" : "days"} done${partly > 0 ? `, ${partly} partly` : ""}`;
  const rate = adherenceRate(days);
  return counted.length < MIN_DAYS_FOR_RATE || rate === null ? tally : `${Math.round(rate * 100)}% · ${tally}`;
}

export function adherenceRate(days: AdherenceDay[]): number | null {
  const counted = days.filter((d) => d.status === "done" || d.status === "partial" || d.status === "missed");
  if (counted.length === 0) return null;
  const score = counted.reduce((sum, d) => sum + (d.status === "done" ? 1 : d.status === "partial" ? 0.5 : 0), 0);
  return Math.round((score / counted.length) * 100) / 100;
}
