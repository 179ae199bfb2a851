import type { QuickReply } from "../channels/channel.js";
import type { Reading } from "../reading/reading.js";

/** A tapped button says exactly what it means: no reading of free text needed. */
export function readingFromQuickReply(quickReply: QuickReply, exercises: string[]): Reading {
  return {
    kind: quickReply,
    pain: null,
    escalate: "none",
    rule: `quick_reply:${quickReply}`,
    redFlags: [],
    sure: true,
    exercises: quickReply === "done" ? exercises : [],
    source: "rules",
  };
}

export function isQuickReply(value: string | null): value is QuickReply {
  return value === "done" || value === "partial" || value === "not_done" || value === "pain";
}
