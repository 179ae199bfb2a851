import { z } from "zod";
import { localDateOf } from "../scheduling/local-time.js";
import { flagReasons, flagWords } from "./red-flag-words.js";
import { completedDaysInLastWeek } from "./streaks.js";
import { PAIN_BASELINE, painBaseline } from "./trends.js";
import type { EscalationAction, PainScore } from "./types.js";

/**
 * What a clinician reads in five seconds: one headline in plain words, why it was flagged, the
 * patient's own words, pain and adherence as small figures, and what hepbot already told them.
 * Stored as JSON with the escalation; every view (inbox, patient page, alert, digest) renders it.
 * Times are instants: each view shows them in the clinic's zone, labelled.
 */
export const EscalationCardSchema = z.object({
  version: z.literal(1),
  level: z.enum(["therapist", "urgent", "emergency"]),
  headline: z.string(),
  why: z.array(z.string()),
  message: z.object({ text: z.string(), at: z.coerce.date() }).nullable(),
  pain: z.object({
    /** The score in this message, else the latest on record. */
    latest: z.number().int().min(0).max(10).nullable(),
    /** The patient's usual score lately (median of the recent ones before this), when there are enough. */
    usual: z.number().nullable(),
    /** Recent scores, oldest first, this one included. */
    recent: z.array(z.number().int().min(0).max(10)),
  }),
  adherence: z.object({ done: z.number().int().min(0), of: z.number().int().min(0) }),
  /** hepbot's reply to the message, as the patient received it. */
  told: z.string().nullable(),
});
export type EscalationCard = z.output<typeof EscalationCardSchema>;

export interface EscalationCardInput {
  escalation: Pick<EscalationAction, "level" | "reason">;
  /** Ids of the red-flag rules the reading matched. */
  redFlags: readonly string[];
  /** The patient message that raised it (absent for a scheduler finding such as no reply). */
  message: { text: string; at: Date } | null;
  /** The score stated in this message, if any. */
  pain: number | null;
  /** Exercises the message named. */
  exercises: readonly string[];
  /** Pain scores on record before this message. */
  previousPain: readonly PainScore[];
  completionDates: readonly string[];
  /** hepbot's reply to this message, or null when it sent none. */
  told: string | null;
  now: Date;
  /** The patient's zone: which local days count as the last seven. */
  patientTimeZone: string;
}

const RECENT_PAIN = 5;

export function buildEscalationCard(input: EscalationCardInput): EscalationCard {
  const since = input.now.getTime() - PAIN_BASELINE.windowDays * 86_400_000;
  const previous = input.previousPain.filter((s) => s.at.getTime() >= since && s.at.getTime() <= input.now.getTime());
  const sorted = [...previous].sort((a, b) => a.at.getTime() - b.at.getTime()).map((s) => s.score);
  const recent = (input.pain === null ? sorted : [...sorted, input.pain]).slice(-RECENT_PAIN);
  const usual = painBaseline([...previous], input.now);
  const latest = input.pain ?? recent.at(-1) ?? null;
  const today = localDateOf(input.now, input.patientTimeZone);

  return {
    version: 1,
    level: input.escalation.level,
    headline: headline(input, usual),
    why: why(input),
    message: input.message,
    pain: { latest, usual, recent },
    adherence: { done: completedDaysInLastWeek(input.completionDates, today), of: 7 },
    told: input.told,
  };
}

/** "Possible stroke signs", "Pain 7/10 after Squats — up from 3 recently", or the reason itself. */
function headline(input: EscalationCardInput, usual: number | null): string {
  const pain = input.pain === null ? null : painHeadline(input.pain, input.exercises, usual);
  if (input.redFlags.length > 0) {
    const flags = [...new Set(input.redFlags)].map(flagWords);
    const named = flags.length <= 2 ? flags.join(" and ") : `${flags.slice(0, 2).join(", ")} and ${flags.length - 2} more`;
    return pain === null ? named : `${named} · ${pain.charAt(0).toLowerCase()}${pain.slice(1)}`;
  }
  if (pain !== null) return pain;
  return sentence(otherReasons(input.escalation.reason)[0] ?? input.escalation.reason);
}

function painHeadline(score: number, exercises: readonly string[], usual: number | null): string {
  const after = exercises.length > 0 ? ` after ${exercises.join(", ")}` : "";
  const trend = usual === null ? "" : score > usual ? ` — up from ${usual} recently` : score < usual ? ` — down from ${usual} recently` : " — about their usual";
  return `Pain ${score}/10${after}${trend}`;
}

/** The rules that fired, in words: red flags first, then pain and the other findings. */
function why(input: EscalationCardInput): string[] {
  const reasons = flagReasons(input.redFlags, input.message?.text ?? null);
  for (const reason of otherReasons(input.escalation.reason)) {
    const pain = /^pain (\d+)\/10$/.exec(reason);
    if (pain) reasons.push(`Pain ${pain[1]}/10: 8 or more is urgent, 5 to 7 is for your review.`);
    else if (/^triaged /.test(reason)) reasons.push(`The message reader judged it ${reason.slice("triaged ".length)} without naming a red flag.`);
    else reasons.push(`${sentence(reason)}.`);
  }
  return reasons;
}

/** The escalation reason is "red flags: a, b; pain 7/10; …": the parts other than the flag list. */
function otherReasons(reason: string): string[] {
  return reason
    .split("; ")
    .map((r) => r.trim())
    .filter((r) => r.length > 0 && !r.startsWith("red flags:"));
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stored card, or null when the row predates cards or the JSON is not one (never throws). */
export function parseStoredCard(json: string | null): EscalationCard | null {
  if (json === null) return null;
  try {
    const parsed = EscalationCardSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
