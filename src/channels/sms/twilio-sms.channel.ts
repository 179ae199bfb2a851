import type { Router } from "express";
import type { Logger } from "pino";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message.js";
import { z } from "zod";
import {
  ChannelSendError,
  type Channel,
  type ChannelHooks,
  type InboundMessage,
  type OutboundMessage,
  type SendResult,
} from "../channel.js";
import { createMessage, createTwilioClient, findSentMessage } from "../twilio/twilio-messages.js";
import { mountTwilioWebhooks } from "../twilio/twilio-webhooks.js";

export const TWILIO_INBOUND_PATH = "/webhooks/twilio";
export const TWILIO_STATUS_PATH = "/webhooks/twilio/status";

export interface TwilioSmsChannelOptions {
  accountSid: string;
  authToken: string;
  /** Sender number (E.164). One of `from` / `messagingServiceSid` is required. */
  from?: string;
  messagingServiceSid?: string;
  /** The URL Twilio is configured with, as the public sees it (signatures are computed over it). */
  publicBaseUrl: string;
  /** Send REST calls here instead of api.twilio.com (tests, the benchmark). */
  apiBase?: string;
  statusCallbackPath?: string;
  /** Per REST request; a timed-out send is retryable and the dispatcher checks findSent first. */
  requestTimeoutMs?: number;
  logger: Logger;
}

const InboundSmsSchema = z.looseObject({
  MessageSid: z.string().min(1),
  From: z.string().min(1),
  Body: z.string().default(""),
});

export function createTwilioSmsChannel(options: TwilioSmsChannelOptions): Channel {
  if (!options.from && !options.messagingServiceSid) {
    throw new Error("Twilio SMS channel needs a sender: set `from` or `messagingServiceSid`");
  }
  const publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, "");
  const statusPath = options.statusCallbackPath ?? TWILIO_STATUS_PATH;
  const statusCallback = publicBaseUrl + statusPath;
  const log = options.logger.child({ channel: "sms" });
  const client = createTwilioClient(options);

  const sentByUs = (m: MessageInstance): boolean =>
    (options.messagingServiceSid !== undefined && m.messagingServiceSid === options.messagingServiceSid) ||
    (options.from !== undefined && m.from === options.from);

  return {
    name: "sms",

    mount(router: Router, hooks: ChannelHooks): void {
      mountTwilioWebhooks(router, hooks, {
        channel: "sms",
        authToken: options.authToken,
        publicBaseUrl,
        inboundPath: TWILIO_INBOUND_PATH,
        statusPath,
        log,
        parseInbound(form): InboundMessage | null {
          const parsed = InboundSmsSchema.safeParse(form);
          if (!parsed.success) return null;
          return {
            channel: "sms",
            platformMessageId: parsed.data.MessageSid,
            address: parsed.data.From,
            text: parsed.data.Body,
            receivedAt: new Date(),
          };
        },
      });
    },

    async send(message: OutboundMessage): Promise<SendResult> {
      if (message.channel !== "sms") {
        throw new ChannelSendError("permanent", "rejected", `sms channel cannot send a ${message.channel} message`);
      }
      // SMS has no reply buttons; quickReplies are ignored (the text itself says what to answer).
      return createMessage(
        client,
        {
          to: message.address,
          body: message.text,
          statusCallback,
          ...(options.messagingServiceSid !== undefined ? { messagingServiceSid: options.messagingServiceSid } : {}),
          ...(options.from !== undefined ? { from: options.from } : {}),
        },
        { message, log, label: "sms" },
      );
    },

    findSent(message: OutboundMessage, since: Date, claimed: ReadonlySet<string> = new Set()): Promise<string | null> {
      return findSentMessage(client, { message, since, claimed, sentByUs, bodyMatches: (body) => body === message.text, log, label: "sms" });
    },
  };
}
