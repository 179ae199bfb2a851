import { normalise } from "../reading/normalize.js";
import type { Reading } from "../reading/reading.js";
import { asksToStopSurveys, readOutcomeAnswer } from "./answer.js";
import type { QuestionKind } from "./measures.js";

/** The outcome question a patient's next message may answer (stored in OutcomeQuestion). */
export interface OpenQuestion {
  id: string;
  kind: QuestionKind;
  item: number;
  occasion: string;
  /** The activity a PSFS rating is about. */
  activity: string | null;
  /** Already asked again once after an unclear answer. */
  reasked: boolean;
}

/**
 * What one message does to the open outcome question:
 * - `pass`: not an answer (a report, a question, STOP): the conversation engine handles it and the question stays open;
 * - `value` / `activities`: the answer; `skip`: the patient declined this one;
 * - `stop_surveys`: no more questionnaires (reminders go on);
 * - `reask`: unclear, asked again once; `give_up`: unclear again, the question is closed unanswered
 *   and the engine handles the message.
 */
export type OutcomeTurn =
  | { type: "pass" }
  | { type: "value"; value: number }
  | { type: "activities"; names: string[] }
  | { type: "skip" }
  | { type: "stop_surveys" }
  | { type: "reask" }
  | { type: "give_up" };

type TurnReading = Pick<Reading, "kind" | "pain" | "escalate" | "redFlags"> & Partial<Pick<Reading, "sure">>;

/** Kinds the reader is sure of that are never an answer to a questionnaire ("ok then" names no activity). */
const OTHER_BUSINESS = new Set(["done", "partial", "not_done", "question", "schedule", "stop", "start", "help", "chitchat"]);
const PAIN_WORDS = /\b(?:pain|painful|hurts?|hurting|sore|aches?|aching|dolor|duele|duelen|molesta|molestia)\b/;

/** Whether the message needs the engine's triage whatever it answers: a red flag, or an escalation not from a pain score. */
export function needsTriage(reading: TurnReading): boolean {
  return reading.redFlags.length > 0 || (reading.escalate !== "none" && reading.pain === null);
}

export function decideOutcomeTurn(open: OpenQuestion | null, text: string, reading: TurnReading): OutcomeTurn {
  // Naming the questionnaires makes it about them, even with "stop" in it; a bare STOP is an opt-out.
  if (asksToStopSurveys(text)) return { type: "stop_surveys" };
  if (open === null || reading.kind === "stop" || reading.kind === "start" || reading.kind === "help") return { type: "pass" };
  const answer = readOutcomeAnswer(open.kind, text);
  if (answer.type === "skip") return { type: "skip" };
  if (answer.type === "stop_surveys") return { type: "stop_surveys" };
  const otherBusiness = OTHER_BUSINESS.has(reading.kind) && reading.sure !== false;
  // "my knee pain is 6" to a PSFS question is a pain report, not a rating.
  const painReport = open.kind !== "nprs" && reading.kind === "pain" && PAIN_WORDS.test(normalise(text));
  if (answer.type === "not_an_answer") return { type: "pass" };
  if (answer.type === "unclear") {
    if (otherBusiness || painReport || needsTriage(reading)) return { type: "pass" };
    return open.reasked ? { type: "give_up" } : { type: "reask" };
  }
  if (otherBusiness || painReport) return { type: "pass" };
  return answer;
}
