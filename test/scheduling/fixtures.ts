import { type DuePrompt, type PlannerAssignment, planDuePrompts } from "../../src/scheduling/planner.js";

/** A patient's assignment with sensible defaults; override what the test is about. */
export function anAssignment(overrides: Partial<PlannerAssignment> = {}): PlannerAssignment {
  return {
    assignmentId: "asg-1",
    patientId: "pat-1",
    timeZone: "America/New_York",
    reminderTimes: ["08:00"],
    weekdays: [],
    quietHours: null,
    startDate: "2026-01-01",
    endDate: null,
    consent: "opted_in",
    pause: null,
    ...overrides,
  };
}

/** Rosa, in New York: morning and evening prompts, quiet overnight. */
export const RosaInNewYork = anAssignment({
  assignmentId: "asg-rosa",
  patientId: "pat-rosa",
  timeZone: "America/New_York",
  reminderTimes: ["08:00", "19:30"],
  quietHours: { start: "21:00", end: "07:00" },
});

/** Jordi, in Madrid. */
export const JordiInMadrid = anAssignment({
  assignmentId: "asg-jordi",
  patientId: "pat-jordi",
  timeZone: "Europe/Madrid",
  reminderTimes: ["08:00"],
});

/** Mia, in Sydney: a day ahead of UTC for most of her waking hours. */
export const MiaInSydney = anAssignment({
  assignmentId: "asg-mia",
  patientId: "pat-mia",
  timeZone: "Australia/Sydney",
  reminderTimes: ["08:00"],
});

export const at = (iso: string): Date => new Date(iso);

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Plans (from, to] in one call. */
export function plan(assignments: PlannerAssignment[], fromIso: string, toIso: string): DuePrompt[] {
  return planDuePrompts(assignments, { from: at(fromIso), to: at(toIso) });
}

/**
 * Runs the planner the way the cron tick does: back-to-back windows of `stepMs` from
 * `fromIso` to `toIso`, concatenating what each tick returns.
 */
export function sweep(assignments: PlannerAssignment[], fromIso: string, toIso: string, stepMs = MINUTE): DuePrompt[] {
  const out: DuePrompt[] = [];
  const end = at(toIso).getTime();
  for (let t = at(fromIso).getTime(); t < end; t += stepMs) {
    out.push(...planDuePrompts(assignments, { from: new Date(t), to: new Date(Math.min(t + stepMs, end)) }));
  }
  return out;
}

/** Compact view of prompts for assertions. */
export function summary(prompts: DuePrompt[]): Array<{ localDate: string; slot: string; dueAt: string }> {
  return prompts.map((p) => ({ localDate: p.localDate, slot: p.slot, dueAt: p.dueAt.toISOString() }));
}
