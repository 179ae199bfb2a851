import express, { type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import twilio from "twilio";
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
import { fromTwilioStatus } from "./delivery-status.js";
import { HepbotTwilioRequestClient, headerValue, withResponseHeaders } from "./twilio-http-client.js";
import { classifyTwilioError, scrubText } from "./twilio-errors.js";

export const TWILIO_INBOUND_PATH = "/webhooks/twilio";
export const TWILIO_STATUS_PATH = "/webhooks/twilio/status";

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
/** Twilio's clock and ours disagree a little; findSent looks this far before `since`. */
const FIND_SENT_CLOCK_SKEW_MS = 60_000;
const FIND_SENT_LIMIT = 50;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

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

const StatusCallbackSchema = z.looseObject({
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  ErrorCode: z.string().optional(),
});

export function createTwilioSmsChannel(options: TwilioSmsChannelOptions): Channel {
  if (!options.from && !options.messagingServiceSid) {
    throw new Error("Twilio SMS channel needs a sender: set `from` or `messagingServiceSid`");
  }
  const publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, "");
  const statusPath = options.statusCallbackPath ?? TWILIO_STATUS_PATH;
  const statusCallback = publicBaseUrl + statusPath;
  const log = options.logger.child({ channel: "sms" });
  const client = twilio(options.accountSid, options.authToken, {
    httpClient: new HepbotTwilioRequestClient({
      ...(options.apiBase !== undefined ? { apiBase: options.apiBase } : {}),
      timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    }),
  });

  /** Answers 400/403 itself and returns false when the request is not provably from Twilio. */
  function verifySignature(req: Request, res: Response): boolean {
    const signature = req.get("X-Twilio-Signature");
    if (!signature) {
      log.warn({ path: req.path }, "twilio webhook without X-Twilio-Signature");
      res.status(400).type("text/plain").send("Missing X-Twilio-Signature");
      return false;
    }
    // The URL is the configured public one (not rebuilt from Host), plus the path and query as received.
    const url = publicBaseUrl + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, unknown>;
    if (!twilio.validateRequest(options.authToken, signature, url, params)) {
      log.warn({ path: req.path }, "twilio webhook with an invalid signature");
      res.status(403).type("text/plain").send("Invalid X-Twilio-Signature");
      return false;
    }
    return true;
  }

  const sentByUs = (m: MessageInstance): boolean =>
    (options.messagingServiceSid !== undefined && m.messagingServiceSid === options.messagingServiceSid) ||
    (options.from !== undefined && m.from === options.from);

  return {
    name: "sms",

    mount(router: Router, hooks: ChannelHooks): void {
      const form = express.urlencoded({ extended: false, limit: "64kb" });

      router.post(TWILIO_INBOUND_PATH, form, async (req, res) => {
        if (!verifySignature(req, res)) return;
        const parsed = InboundSmsSchema.safeParse(req.body);
        if (!parsed.success) {
          log.warn({ issues: parsed.error.issues.map((i) => i.path.join(".")) }, "signed twilio webhook is not an SMS");
          res.status(400).type("text/plain").send("Not an inbound message");
          return;
        }
        const { MessageSid: messageSid, From: from, Body: body } = parsed.data;
        const message: InboundMessage = {
          channel: "sms",
          platformMessageId: messageSid,
          address: from,
          text: body,
          receivedAt: new Date(),
        };
        try {
          const ack = await hooks.onInbound(message);
          log.info({ messageSid, accepted: ack.accepted }, "inbound sms");
        } catch (err) {
          log.error({ messageSid, err: scrubbedError(err, [body, from]) }, "inbound sms handler failed");
          log.debug({ messageSid, err }, "inbound sms handler failed (unscrubbed)");
          res.status(500).type("text/plain").send("Internal error");
          return;
        }
        // Replies go out later through the REST API, never inline, so the TwiML is always empty.
        res.status(200).type("text/xml").send(EMPTY_TWIML);
      });

      router.post(statusPath, form, async (req, res) => {
        if (!verifySignature(req, res)) return;
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
            channel: "sms",
            platformMessageId: messageSid,
            status,
            ...(errorCode ? { platformCode: /^\d+$/.test(errorCode) ? Number(errorCode) : errorCode } : {}),
          });
          log.info({ messageSid, status, errorCode }, "sms delivery status");
        } catch (err) {
          log.error({ messageSid, status, err: scrubbedError(err, []) }, "delivery status handler failed");
          res.status(500).type("text/plain").send("Internal error");
          return;
        }
        res.status(204).end();
      });
    },

    async send(message: OutboundMessage): Promise<SendResult> {
      if (message.channel !== "sms") {
        throw new ChannelSendError("permanent", "rejected", `sms channel cannot send a ${message.channel} message`);
      }
      // SMS has no reply buttons; quickReplies are ignored (the text itself says what to answer).
      const outcome = await withResponseHeaders(() =>
        client.messages.create({
          to: message.address,
          body: message.text,
          statusCallback,
          ...(options.messagingServiceSid !== undefined ? { messagingServiceSid: options.messagingServiceSid } : {}),
          ...(options.from !== undefined ? { from: options.from } : {}),
        }),
      );
      if (outcome.ok) {
        log.info({ messageSid: outcome.value.sid, idempotencyKey: message.idempotencyKey }, "sms sent");
        log.debug({ messageSid: outcome.value.sid, to: message.address }, "sms sent (recipient)");
        return { platformMessageId: outcome.value.sid };
      }
      const error = classifyTwilioError(outcome.error, {
        retryAfter: headerValue(outcome.headers, "retry-after") ?? null,
        redact: [message.address, message.text],
      });
      log.warn(
        {
          idempotencyKey: message.idempotencyKey,
          kind: error.kind,
          reason: error.reason,
          platformCode: error.options.platformCode,
          retryAfterMs: error.options.retryAfterMs,
        },
        "sms send failed",
      );
      throw error;
    },

    async findSent(message: OutboundMessage, since: Date, claimed: ReadonlySet<string> = new Set()): Promise<string | null> {
      const notBefore = since.getTime() - FIND_SENT_CLOCK_SKEW_MS;
      const isThisMessage = (m: MessageInstance): boolean => {
        const at = m.dateSent instanceof Date ? m.dateSent : m.dateCreated;
        return (
          !claimed.has(m.sid) &&
          m.direction.startsWith("outbound") &&
          m.body === message.text &&
          sentByUs(m) &&
          at instanceof Date &&
          at.getTime() >= notBefore
        );
      };
      const list = async (params: Parameters<typeof client.messages.list>[0]): Promise<MessageInstance[]> => {
        const outcome = await withResponseHeaders(() => client.messages.list(params));
        if (outcome.ok) return outcome.value;
        throw classifyTwilioError(outcome.error, {
          retryAfter: headerValue(outcome.headers, "retry-after") ?? null,
          redact: [message.address, message.text],
        });
      };

      const sentSince = await list({ to: message.address, dateSentAfter: since, limit: FIND_SENT_LIMIT });
      let hit = sentSince.find(isThisMessage);
      if (!hit) {
        // A message still queued at Twilio has no date_sent, so the DateSent filter cannot see it;
        // the newest messages to that number (by creation) can.
        const newest = await list({ to: message.address, limit: FIND_SENT_LIMIT });
        hit = newest.find(isThisMessage);
      }
      log.info({ idempotencyKey: message.idempotencyKey, found: hit?.sid ?? null }, "sms findSent");
      return hit?.sid ?? null;
    },
  };
}

/** An error as logged at error level: name, code and a message with the patient's words and number taken out. */
function scrubbedError(err: unknown, secrets: string[]): { name: string; message: string; code?: unknown } {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (err as { code?: unknown } | null)?.code;
  return { name: e.name, message: scrubText(e.message, secrets), ...(code !== undefined ? { code } : {}) };
}
