import type { ChannelHooks, DeliveryStatusUpdate, InboundAck, InboundMessage, Channel } from "../../../src/channels/channel.js";
import { createTwilioSmsChannel, type TwilioSmsChannelOptions } from "../../../src/channels/sms/twilio-sms.channel.js";
import { FakeTwilioServer } from "../../fakes/twilio-server.js";
import { captureLogger } from "../../support/logging.js";
import { serveChannel } from "../../support/channel-server.js";

export { captureLogger };

export const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
export const AUTH_TOKEN = "test-auth-token-0123456789abcdef";
export const SENDER = "+15005550006";
export const MESSAGING_SERVICE_SID = "MG" + "fedcba9876543210".repeat(2);
/** Deliberately not the local address: signatures must be checked against the configured public URL. */
export const PUBLIC_BASE_URL = "https://hepbot.example.org";
/** Persona: a patient doing knee exercises at home. */
export const PATIENT_PHONE = "+14155550123";

export interface RecordingHooks extends ChannelHooks {
  inbound: InboundMessage[];
  statuses: DeliveryStatusUpdate[];
  /** Make the next onInbound call throw this. */
  failInboundWith?: Error;
}

export function recordingHooks(): RecordingHooks {
  const hooks: RecordingHooks = {
    inbound: [],
    statuses: [],
    onInbound: async (message): Promise<InboundAck> => {
      if (hooks.failInboundWith) {
        const err = hooks.failInboundWith;
        hooks.failInboundWith = undefined;
        throw err;
      }
      hooks.inbound.push(message);
      return { accepted: true };
    },
    onDeliveryStatus: async (update) => {
      hooks.statuses.push(update);
    },
  };
  return hooks;
}

export interface SmsHarness {
  fake: FakeTwilioServer;
  channel: Channel;
  hooks: RecordingHooks;
  logLines: Record<string, unknown>[];
  /** Where the service listens locally; Twilio would reach it through PUBLIC_BASE_URL. */
  localUrl: string;
  close(): Promise<void>;
}

export async function startSmsHarness(overrides: Partial<TwilioSmsChannelOptions> = {}): Promise<SmsHarness> {
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const { logger, lines } = captureLogger();
  const channel = createTwilioSmsChannel({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    from: SENDER,
    publicBaseUrl: PUBLIC_BASE_URL,
    apiBase: fake.url,
    logger,
    ...overrides,
  });
  const hooks = recordingHooks();
  const server = await serveChannel(channel, hooks);
  return {
    fake,
    channel,
    hooks,
    logLines: lines,
    localUrl: server.url,
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

let outboxSeq = 0;
export function outbound(text: string, address = PATIENT_PHONE) {
  return { channel: "sms" as const, address, text, idempotencyKey: `outbox:${++outboxSeq}` };
}
