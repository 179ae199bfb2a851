import { chooseTemplate, type ChosenTemplate, type WhatsAppTemplates } from "./whatsapp-templates.js";

/**
 * WhatsApp's customer-service window: a business may send free-form text only within 24 hours of
 * the person's last message; after that only an approved template opens a conversation.
 */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60_000;
/** Closes our idea of the window a little early: the send waits in the outbox and Twilio's clock is not ours. */
export const WINDOW_MARGIN_MS = 10 * 60_000;

export function withinWindow(lastInboundAt: Date | null, now: Date): boolean {
  if (lastInboundAt === null) return false;
  return now.getTime() - lastInboundAt.getTime() < WHATSAPP_WINDOW_MS - WINDOW_MARGIN_MS;
}

export type WhatsAppSend = { type: "free_form"; reason: "window_open" | "no_template" } | ({ type: "template" } & ChosenTemplate);

/**
 * Free-form inside the window; outside it, the family's template. With no template configured
 * the text goes free-form anyway: Twilio is the judge of the window, and its 63016 refusal is
 * reported rather than guessed at here.
 */
export function chooseWhatsAppSend(input: {
  text: string;
  family: string | undefined;
  language: string | undefined;
  lastInboundAt: Date | null;
  now: Date;
  templates: WhatsAppTemplates;
}): WhatsAppSend {
  if (withinWindow(input.lastInboundAt, input.now)) return { type: "free_form", reason: "window_open" };
  const template = chooseTemplate(input.templates, input.family, input.language, input.text);
  return template ? { type: "template", ...template } : { type: "free_form", reason: "no_template" };
}
