import { doseWords, frequencyWords, type Dose, type DoseLang, type Frequency } from "./dose-words.js";

/** How a program item's dose reads on the dashboard and the printed handout. Pure. */

export interface PreviewItem extends Dose, Frequency {
  name: string;
  videoUrl?: string;
  notes?: string;
}

/** "3 sets of 10, hold 5 minutes · twice a day, 5 days a week": the same words as the patient's prompt. */
export function doseLine(item: Dose & Frequency, language: DoseLang = "en"): string {
  const often = frequencyWords(item, language);
  return `${doseWords(item, language, "long")}${often ? ` · ${often}` : ""}`;
}

const CHANNEL_LABELS: Record<string, string> = { sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram", teams: "Teams", local: "Web chat" };

/** "SMS · Spanish (usted)": which preview the therapist is reading. */
export function previewLabel(channel: string, language: DoseLang, register: "tu" | "usted"): string {
  return `${CHANNEL_LABELS[channel] ?? channel} · ${language === "es" ? `Spanish (${register})` : "English"}`;
}

export interface SmsFitSummary {
  segments: number;
  encoding: string;
  itemsShown: number;
  videoLinksShown: number;
  accentsDropped: boolean;
}

/** What an SMS preview leaves out and why, in a sentence: the therapist should not have to count. */
export function smsFitNote(fit: SmsFitSummary, total: number): string {
  const parts = [`${fit.segments} SMS segment${fit.segments === 1 ? "" : "s"} (${fit.encoding})`];
  parts.push(fit.itemsShown === total ? `all ${total} exercises` : `${fit.itemsShown} of ${total} exercises; the rest are pointed to on the handout`);
  if (fit.videoLinksShown === fit.itemsShown) parts.push("every video link");
  else parts.push(`${fit.videoLinksShown} of ${fit.itemsShown} video links; the message says how to ask for the others`);
  if (fit.accentsDropped) parts.push("á, í, ó, ú written without accents to stay in the GSM alphabet (3× the room)");
  return `${parts.join(" · ")}.`;
}
