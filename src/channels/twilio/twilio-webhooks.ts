import express, { type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import twilio from "twilio";
import { z } from "zod";
import type { ChannelHooks, ChannelName, InboundMessage } from "../channel.js";
import { fromTwilioStatus } from "./delivery-status.js";
import { scrubText } from "./twilio-errors.js";

/**
 * What every Twilio channel (SMS, WhatsApp) does with Twilio's webhooks: check the signature
 * against the configured public URL, hand the message to the pipeline, answer with empty TwiML,
 * and turn status callbacks into delivery updates. Only the parsing of the inbound form differs.
 */

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

const StatusCallbackSchema = z.looseObject({
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  ErrorCode: z.string().optional(),
});

/** The signed form as posted; `null` means "signed, but not a message this channel takes" (answered 400). */
export type InboundParser = (form: Record<string, unknown>) => InboundMessage | null;

export interface TwilioWebhookOptions {
  channel: Extract<ChannelName, "sms" | "whatsapp">;
  authToken: string;
  /** The public base URL Twilio is configured with, without a trailing slash. */
  publicBaseUrl: string;
  inboundPath: string;
  statusPath: string;
  parseInbound: InboundParser;
  /** What a failure code reported in a status callback means, for the log (WhatsApp's 63016, say). */
  explainErrorCode?: (code: string) => string | undefined;
  log: Logger;
}

export function mountTwilioWebhooks(router: Router, hooks: ChannelHooks, options: TwilioWebhookOptions): void {
  const { channel, log } = options;
  const form = express.urlencoded({ extended: false, limit: "64kb" });
  const verified = createSignatureCheck(options);

  router.post(options.inboundPath, form, async (req, res) => {
    if (!verified(req, res)) return;
    const message = options.parseInbound((req.body ?? {}) as Record<string, unknown>);
    if (!message) {
      log.warn({ fields: Object.keys(req.body ?? {}).length }, `signed twilio webhook is not an inbound ${channel} message`);
      res.status(400).type("text/plain").send("Not an inbound message");
      return;
    }
    const messageSid = message.platformMessageId;
    try {
      const ack = await hooks.onInbound(message);
      log.info({ messageSid, accepted: ack.accepted, media: message.media?.length ?? 0 }, `inbound ${channel}`);
    } catch (err) {
      log.error({ messageSid, err: scrubbedError(err, [message.text, message.address]) }, `inbound ${channel} handler failed`);
      log.debug({ messageSid, err }, `inbound ${channel} handler failed (unscrubbed)`);
      res.status(500).type("text/plain").send("Internal error");
      return;
    }
    // Replies go out later through the REST API, never inline, so the TwiML is always empty
    // (`end`, not `send`: no ETag or freshness check for an answer nobody caches).
    res.status(200).type("text/xml").end(EMPTY_TWIML);
  });

  router.post(options.statusPath, form, async (req, res) => {
    if (!verified(req, res)) return;
    const parsed = StatusCallbackSchema.safeParse(req.body);
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues.map((i) => i.path.join(".")) }, "signed twilio status callback is malformed");
      res.status(400).type("text/plain").send("Not a status callback");
      return;
    }
    const { MessageSid: messageSid, MessageStatus: twilioStatus, ErrorCode: errorCode } = parsed.data;
    const status = fromTwilioStatus(twilioStatus);
    if (status === null) {
      log.debug({ messageSid, twilioStatus }, "ignoring twilio status");
      res.status(204).end();
      return;
    }
    try {
      await hooks.onDeliveryStatus({
        channel,
        platformMessageId: messageSid,
        status,
        ...(errorCode ? { platformCode: /^\d+$/.test(errorCode) ? Number(errorCode) : errorCode } : {}),
      });
      const explained = errorCode ? options.explainErrorCode?.(errorCode) : undefined;
      if (explained) log.warn({ messageSid, status, errorCode }, explained);
      else log.info({ messageSid, status, errorCode }, `${channel} delivery status`);
    } catch (err) {
      log.error({ messageSid, status, err: scrubbedError(err, []) }, "delivery status handler failed");
      res.status(500).type("text/plain").send("Internal error");
      return;
    }
    res.status(204).end();
  });
}

/** Answers 400/403 itself and returns false when the request is not provably from Twilio. */
function createSignatureCheck(options: Pick<TwilioWebhookOptions, "authToken" | "publicBaseUrl" | "log">) {
  const { log } = options;
  return (req: Request, res: Response): boolean => {
    const signature = req.get("X-Twilio-Signature");
    if (!signature) {
      log.warn({ path: req.path }, "twilio webhook without X-Twilio-Signature");
      res.status(400).type("text/plain").send("Missing X-Twilio-Signature");
      return false;
    }
    // The URL is the configured public one (not rebuilt from Host), plus the path and query as received.
    const url = options.publicBaseUrl + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, unknown>;
    if (!twilio.validateRequest(options.authToken, signature, url, params)) {
      log.warn({ path: req.path }, "twilio webhook with an invalid signature");
      res.status(403).type("text/plain").send("Invalid X-Twilio-Signature");
      return false;
    }
    return true;
  };
}

/** An error as logged at error level: name, code and a message with the patient's words and number taken out. */
export function scrubbedError(err: unknown, secrets: string[]): { name: string; message: string; code?: unknown } {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (err as { code?: unknown } | null)?.code;
  return { name: e.name, message: scrubText(e.message, secrets), ...(code !== undefined ? { code } : {}) };
}
