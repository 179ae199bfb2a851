import { addLocalDays, isoWeekday, localDateOf, localInstant } from "../scheduling/local-time.js";
import { seededRandom } from "../core/seeded-random.js";
import { DEMO_SCRIPTS, type DayScript, type DemoPersona, type ScriptedAnswer } from "./demo-scripts.js";

/**
 * Four weeks of a demo patient's life with hepbot, planned relative to `now`: the prompts that went
 * out, what the patient answered, what hepbot replied and what each answer meant (completion, pain,
 * escalation, schedule change). Pure and deterministic: the same inputs and seed give the same plan.
 */

export const DEMO_HISTORY_DAYS = 28;

export interface DemoPatientInput {
  persona: DemoPersona;
  firstName: string;
  timeZone: string;
  /** The reminder times the patient starts with; a scripted schedule change moves them. */
  reminderTimes: string[];
  /** ISO weekdays the assignment prompts on (every day when absent), as the planner keeps to. */
  weekdays?: number[];
}

export interface PlannedPrompt {
  localDate: string;
  slot: string;
  at: Date;
}

export type PlannedEffect =
  | { type: "completion"; status: "done" | "partial"; slot: string }
  | { type: "pain"; score: number | null }
  | { type: "escalation"; level: "therapist" | "urgent"; reason: string; summary: string; resolved: { afterHours: number; note: string } | null }
  | { type: "schedule"; reminderTimes: string[] };

export interface PlannedExchange {
  localDate: string;
  at: Date;
  text: string;
  /** What the script means the words to say; the seed stores the reader's own reading, and a test keeps the two agreeing. */
  reading: { kind: string; pain: number | null; escalate: "none" | "therapist" | "urgent" };
  reply: string;
  replyAt: Date;
  effects: PlannedEffect[];
}

export interface DemoHistoryPlan {
  /** The local date the program started: the first day of the history. */
  startDate: string;
  prompts: PlannedPrompt[];
  exchanges: PlannedExchange[];
  /** The reminder times after any scheduled change. */
  reminderTimes: string[];
}

const MINUTE_MS = 60_000;

export function planDemoHistory(patient: DemoPatientInput, now: Date, seed: number): DemoHistoryPlan {
  const random = seededRandom(seed);
  const script = DEMO_SCRIPTS[patient.persona];
  const today = localDateOf(now, patient.timeZone);
  const startDate = addLocalDays(today, -(DEMO_HISTORY_DAYS - 1));
  const prompts: PlannedPrompt[] = [];
  const exchanges: PlannedExchange[] = [];
  let reminderTimes = patient.reminderTimes;

  for (let offset = -(DEMO_HISTORY_DAYS - 1); offset <= 0; offset++) {
    const localDate = addLocalDays(today, offset);
    const day: DayScript = script.day(offset, random);
    const timesToday = patient.weekdays && !patient.weekdays.includes(isoWeekday(localDate)) ? [] : reminderTimes;
    for (const [index, slot] of timesToday.entries()) {
      const promptAt = localInstant(localDate, slot, patient.timeZone);
      if (promptAt >= now) continue;
      prompts.push({ localDate, slot, at: promptAt });
      const answer: ScriptedAnswer | null = day.answers[index] ?? null;
      if (answer === null) continue;
      const at = new Date(promptAt.getTime() + Math.round(8 + random() * 100) * MINUTE_MS);
      if (at >= now) continue;
      const effects: PlannedEffect[] = [];
      if (answer.completion) effects.push({ type: "completion", status: answer.completion, slot });
      if (answer.pain !== undefined) effects.push({ type: "pain", score: answer.pain });
      if (answer.escalation) {
        const resolved = answer.escalation.resolution && offset < 0 ? answer.escalation.resolution : null;
        effects.push({ type: "escalation", level: answer.escalation.level, reason: answer.escalation.reason, summary: answer.escalation.summary, resolved });
      }
      if (answer.reminderTimes) {
        effects.push({ type: "schedule", reminderTimes: answer.reminderTimes });
        reminderTimes = answer.reminderTimes;
      }
      exchanges.push({
        localDate,
        at,
        text: answer.text,
        reading: { kind: answer.kind, pain: answer.pain ?? null, escalate: answer.escalation?.level ?? "none" },
        reply: answer.reply.replaceAll("{name}", patient.firstName),
        replyAt: new Date(at.getTime() + 2_000),
        effects,
      });
    }
  }
  return { startDate, prompts, exchanges, reminderTimes };
}
