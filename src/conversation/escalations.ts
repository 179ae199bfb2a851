import { maxLevel } from "../reading/reading.js";
import { detectPainRise } from "./trends.js";
import type { Action, ConversationInput, EscalationAction, EscalationLevel } from "./types.js";

/**
 * Who must look at a message, and how fast: the reader's level, the stated pain and the pain
 * trend, merged into one escalation per message. Pure.
 */
export function triage(input: ConversationInput): EscalationAction[] {
  const { reading } = input;
  const found: EscalationAction[] = [];
  if (reading.escalate !== "none") {
    const flags = reading.redFlags.length > 0 ? `red flags: ${reading.redFlags.join(", ")}` : `triaged ${reading.escalate}`;
    found.push({ type: "escalation", level: reading.escalate, reason: flags });
  }
  if (reading.pain !== null && reading.pain >= 5) {
    found.push({ type: "escalation", level: reading.pain >= 8 ? "urgent" : "therapist", reason: `pain ${reading.pain}/10` });
  }
  if (reading.pain !== null) {
    const rise = detectPainRise(reading.pain, input.history.recentPain, input.now);
    if (rise !== null) found.push(rise);
  }
  return found;
}

export function strongest(escalations: EscalationAction[]): EscalationLevel {
  return maxLevel(...escalations.map((e) => e.level));
}

/** One escalation per message: the strongest level, every reason. */
export function merge(escalations: EscalationAction[]): EscalationAction | null {
  if (escalations.length === 0) return null;
  const reasons = [...new Set(escalations.map((e) => e.reason))];
  return { type: "escalation", level: strongest(escalations) as EscalationAction["level"], reason: reasons.join("; ") };
}

export function withEscalation(actions: Action[], escalations: EscalationAction[]): Action[] {
  const merged = merge(escalations);
  return merged === null ? actions : [...actions, merged];
}

/** The reply family that tells the patient their therapist will look at it, by what the message was. */
export function therapistFamily(kind: ConversationInput["reading"]["kind"]): string {
  switch (kind) {
    case "done":
    case "partial":
      return "completion.therapist";
    case "not_done":
      return "not_done.therapist";
    case "pain":
      return "pain.therapist";
    default:
      return "escalation.therapist";
  }
}
