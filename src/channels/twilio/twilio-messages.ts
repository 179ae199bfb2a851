import type { Logger } from "pino";
import twilio from "twilio";
import type { MessageInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message.js";
import type { OutboundMessage, SendResult } from "../channel.js";
import { classifyTwilioError } from "./twilio-errors.js";
import { HepbotTwilioRequestClient, headerValue, withResponseHeaders } from "./twilio-http-client.js";

/** The Messages API calls every Twilio channel makes, with errors classified and logs kept free of patient data. */

/** Twilio's clock and ours disagree a little; findSent looks this far before `since`. */
const FIND_SENT_CLOCK_SKEW_MS = 60_000;
const FIND_SENT_LIMIT = 50;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export type TwilioClient = ReturnType<typeof twilio>;

export interface TwilioClientOptions {
  accountSid: string;
  authToken: string;
  /** Send REST calls here instead of api.twilio.com (tests, the benchmark). */
  apiBase?: string;
  /** Per REST request; a timed-out send is retryable and the dispatcher checks findSent first. */
  requestTimeoutMs?: number;
}

export function createTwilioClient(options: TwilioClientOptions): TwilioClient {
  return twilio(options.accountSid, options.authToken, {
    httpClient: new HepbotTwilioRequestClient({
      ...(options.apiBase !== undefined ? { apiBase: options.apiBase } : {}),
      timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    }),
  });
}

/** Creates one message; a failure is thrown as a classified ChannelSendError, logged without the recipient or text. */
export async function createMessage(
  client: TwilioClient,
  params: MessageListInstanceCreateOptions,
  context: { message: OutboundMessage; log: Logger; label: string },
): Promise<SendResult> {
  const { message, log, label } = context;
  const outcome = await withResponseHeaders(() => client.messages.create(params));
  if (outcome.ok) {
    log.info({ messageSid: outcome.value.sid, idempotencyKey: message.idempotencyKey }, `${label} sent`);
    log.debug({ messageSid: outcome.value.sid, to: message.address }, `${label} sent (recipient)`);
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
    `${label} send failed`,
  );
  throw error;
}

export interface FindSentQuery {
  message: OutboundMessage;
  since: Date;
  /** The message as Twilio stores it came from us (our sender or messaging service). */
  sentByUs: (m: MessageInstance) => boolean;
  /** Its body is this message's (a template's body holds the text as a variable). */
  bodyMatches: (body: string) => boolean;
  /** Platform ids other outbox rows already own: never this message's. */
  claimed: ReadonlySet<string>;
  log: Logger;
  label: string;
}

/** After a crash mid-send: asks Twilio whether this message already went out. */
export async function findSentMessage(client: TwilioClient, query: FindSentQuery): Promise<string | null> {
  const { message, since } = query;
  const notBefore = since.getTime() - FIND_SENT_CLOCK_SKEW_MS;
  const isThisMessage = (m: MessageInstance): boolean => {
    const at = m.dateSent instanceof Date ? m.dateSent : m.dateCreated;
    return (
      !query.claimed.has(m.sid) &&
      m.direction.startsWith("outbound") &&
      query.bodyMatches(m.body) &&
      query.sentByUs(m) &&
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
  query.log.info({ idempotencyKey: message.idempotencyKey, found: hit?.sid ?? null }, `${query.label} findSent`);
  return hit?.sid ?? null;
}
