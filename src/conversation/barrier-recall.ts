import { findBarrier, type BarrierFound, type Register } from "./barriers.js";
import type { Lang } from "./types.js";

/** How far back a stated barrier is still "yesterday". */
const RECALL_WITHIN_MS = 36 * 3_600_000;

/**
 * The barrier the patient named most recently, for the next prompt or nudge to refer back to
 * ("Yesterday work got in the way…"). Derived from their own recent messages; meant to move to the
 * per-patient conversation state once that exists. Doubt is left to the conversation, not a prompt.
 */
export function recallBarrier(inbound: ReadonlyArray<{ text: string; at: Date }>, now: Date, lang: Lang, register: Register = "usted"): BarrierFound | null {
  const recent = inbound
    .filter((m) => now.getTime() - m.at.getTime() <= RECALL_WITHIN_MS && m.at.getTime() <= now.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const message of recent) {
    const found = findBarrier(message.text, lang, register);
    if (found !== null) return found.barrier === "doubt" ? null : found;
  }
  return null;
}
