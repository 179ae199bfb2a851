import type { Awaiting } from "./dialogue-state.js";
import type { ConversationInput } from "./types.js";

const COMPLETION_KINDS = new Set(["done", "partial", "not_done"]);

/**
 * Whether to ask one short clarifying question instead of recording a guess: the reading is a
 * completion the rules were not sure of, nothing clinical is in it, a prompt is open, and this
 * message is not already the answer to a question (never ask twice in a row).
 */
export function completionToClarify(input: ConversationInput): Awaiting | null {
  const { reading } = input;
  if (reading.sure !== false || !COMPLETION_KINDS.has(reading.kind)) return null;
  if (reading.escalate !== "none" || reading.redFlags.length > 0 || reading.pain !== null) return null;
  if (input.awaiting || input.history.optedOut || input.lastPromptSlugs === null || input.program.length === 0) return null;
  const asked = input.program.filter((item) => input.lastPromptSlugs!.includes(item.slug));
  if (asked.length < 2) return null;
  return { awaiting: "completion", exercises: asked.map((item) => ({ name: item.name, aliases: item.aliases })) };
}
