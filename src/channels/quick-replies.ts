import type { QuickReply } from "./channel.js";

/**
 * Reply-button labels per language, and the one place that maps a tap back to a reading
 * (Telegram buttons, WhatsApp template quick replies).
 * Buttons carry `qr:<reading>:<lang>` as callback data so a tap needs no label lookup
 * (labels may change between the prompt and the tap) and the inbound text can be the label the patient saw.
 */

export const QUICK_REPLY_LABELS = {
  en: { done: "Done", partial: "Some", not_done: "Not today", pain: "Pain" },
  es: { done: "Hecho", partial: "Algunos", not_done: "Hoy no", pain: "Dolor" },
} as const satisfies Record<string, Record<QuickReply, string>>;

export type LabelLanguage = keyof typeof QUICK_REPLY_LABELS;

const QUICK_REPLIES: readonly QuickReply[] = ["done", "partial", "not_done", "pain"];
const CALLBACK_PREFIX = "qr";

/** "es", "es-MX", "ES_mx" → "es"; anything unknown or absent → "en". */
export function labelLanguage(language: string | undefined): LabelLanguage {
  const base = language?.trim().toLowerCase().split(/[-_]/)[0];
  return base !== undefined && base in QUICK_REPLY_LABELS ? (base as LabelLanguage) : "en";
}

export function quickReplyLabel(reply: QuickReply, language?: string): string {
  return QUICK_REPLY_LABELS[labelLanguage(language)][reply];
}

export interface QuickReplyButton {
  label: string;
  /** Telegram callback data (at most 64 bytes). */
  data: string;
}

export function quickReplyButtons(replies: readonly QuickReply[], language?: string): QuickReplyButton[] {
  const lang = labelLanguage(language);
  return replies.map((reply) => ({
    label: QUICK_REPLY_LABELS[lang][reply],
    data: `${CALLBACK_PREFIX}:${reply}:${lang}`,
  }));
}

export interface QuickReplyTap {
  reply: QuickReply;
  /** The label in the language the button was shown in. */
  label: string;
}

/** Reads the callback data of a button tap; undefined for data hepbot did not put there. */
export function parseQuickReplyData(data: string): QuickReplyTap | undefined {
  const [prefix, reply, lang] = data.split(":");
  if (prefix !== CALLBACK_PREFIX || !isQuickReply(reply)) return undefined;
  return { reply, label: quickReplyLabel(reply, lang) };
}

function isQuickReply(value: string | undefined): value is QuickReply {
  return QUICK_REPLIES.includes(value as QuickReply);
}
