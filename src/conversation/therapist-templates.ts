import { TemplateWriter, loadTemplateBook, type TemplateBook } from "./reply-templates.js";
import type { Lang } from "./types.js";

/** Therapist-facing texts (`prompts/therapist.{en,es}.json`): summaries and the daily digest. */
export function loadTherapistTemplates(lang: Lang = "en"): TemplateBook {
  return loadTemplateBook(`therapist.${lang}.json`);
}

/** Therapist texts never vary: the first variant, always. */
export function therapistWriter(book: TemplateBook): TemplateWriter {
  return new TemplateWriter(book, () => 0);
}

/** "5 h" or "2 d": how long something has been open. */
export function ageText(from: Date, now: Date, t: TemplateWriter): string {
  const hours = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 3_600_000));
  return hours < 48 ? t.fixed("age.hours", { n: hours }) : t.fixed("age.days", { n: Math.floor(hours / 24) });
}
