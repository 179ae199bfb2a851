import { TemplateWriter, type TemplateBook } from "../conversation/reply-templates.js";
import type { Lang } from "../conversation/types.js";
import type { Reading } from "../reading/reading.js";

/** The escalation reason of a message hepbot could not process: the therapist reads it themselves. */
export const UNPROCESSED_REASON = "message not processed";

/** Recorded for a message whose reading or decision failed: nothing was read from it. */
export const NOT_PROCESSED_READING: Reading = {
  kind: "other",
  pain: null,
  escalate: "urgent",
  rule: "not-processed",
  redFlags: [],
  sure: false,
  exercises: [],
  source: "rules",
};

/** The therapist's summary: the patient's own words, since nothing could be read from them. */
export function notProcessedSummary(body: string): string {
  return `hepbot could not process this message; please read it: "${body}"`;
}

/**
 * What the patient is told when their message could not be processed: it was passed on, and
 * what to do if it cannot wait. Every inbound message gets a reply, this one included.
 */
export function notProcessedReply(templates: Record<Lang, TemplateBook>, lang: Lang, emergencyNumber: string): string {
  return new TemplateWriter(templates[lang], () => 0).fixed("not_processed", { emergencyNumber });
}
