import { DateTime } from "luxon";
import type { EscalationCard } from "./escalation-card.js";
import type { TemplateWriter } from "./reply-templates.js";

/** Where a card is shown as text: SMS is kept to two segments; chat apps get the whole card. */
export type CardTextTarget = "sms" | "chat" | "summary";

export interface CardTextOptions {
  /** The clinic's zone: every time on the card is shown in it, labelled. */
  timeZone: string;
  locale: string;
}

const SMS_CHARS = 300;
const SMS_QUOTE = 80;

/** "Dec 2, 06:58 CET": a time in the clinic's zone with the zone's name beside it. */
export function clinicTime(at: Date, options: CardTextOptions): string {
  return DateTime.fromJSDate(at, { zone: options.timeZone }).setLocale(options.locale).toFormat("MMM d, HH:mm ZZZZ");
}

/** "7/10, usually 3 (2, 3, 7)" or "none on record". */
export function painFigure(card: EscalationCard, t: TemplateWriter): string {
  const { latest, usual, recent } = card.pain;
  if (latest === null) return t.fixed("card.pain_none");
  const trend = recent.length > 1 ? ` (${recent.join(", ")})` : "";
  return usual === null ? t.fixed("card.pain_figure", { latest, trend }) : t.fixed("card.pain_figure_usual", { latest, usual, trend });
}

export function adherenceFigure(card: EscalationCard, t: TemplateWriter): string {
  return t.fixed("card.adherence_figure", { done: card.adherence.done, of: card.adherence.of });
}

/**
 * The card as text. `summary` is what the escalation row keeps for the API and older readers;
 * `chat` is the alert for Telegram and Teams; `sms` is the alert cut to fit two SMS segments.
 */
export function cardText(card: EscalationCard, patientName: string, target: CardTextTarget, t: TemplateWriter, options: CardTextOptions): string {
  const level = t.fixed(`card.level.${card.level}`);
  if (target === "sms") {
    const quote = card.message ? ` "${clip(card.message.text, SMS_QUOTE)}"` : "";
    return clip(t.fixed("card.sms", { level, patient: patientName, headline: card.headline, quote }), SMS_CHARS);
  }
  const lines = target === "chat" ? [t.fixed("card.chat_title", { level, patient: patientName }), card.headline] : [`${level}: ${card.headline}`];
  if (card.why.length > 0) lines.push(t.fixed("card.why", { why: card.why.join(" ") }));
  if (card.message) lines.push(t.fixed("card.message", { when: clinicTime(card.message.at, options), text: flat(card.message.text) }));
  lines.push(t.fixed("card.figures", { pain: painFigure(card, t), adherence: adherenceFigure(card, t) }));
  if (card.told) lines.push(t.fixed("card.told", { text: flat(card.told) }));
  if (target === "chat") lines.push(t.fixed("card.open_inbox"));
  return lines.join("\n");
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function clip(text: string, chars: number): string {
  const f = flat(text);
  return f.length <= chars ? f : `${f.slice(0, chars - 1)}…`;
}
