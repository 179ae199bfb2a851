import type { ChannelName } from "../channels/channel.js";
import type { EscalationLevel, Reading } from "../reading/reading.js";
import type { Awaiting } from "./dialogue-state.js";

/** What the engine consumes from the reader's `Reading` (src/reading/reading.ts); the rest is the reader's business. */
export type ConversationReading = Pick<Reading, "kind" | "pain" | "escalate" | "redFlags" | "exercises"> & Partial<Pick<Reading, "sure">>;
export type { EscalationLevel };

export type Lang = "en" | "es";

/** One item of the patient's current program, already resolved into the patient's language. */
export interface ProgramItem {
  slug: string;
  name: string;
  aliases: string[];
  sets: number;
  reps: number;
  holdSeconds: number;
  timesPerDay: number;
  instructions: string[];
  cues: string[];
  commonMistakes: string[];
  videoUrl: string;
}

export interface PainScore {
  score: number;
  at: Date;
}

export interface PatientHistory {
  /** Local dates (yyyy-MM-dd, patient's zone) with a recorded completion, done or partial. */
  completionDates: string[];
  /** Recent pain scores, any order; the engine keeps what the baseline needs. */
  recentPain: PainScore[];
  /** Reminders paused (vacation, or a fall until the therapist resumes). */
  paused: boolean;
  optedOut: boolean;
  /** hepbot's last few replies to this patient, newest first (may be empty). */
  recentReplies?: RecentReply[];
}

/** Clinic details a patient may be given. Never the therapist's private details. */
export interface ClinicInfo {
  name: string;
  /** Local emergency number (911, 112…); 911 when the clinic has none set. */
  emergencyNumber?: string;
  /** How to reach the clinic, e.g. a phone number or "call the front desk at 555-0100"; "" when none is set (the sentence is left out). */
  contact: string;
  /** Crisis line given with self-harm replies besides the emergency number (988 in the US, 024 in Spain). */
  crisisLine?: string;
  /** How Spanish replies address the patient; usted unless the clinic chose tú. */
  spanishRegister?: "tu" | "usted";
}

/** A reply hepbot sent this patient recently: what "already asked" is judged from. */
export interface RecentReply {
  text: string;
  at: Date;
}

/** Everything the engine decides from. No patient names or phone numbers: nothing here can leak them. */
export interface ConversationInput {
  reading: ConversationReading;
  text: string;
  lang: Lang;
  channel: ChannelName;
  now: Date;
  /** IANA zone of the patient. */
  timeZone: string;
  program: ProgramItem[];
  /** Slugs the last prompt asked about, or null when there was none. */
  lastPromptSlugs: string[] | null;
  history: PatientHistory;
  clinic: ClinicInfo;
  /** The question hepbot asked and this message answers, if one is open. */
  awaiting?: Awaiting | null;
  /** The patient's standing reminder times (local HH:mm): what "add" and "instead of" change. */
  reminderTimes?: string[];
}

export type ScheduleChange =
  | { kind: "reminder_time"; times: string[] }
  /** Reminders start again on `untilLocalDate` (yyyy-MM-dd); null pauses until the patient resumes. */
  | { kind: "pause"; untilLocalDate: string | null; fromLocalDate?: string }
  | { kind: "resume" }
  /** ISO weekdays (1 = Mon … 7 = Sun) the patient wants no reminders on, from now on; [] = every day again. */
  | { kind: "days_off"; weekdays: number[] };

export type Action =
  | { type: "completion"; status: "done" | "partial"; exercises: string[] }
  | { type: "pain_report"; score: number | null; text: string }
  | { type: "escalation"; level: Exclude<EscalationLevel, "none">; reason: string }
  | { type: "schedule"; change: ScheduleChange }
  | { type: "consent"; state: "opted_out" | "opted_in" }
  | { type: "pause_program"; reason: string }
  /** Asked the patient something: their next message is read as the answer (stored until it expires). */
  | { type: "await"; state: Awaiting }
  /** One extra reminder at `at`, leaving the standing schedule alone ("remind me tonight at 9"). */
  | { type: "one_off_reminder"; at: Date; text: string };

export interface Reply {
  text: string;
  /** Id of the template used, `family#variant` (e.g. `done.streak#2`), so every reply can be traced to its file. */
  template: string;
}

export interface ConversationOutcome {
  reply: Reply | null;
  actions: Action[];
}

export type EscalationAction = Extract<Action, { type: "escalation" }>;
