import type { InboundMedia } from "../channels/channel.js";

/**
 * Attachments are passed on to the therapist, not read: the patient is told so. Which wording
 * fits the first attachment, and how it joins the reply to the message's text.
 */
export type MediaNoteFamily = "media_photo" | "media_voice" | "media_other";

export function mediaNoteFamily(media: readonly InboundMedia[]): MediaNoteFamily | null {
  const first = media[0];
  if (!first) return null;
  const type = first.contentType.toLowerCase();
  if (type.startsWith("image/")) return "media_photo";
  if (type.startsWith("audio/")) return "media_voice";
  return "media_other";
}

/** With no words from the patient there is nothing to answer but the attachment itself. */
export function replyWithMediaNote(reply: string | null, patientText: string, note: string): string {
  if (reply === null || patientText.trim() === "") return note;
  return `${reply}\n\n${note}`;
}

/** The stored JSON column back into references; anything unreadable counts as no media. */
export function parseStoredMedia(json: string | null): InboundMedia[] {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value)
      ? value.filter((m): m is InboundMedia => typeof m?.url === "string" && typeof m?.contentType === "string")
      : [];
  } catch {
    return [];
  }
}
