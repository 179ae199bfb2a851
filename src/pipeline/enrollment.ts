import type { InboundMessage } from "../channels/channel.js";

/** A code typed on its own ("K7P2QX") or after "link"/"code", as a patient would paste it. */
const TYPED_CODE = /^(?:(?:link|code|codigo|código)\s+)?([A-Za-z0-9]{6,10})$/i;

export function presentedCode(message: InboundMessage): string | null {
  if (message.linkCode) return message.linkCode.toUpperCase();
  const typed = TYPED_CODE.exec(message.text.trim());
  return typed?.[1] && /\d/.test(typed[1]) ? typed[1].toUpperCase() : null;
}
