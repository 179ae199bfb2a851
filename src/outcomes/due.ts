import { addLocalDays, isoWeekday, localDaysBetween } from "../scheduling/local-time.js";
import { MAX_PSFS_ACTIVITIES, type OutcomeSettings, type QuestionKind } from "./measures.js";

/** The patient's course of care, in their own local dates. */
export interface OutcomeCourse {
  /** First day of the program: the PSFS baseline. */
  startDate: string;
  /** Last day (inclusive), the discharge: PSFS again and the global rating of change. null = not set yet. */
  endDate: string | null;
  /** ISO weekday (1 = Mon … 7 = Sun) of the weekly pain question: the patient's chosen day. */
  painWeekday: number;
}

/** A question already asked (answered, skipped or not), for the occasion (local date) it belonged to. */
export interface AskedQuestion {
  kind: QuestionKind;
  /** PSFS activity index for ratings; 0 otherwise. */
  item: number;
  occasion: string;
}

export type DueQuestion =
  | { kind: "nprs"; item: 0; occasion: string }
  | { kind: "psfs_activities"; item: 0; occasion: string }
  | { kind: "psfs_rating"; item: number; activity: string; occasion: string }
  | { kind: "grc"; item: 0; occasion: string };

export interface DueInput {
  settings: OutcomeSettings;
  course: OutcomeCourse;
  localDate: string;
  asked: readonly AskedQuestion[];
  /** The activities the patient named (their latest answer), or null when never named. */
  activities: readonly string[] | null;
  /** The patient said "no more surveys". */
  surveysOptedOut: boolean;
}

function withinCourse(course: OutcomeCourse, localDate: string): boolean {
  return localDate >= course.startDate && (course.endDate === null || localDate <= course.endDate);
}

/** Pain: on the patient's weekday, every `nprsEveryWeeks` weeks from the first such day of the course. */
export function isPainDay(settings: OutcomeSettings, course: OutcomeCourse, localDate: string): boolean {
  if (!settings.measures.includes("nprs") || !withinCourse(course, localDate)) return false;
  if (isoWeekday(localDate) !== course.painWeekday) return false;
  const firstOffset = (course.painWeekday - isoWeekday(course.startDate) + 7) % 7;
  const weeks = (localDaysBetween(addLocalDays(course.startDate, firstOffset), localDate)) / 7;
  return weeks % settings.nprsEveryWeeks === 0;
}

/** PSFS: the first day, every `psfsEveryWeeks` weeks after it, and the discharge day. */
export function isPsfsDay(settings: OutcomeSettings, course: OutcomeCourse, localDate: string): boolean {
  if (!settings.measures.includes("psfs") || !withinCourse(course, localDate)) return false;
  if (localDate === course.endDate) return true;
  return localDaysBetween(course.startDate, localDate) % (settings.psfsEveryWeeks * 7) === 0;
}

export function isDischargeDay(settings: OutcomeSettings, course: OutcomeCourse, localDate: string): boolean {
  return settings.measures.includes("grc") && course.endDate === localDate && withinCourse(course, localDate);
}

/**
 * The next question to ask on a local date, one at a time, or null when the day's are all asked.
 * Order on a day: PSFS (naming the activities when none are known, then rating each), pain,
 * then the global rating of change. Each question is asked at most once per occasion, whatever
 * became of it (answered, skipped, unanswered).
 */
export function nextOutcomeQuestion(input: DueInput): DueQuestion | null {
  const { settings, course, localDate, asked, activities } = input;
  if (input.surveysOptedOut) return null;
  const occasion = localDate;
  const wasAsked = (kind: QuestionKind, item = 0) => asked.some((q) => q.kind === kind && q.item === item && q.occasion === occasion);

  if (isPsfsDay(settings, course, localDate)) {
    const named = activities?.slice(0, MAX_PSFS_ACTIVITIES) ?? [];
    if (named.length === 0 && !wasAsked("psfs_activities")) return { kind: "psfs_activities", item: 0, occasion };
    const index = named.findIndex((_, i) => !wasAsked("psfs_rating", i));
    if (index >= 0) return { kind: "psfs_rating", item: index, activity: named[index]!, occasion };
  }
  if (isPainDay(settings, course, localDate) && !wasAsked("nprs")) return { kind: "nprs", item: 0, occasion };
  if (isDischargeDay(settings, course, localDate) && !wasAsked("grc")) return { kind: "grc", item: 0, occasion };
  return null;
}
