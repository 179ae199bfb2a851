/**
 * Whether a patient may be sent prompts today: the one rule the planner, the nudges and the
 * dispatcher share. Pure: no database, no clock.
 */

/** A patient's consent to exercise messages. One opt-out silences every channel. */
export type Consent = "opted_in" | "opted_out";

export const CONSENTS: readonly Consent[] = ["opted_in", "opted_out"];

/** What the consent history records: consent changes, and pauses starting and ending. */
export type ConsentEventState = Consent | "paused" | "resumed";

/** Outbox kinds that exist only to keep a patient exercising; consent and pauses stop them. */
export const PATIENT_PROMPT_KINDS = ["prompt", "nudge", "outcome"] as const;

/**
 * A pause of the patient's reminders. `untilLocalDate`: the local date prompts resume (exclusive
 * end); null = until someone resumes them. `fromLocalDate`: the first paused day of a pause asked
 * for ahead ("no reminders from the 20th to the 27th"); null = from when it was asked.
 */
export interface Pause {
  fromLocalDate?: string | null;
  untilLocalDate: string | null;
}

export interface PromptState {
  consent: Consent;
  pause: Pause | null;
}

export type PromptBlock = "opted out" | "paused";

/** Why no prompt may go to this patient on this local date, or null when one may. */
export function promptBlock(patient: PromptState, localDate: string): PromptBlock | null {
  if (patient.consent === "opted_out") return "opted out";
  if (pausedOn(patient.pause, localDate)) return "paused";
  return null;
}

/** Blocked on every day from now on: opted out, or paused until someone resumes, starting now. */
export function blockedForGood(patient: PromptState): boolean {
  return patient.consent === "opted_out" || (patient.pause !== null && patient.pause.untilLocalDate === null && patient.pause.fromLocalDate == null);
}

function pausedOn(pause: Pause | null, localDate: string): boolean {
  if (pause === null) return false;
  if (pause.fromLocalDate != null && localDate < pause.fromLocalDate) return false;
  // A pause ending on a date resumes that day.
  return pause.untilLocalDate === null || localDate < pause.untilLocalDate;
}

/** A stored consent column. Anything but an explicit opt-in is read as opted out: the safe side. */
export function parseConsent(value: string): Consent {
  return value === "opted_in" ? "opted_in" : "opted_out";
}

/** The patient's prompt state from its database columns. */
export function promptStateOf(row: { consent: string; pausedAt: Date | string | null; pausedUntil: string | null; pausedFrom: string | null }): PromptState {
  return {
    consent: parseConsent(row.consent),
    pause: row.pausedAt ? { untilLocalDate: row.pausedUntil, fromLocalDate: row.pausedFrom } : null,
  };
}
