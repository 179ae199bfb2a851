import { DEFAULT_EMERGENCY_NUMBER } from "../conversation/engine.js";
import { TemplateWriter, type TemplateBook } from "../conversation/reply-templates.js";
import { asSentOn } from "../conversation/sms-length.js";
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
 * What the patient is told when their message could not be processed, as sent on their channel:
 * it was passed on, and what to do if it cannot wait (the clinic's emergency number, or the
 * default). Every inbound message gets a reply, this one included.
 */
export function notProcessedReply(templates: Record<Lang, TemplateBook>, lang: Lang, clinicEmergencyNumber: string | null | undefined, channel: string): string {
  const emergencyNumber = clinicEmergencyNumber || DEFAULT_EMERGENCY_NUMBER;
  return asSentOn(channel, new TemplateWriter(templates[lang], () => 0).fixed("not_processed", { emergencyNumber }));
}
