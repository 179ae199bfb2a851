/** Twilio names WhatsApp senders and recipients `whatsapp:+E164`; hepbot stores them in that form too. */

export const WHATSAPP_PREFIX = "whatsapp:";
const E164 = /^\+[1-9]\d{6,14}$/;

/** "+34600111222" or "whatsapp:+34600111222" → "whatsapp:+34600111222"; null for anything else. */
export function toWhatsAppAddress(value: string): string | null {
  const trimmed = value.trim();
  const number = trimmed.startsWith(WHATSAPP_PREFIX) ? trimmed.slice(WHATSAPP_PREFIX.length) : trimmed;
  return E164.test(number) ? `${WHATSAPP_PREFIX}${number}` : null;
}

export function isWhatsAppAddress(value: string): boolean {
  return value.startsWith(WHATSAPP_PREFIX) && E164.test(value.slice(WHATSAPP_PREFIX.length));
}
