import type { EscalationLevel } from "../../../src/reading/reading.js";

/** One way of saying a symptom, in the patient's words and in a relative's. */
export interface Wording {
  syndrome: string;
  level: EscalationLevel;
  first: string;
  /** Third person: {he} {his} {him} (English), or already in the third person (Spanish). */
  third: string;
  pain?: number;
  /** Asks for the therapist: a question or "other" (the team's dev set accepts either), whatever the frame. */
  asksForTherapist?: boolean;
}
