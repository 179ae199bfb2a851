/** Per-day adherence from what was sent and what the patient reported. Pure: no database, no clock. */
import { addLocalDays } from "../scheduling/local-time.js";

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
export function adherenceRate(days: AdherenceDay[]): number | null {
  const counted = days.filter((d) => d.status === "done" || d.status === "partial" || d.status === "missed");
  if (counted.length === 0) return null;
  const score = counted.reduce((sum, d) => sum + (d.status === "done" ? 1 : d.status === "partial" ? 0.5 : 0), 0);
  return Math.round((score / counted.length) * 100) / 100;
}
