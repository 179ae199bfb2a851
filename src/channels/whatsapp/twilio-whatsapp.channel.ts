import type { Router } from "express";
import type { Logger } from "pino";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message.js";
import { ChannelSendError, type Channel, type ChannelHooks, type OutboundMessage, type SendResult } from "../channel.js";
import { OUTSIDE_WINDOW_CODE } from "../twilio/twilio-errors.js";
import { createMessage, createTwilioClient, findSentMessage } from "../twilio/twilio-messages.js";
import { mountTwilioWebhooks } from "../twilio/twilio-webhooks.js";
import { chooseWhatsAppSend } from "./session-window.js";
import { isWhatsAppAddress, toWhatsAppAddress } from "./whatsapp-address.js";
import { parseInboundWhatsApp } from "./whatsapp-inbound.js";
import { templateVariable, type WhatsAppTemplates } from "./whatsapp-templates.js";

export const WHATSAPP_INBOUND_PATH = "/webhooks/whatsapp";
export const WHATSAPP_STATUS_PATH = "/webhooks/whatsapp/status";

export interface TwilioWhatsAppChannelOptions {
  accountSid: string;
  authToken: string;
  /** The WhatsApp-enabled Twilio sender, `+E164` or `whatsapp:+E164`. */
  from: string;
  /** The URL Twilio is configured with, as the public sees it (signatures are computed over it). */
  publicBaseUrl: string;
  /** Send REST calls here instead of api.twilio.com (tests). */
  apiBase?: string;
  requestTimeoutMs?: number;
  /** Approved templates for messages outside the 24-hour window. */
  templates: WhatsAppTemplates;
  /** When the patient at this address last wrote to us on WhatsApp (the window opens then). */
  lastInboundAt: (address: string) => Promise<Date | null>;
  clock?: () => Date;
  logger: Logger;
}

export function createTwilioWhatsAppChannel(options: TwilioWhatsAppChannelOptions): Channel {
  const from = toWhatsAppAddress(options.from);
  if (!from) throw new Error("Twilio WhatsApp channel needs a sender: `from` must be +E164 or whatsapp:+E164");
  const clock = options.clock ?? (() => new Date());
  const publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, "");
  const statusCallback = publicBaseUrl + WHATSAPP_STATUS_PATH;
  const log = options.logger.child({ channel: "whatsapp" });
  const client = createTwilioClient(options);

  return {
    name: "whatsapp",

    mount(router: Router, hooks: ChannelHooks): void {
      mountTwilioWebhooks(router, hooks, {
        channel: "whatsapp",
        authToken: options.authToken,
        publicBaseUrl,
        inboundPath: WHATSAPP_INBOUND_PATH,
        statusPath: WHATSAPP_STATUS_PATH,
        log,
        parseInbound: (form) => parseInboundWhatsApp(form, clock()),
        explainErrorCode: (code) =>
          Number(code) === OUTSIDE_WINDOW_CODE
            ? "whatsapp message refused: outside the 24-hour window and not a template (63016); configure TWILIO_WHATSAPP_TEMPLATES for this message family"
            : undefined,
      });
    },

    async send(message: OutboundMessage): Promise<SendResult> {
      if (message.channel !== "whatsapp") {
        throw new ChannelSendError("permanent", "rejected", `whatsapp channel cannot send a ${message.channel} message`);
      }
      if (!isWhatsAppAddress(message.address)) {
        throw new ChannelSendError("permanent", "invalid_address", "not a WhatsApp address (whatsapp:+E164)");
      }
      const choice = chooseWhatsAppSend({
        text: message.text,
        family: message.family,
        language: message.language,
        lastInboundAt: await options.lastInboundAt(message.address),
        now: clock(),
        templates: options.templates,
      });
      log.debug({ idempotencyKey: message.idempotencyKey, family: message.family, send: choice.type, ...(choice.type === "free_form" ? { why: choice.reason } : { contentSid: choice.contentSid }) }, "whatsapp send chosen");
      const content =
        choice.type === "template" ? { contentSid: choice.contentSid, contentVariables: choice.contentVariables } : { body: message.text };
      return createMessage(client, { to: message.address, from, statusCallback, ...content }, { message, log, label: `whatsapp ${choice.type}` });
    },

    findSent(message: OutboundMessage, since: Date, claimed: ReadonlySet<string> = new Set()): Promise<string | null> {
      const asVariable = templateVariable(message.text);
      return findSentMessage(client, {
        message,
        since,
        claimed,
        sentByUs: (m: MessageInstance) => m.from === from,
        // A template's stored body is its approved text with our text filled in as {{1}}.
        bodyMatches: (body) => body === message.text || (asVariable !== "" && body.includes(asVariable)),
        log,
        label: "whatsapp",
      });
    },
  };
}
