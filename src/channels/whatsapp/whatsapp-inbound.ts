import { z } from "zod";
import type { InboundMedia, InboundMessage, QuickReply } from "../channel.js";
import { parseQuickReplyData } from "../quick-replies.js";
import { isWhatsAppAddress } from "./whatsapp-address.js";

/** Twilio's inbound WhatsApp webhook form, in hepbot's terms. Twilio adds fields over time: unknown ones are kept out, not refused. */

const InboundWhatsAppSchema = z.looseObject({
  MessageSid: z.string().min(1),
  From: z.string().refine(isWhatsAppAddress, "must be whatsapp:+E164"),
  Body: z.string().default(""),
  NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  /** A tapped quick-reply button of a template: its id. */
  ButtonPayload: z.string().optional(),
  ButtonText: z.string().optional(),
});

const QUICK_REPLIES: readonly string[] = ["done", "partial", "not_done", "pain"] satisfies QuickReply[];

export function parseInboundWhatsApp(form: Record<string, unknown>, receivedAt: Date): InboundMessage | null {
  const parsed = InboundWhatsAppSchema.safeParse(form);
  if (!parsed.success) return null;
  const { MessageSid, From, Body, NumMedia, ButtonPayload, ButtonText } = parsed.data;
  const media = mediaOf(form, NumMedia);
  const quickReply = ButtonPayload !== undefined ? quickReplyOf(ButtonPayload) : undefined;
  return {
    channel: "whatsapp",
    platformMessageId: MessageSid,
    address: From,
    text: Body !== "" ? Body : (ButtonText ?? ""),
    receivedAt,
    ...(quickReply ? { quickReply } : {}),
    ...(media.length > 0 ? { media } : {}),
  };
}

/** Button ids are the reading itself ("done"), or Telegram's callback form ("qr:done:es"). */
export function quickReplyOf(payload: string): QuickReply | undefined {
  const id = payload.trim().toLowerCase();
  if (QUICK_REPLIES.includes(id)) return id as QuickReply;
  return parseQuickReplyData(id)?.reply;
}

function mediaOf(form: Record<string, unknown>, count: number): InboundMedia[] {
  const media: InboundMedia[] = [];
  for (let i = 0; i < count; i++) {
    const url = form[`MediaUrl${i}`];
    const contentType = form[`MediaContentType${i}`];
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) continue;
    media.push({ url, contentType: typeof contentType === "string" && contentType !== "" ? contentType : "application/octet-stream" });
  }
  return media;
}
