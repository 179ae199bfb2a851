import { z } from "zod";
import type { InboundMessage } from "../channel.js";
import { parseQuickReplyData } from "../quick-replies.js";

/**
 * Telegram update → InboundMessage, as a pure function. Only the fields hepbot uses are parsed;
 * Telegram adds fields freely, so unknown ones are ignored rather than rejected.
 */

const chatSchema = z.object({ id: z.number().int(), type: z.string() });

const messageSchema = z.object({
  date: z.number().optional(),
  chat: chatSchema,
  text: z.string().optional(),
  caption: z.string().optional(),
});

const updateSchema = z.object({
  update_id: z.number().int().nonnegative(),
  message: messageSchema.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: z.object({ id: z.number().int() }),
      data: z.string().optional(),
      message: z.object({ chat: chatSchema }).optional(),
    })
    .optional(),
});

export type TranslatedUpdate =
  | { kind: "message"; message: InboundMessage }
  /** A reply-button tap: the callback query must be answered so the client stops its spinner. */
  | { kind: "tap"; message: InboundMessage; callbackQueryId: string }
  /** A tap on something hepbot did not send (old or foreign buttons): answer it, store nothing. */
  | { kind: "unknown_tap"; callbackQueryId: string }
  | { kind: "ignored"; reason: string };

/** Deep-link payloads are limited by Telegram to 1–64 of A–Z, a–z, 0–9, _ and -. */
const START_COMMAND = /^\/start(?:@(\w+))?(?:\s+([A-Za-z0-9_-]{1,64}))?\s*$/;

export function translateUpdate(raw: unknown, options: { botUsername: string; now: Date }): TranslatedUpdate {
  const parsed = updateSchema.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "not an update hepbot understands" };
  const update = parsed.data;
  const platformMessageId = String(update.update_id);

  if (update.message) {
    const { chat, text, caption, date } = update.message;
    // Health information must not go to a group, so hepbot talks only in one-to-one chats.
    if (chat.type !== "private") return { kind: "ignored", reason: `message in a ${chat.type} chat` };
    const body = text ?? caption ?? "";
    const message: InboundMessage = {
      channel: "telegram",
      platformMessageId,
      address: String(chat.id),
      text: body,
      receivedAt: date !== undefined ? new Date(date * 1000) : options.now,
    };
    const linkCode = startLinkCode(body, options.botUsername);
    if (linkCode !== undefined) message.linkCode = linkCode;
    return { kind: "message", message };
  }

  if (update.callback_query) {
    const query = update.callback_query;
    const tap = query.data !== undefined ? parseQuickReplyData(query.data) : undefined;
    if (!tap) return { kind: "unknown_tap", callbackQueryId: query.id };
    const chat = query.message?.chat;
    if (chat && chat.type !== "private") return { kind: "ignored", reason: `tap in a ${chat.type} chat` };
    return {
      kind: "tap",
      callbackQueryId: query.id,
      message: {
        channel: "telegram",
        platformMessageId,
        address: String(chat?.id ?? query.from.id),
        text: tap.label,
        receivedAt: options.now,
        quickReply: tap.reply,
      },
    };
  }

  return { kind: "ignored", reason: "update without a message or button tap" };
}

/** `/start CODE` (or `/start@thisbot CODE`) → CODE; anything else → undefined. */
export function startLinkCode(text: string, botUsername: string): string | undefined {
  const match = START_COMMAND.exec(text.trim());
  if (!match) return undefined;
  const [, addressedTo, code] = match;
  if (addressedTo !== undefined && addressedTo.toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return code;
}
