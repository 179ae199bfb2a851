import type { Router } from "express";

/** The channels hepbot can talk on. `local` is the browser chat for demos and tests. */
export const CHANNEL_NAMES = ["sms", "whatsapp", "telegram", "teams", "local"] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Answers a tap on a reply button maps straight to, without reading free text. */
export type QuickReply = "done" | "partial" | "not_done" | "pain";

/** A patient's (or therapist's) message, with every platform detail translated away. */
export interface InboundMessage {
  channel: ChannelName;
  /** The platform's own id (Twilio MessageSid, Telegram update_id, Teams activity id): the dedupe key. */
  platformMessageId: string;
  /** Who sent it: E.164 phone, Telegram chat id, Teams conversation id, local patient id. */
  address: string;
  text: string;
  receivedAt: Date;
  /** Teams: the serialized conversation reference, stored so prompts can be sent proactively. */
  conversationRef?: string;
  /** A one-time enrollment code the sender presented (`/start CODE`), to link this address to a patient. */
  linkCode?: string;
  /** Set when the patient tapped a reply button rather than typing. */
  quickReply?: QuickReply;
  /** Photos, voice notes and files the patient attached: kept as references for the therapist, not read. */
  media?: InboundMedia[];
}

export interface InboundMedia {
  /** Where the platform keeps it (Twilio: MediaUrl{N}, fetched with the account's credentials). */
  url: string;
  contentType: string;
}

export interface InboundAck {
  /** false when the platform id was seen before: nothing new was stored, nothing will be sent. */
  accepted: boolean;
}

/** What a channel calls for each inbound message. It stores the message and returns quickly; replies go out later through `send`. */
export type InboundHandler = (message: InboundMessage) => Promise<InboundAck>;

/** A platform's report on a message hepbot sent (Twilio status callback, for instance). */
export interface DeliveryStatusUpdate {
  channel: ChannelName;
  platformMessageId: string;
  status: "queued" | "sent" | "delivered" | "read" | "undelivered" | "failed";
  platformCode?: string | number;
}

export interface ChannelHooks {
  onInbound: InboundHandler;
  onDeliveryStatus: (update: DeliveryStatusUpdate) => Promise<void>;
}

export interface OutboundMessage {
  channel: ChannelName;
  address: string;
  text: string;
  /** Reply buttons to offer, where the channel can show them. */
  quickReplies?: QuickReply[];
  /** The patient's language ("en", "es", BCP 47), for text a channel adds itself such as button labels; English when absent. */
  language?: string;
  /** Unique per logical message; lets a channel (or its platform) detect a resend. */
  idempotencyKey: string;
  /** Teams: the stored conversation reference for proactive sends. */
  conversationRef?: string;
  /** The outbox kind (prompt, nudge, reply…): WhatsApp picks a template by it outside its 24-hour window. */
  family?: string;
}

export interface SendResult {
  platformMessageId: string;
}

export type SendFailureKind = "retryable" | "permanent";
export type SendFailureReason =
  | "network"
  | "server"
  | "rate_limited"
  | "opted_out"
  | "blocked"
  | "invalid_address"
  /** WhatsApp: free-form text more than 24 hours after the patient's last message (Twilio 63016). */
  | "outside_window"
  | "rejected";

/** A send that failed, classified so the dispatcher knows whether to retry and whether consent changed. */
export class ChannelSendError extends Error {
  constructor(
    readonly kind: SendFailureKind,
    readonly reason: SendFailureReason,
    message: string,
    readonly options: { retryAfterMs?: number; platformCode?: string | number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ChannelSendError";
  }
}

export interface Channel {
  readonly name: ChannelName;
  /** Registers this channel's webhook routes on the service's router. */
  mount(router: Router, hooks: ChannelHooks): void;
  send(message: OutboundMessage): Promise<SendResult>;
  /**
   * After a crash mid-send: asks the platform whether a message with this key already went out.
   * Returns its platform id, or null when the platform has no record. `claimed` are platform ids
   * other rows already own: never the answer, however well they match. Channels that cannot ask omit it.
   */
  findSent?(message: OutboundMessage, since: Date, claimed?: ReadonlySet<string>): Promise<string | null>;
  /** Starts background work such as Telegram long polling. */
  start?(hooks: ChannelHooks): Promise<void>;
  stop?(): Promise<void>;
}
