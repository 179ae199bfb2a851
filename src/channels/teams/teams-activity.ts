import { z } from "zod";
import { ChannelSendError, type InboundMessage, type OutboundMessage, type QuickReply } from "../channel.js";

/**
 * Translation between Bot Framework activities and hepbot's channel-free messages.
 * Pure: plain objects in, plain objects out; the channel hands them to the SDK.
 */

/** Button captions. An `imBack` button posts its value as the user's own message, so the caption is also what comes back. */
export const QUICK_REPLY_LABELS: Readonly<Record<QuickReply, string>> = {
  done: "Done",
  partial: "Did some",
  not_done: "Not today",
  pain: "It hurt",
};

const LABEL_TO_QUICK_REPLY = new Map<string, QuickReply>(
  Object.entries(QUICK_REPLY_LABELS).map(([reply, label]) => [label.toLowerCase(), reply as QuickReply]),
);

/**
 * The fields hepbot relies on, checked before the SDK sees the body. A message without an id cannot be
 * deduplicated and one without a serviceUrl can never be answered, so both are malformed here.
 */
export const inboundActivitySchema = z
  .looseObject({
    type: z.string().min(1),
    id: z.string().min(1).optional(),
    serviceUrl: z.string().min(1).optional(),
    conversation: z.looseObject({ id: z.string().min(1) }),
    text: z.string().optional(),
  })
  .refine((a) => a.type !== "message" || (a.id !== undefined && a.serviceUrl !== undefined), {
    message: "a message activity needs an id and a serviceUrl",
  });

/** What the service stores to reach the conversation again (Bot Framework `ConversationReference`). */
export const conversationRefSchema = z.looseObject({
  activityId: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
  user: z.looseObject({ id: z.string() }).optional(),
  agent: z.looseObject({ id: z.string() }).nullish(),
  locale: z.string().optional(),
});
export type StoredConversationRef = z.infer<typeof conversationRefSchema>;

export interface TeamsInboundFields {
  activityId: string;
  conversationId: string;
  /** Text with the bot's own @mention already removed. */
  text: string;
  conversationRef: unknown;
  receivedAt: Date;
}

export function toInboundMessage(fields: TeamsInboundFields): InboundMessage {
  const text = fields.text.trim();
  const quickReply = LABEL_TO_QUICK_REPLY.get(text.toLowerCase());
  return {
    channel: "teams",
    platformMessageId: fields.activityId,
    address: fields.conversationId,
    text,
    receivedAt: fields.receivedAt,
    conversationRef: JSON.stringify(fields.conversationRef),
    ...(quickReply ? { quickReply } : {}),
  };
}

/**
 * Reads the stored reference for a proactive send. Missing, unparseable, or for another conversation
 * than `address` → permanent `invalid_address`: retrying cannot fix it, and sending on a reference
 * that does not match the addressee would reach the wrong person.
 */
export function parseConversationRef(message: Pick<OutboundMessage, "conversationRef" | "address">): StoredConversationRef {
  if (!message.conversationRef) {
    throw new ChannelSendError("permanent", "invalid_address", "Teams send needs a stored conversation reference");
  }
  let json: unknown;
  try {
    json = JSON.parse(message.conversationRef);
  } catch (cause) {
    throw new ChannelSendError("permanent", "invalid_address", "Teams conversation reference is not JSON", { cause });
  }
  const parsed = conversationRefSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChannelSendError("permanent", "invalid_address", "Teams conversation reference is incomplete", {
      cause: parsed.error,
    });
  }
  if (message.address && message.address !== parsed.data.conversation.id) {
    throw new ChannelSendError("permanent", "invalid_address", "Teams conversation reference is for another conversation");
  }
  return parsed.data;
}

/**
 * The outgoing message activity, with reply buttons when asked for. Always Markdown: prompts are written
 * in it for Teams (bold title, numbered exercises, links), and the other texts read the same either way.
 */
export function toOutboundActivity(message: Pick<OutboundMessage, "text" | "quickReplies">): Record<string, unknown> {
  const activity: Record<string, unknown> = { type: "message", text: message.text, textFormat: "markdown" };
  if (message.quickReplies?.length) {
    activity.suggestedActions = {
      to: [],
      actions: message.quickReplies.map((reply) => ({
        type: "imBack",
        title: QUICK_REPLY_LABELS[reply],
        value: QUICK_REPLY_LABELS[reply],
      })),
    };
  }
  return activity;
}
