import { DateTime } from "luxon";
import type { Action, EscalationAction, PainScore } from "./types.js";

/**
 * Patterns over time that a single message does not show. Each detector returns the
 * action to record (or null); the pipeline and the scheduler decide when to run them.
 */

/** Baseline = median of the last 5 scores from the past 14 days; fewer than 3 scores is no baseline yet. */
export const PAIN_BASELINE = { windowDays: 14, maxScores: 5, minScores: 3, risePoints: 2 } as const;
export const NO_REPLY_DAYS = 3;

export function painBaseline(scores: PainScore[], now: Date): number | null {
  const since = now.getTime() - PAIN_BASELINE.windowDays * 86_400_000;
  const recent = scores
    .filter((s) => s.at.getTime() >= since && s.at.getTime() <= now.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, PAIN_BASELINE.maxScores)
    .map((s) => s.score)
    .sort((a, b) => a - b);
  if (recent.length < PAIN_BASELINE.minScores) return null;
  const mid = Math.floor(recent.length / 2);
  return recent.length % 2 === 1 ? recent[mid]! : (recent[mid - 1]! + recent[mid]!) / 2;
}

/** A score 2+ points above the patient's own baseline: worth a look even when the number itself is modest. */
export function detectPainRise(current: number, previous: PainScore[], now: Date): EscalationAction | null {
  const baseline = painBaseline(previous, now);
  if (baseline === null || current - baseline < PAIN_BASELINE.risePoints) return null;
  return {
    type: "escalation",
    level: "therapist",
    reason: `pain ${current}/10 is ${current - baseline} points above the recent baseline of ${baseline}/10`,
  };
}

export interface NoReplyInput {
  /** When prompts went out (any order). */
  promptsSentAt: Date[];
  lastPatientMessageAt: Date | null;
  /** The last no-reply escalation, so one silence is raised once. */
  lastNoReplyEscalationAt: Date | null;
  now: Date;
  timeZone: string;
}

/** Prompts on 3+ local days and none answered for 3 days since the first of them. */
export function detectNoReply(input: NoReplyInput): EscalationAction | null {
  const since = input.lastPatientMessageAt?.getTime() ?? -Infinity;
  if (input.lastNoReplyEscalationAt !== null && input.lastNoReplyEscalationAt.getTime() > since) return null;
  const unanswered = input.promptsSentAt.filter((p) => p.getTime() > since && p.getTime() <= input.now.getTime());
  const days = new Set(unanswered.map((p) => DateTime.fromJSDate(p, { zone: input.timeZone }).toISODate()));
  const first = Math.min(...unanswered.map((p) => p.getTime()));
  if (days.size < NO_REPLY_DAYS || input.now.getTime() - first < NO_REPLY_DAYS * 86_400_000) return null;
  return { type: "escalation", level: "therapist", reason: `no reply to prompts on ${days.size} days` };
}

/**
 * The reader's red-flag ids that mean a fall happened (src/reading/red-flags). The reader is the one
 * place that decides what a message reports; a near-fall or fear of falling has none of these ids.
 */
export const FALL_RED_FLAGS: ReadonlySet<string> = new Set(["fall", "fall-cannot-get-up", "fall-head-strike", "head-strike"]);

/** A reported fall, as the reader read it. */
export function isFallReading(redFlags: readonly string[]): boolean {
  return redFlags.some((f) => FALL_RED_FLAGS.has(f));
}

/** A fall pauses the program until the therapist resumes it, and needs a clinician the same day. */
export function fallActions(): Action[] {
  return [
    { type: "pause_program", reason: "patient reported a fall" },
    { type: "escalation", level: "urgent", reason: "patient reported a fall; program paused until the therapist resumes it" },
  ];
}
