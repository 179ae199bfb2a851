import type { Channel } from "../../../src/channels/channel.js";
import {
  createTwilioWhatsAppChannel,
  WHATSAPP_INBOUND_PATH,
  type TwilioWhatsAppChannelOptions,
} from "../../../src/channels/whatsapp/twilio-whatsapp.channel.js";
import type { WhatsAppTemplates } from "../../../src/channels/whatsapp/whatsapp-templates.js";
import { FakeTwilioServer, type FakeTwilioOptions, type WebhookResponse } from "../../fakes/twilio-server.js";
import { captureLogger } from "../../support/logging.js";
import { serveChannel } from "../../support/channel-server.js";
import { ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, recordingHooks, type RecordingHooks } from "../sms/harness.js";

export { ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL };
export const WHATSAPP_SENDER = "whatsapp:+14155238886";
/** Persona: Lucía, a Spanish-speaking patient doing her back exercises at home. */
export const LUCIA = "whatsapp:+34600111222";
export const PROMPT_ES = "HX" + "e5".repeat(16);
export const PROMPT_EN = "HX" + "e0".repeat(16);
export const NUDGE_ES = "HX" + "a5".repeat(16);
export const TEMPLATES: WhatsAppTemplates = { prompt: { en: PROMPT_EN, es: PROMPT_ES }, nudge: { es: NUDGE_ES } };

export interface WhatsAppHarness {
  fake: FakeTwilioServer;
  channel: Channel;
  hooks: RecordingHooks;
  logLines: Record<string, unknown>[];
  clock: { now: Date };
  /** When each address last wrote, as the service's message log would say. */
  lastInbound: Map<string, Date>;
  localUrl: string;
  /** A patient's message as Twilio posts it: opens their window at the fake too. */
  inbound(p: Parameters<FakeTwilioServer["sendWhatsAppInbound"]>[2], options?: { signature?: string | null }): Promise<WebhookResponse>;
  close(): Promise<void>;
}

export async function startWhatsAppHarness(
  overrides: Partial<TwilioWhatsAppChannelOptions> = {},
  fakeOptions: Partial<FakeTwilioOptions> = {},
): Promise<WhatsAppHarness> {
  const clock = { now: new Date("2026-06-10T12:00:00Z") };
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, clock: () => clock.now, ...fakeOptions });
  const { logger, lines } = captureLogger();
  const lastInbound = new Map<string, Date>();
  const channel = createTwilioWhatsAppChannel({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    from: WHATSAPP_SENDER,
    publicBaseUrl: PUBLIC_BASE_URL,
    apiBase: fake.url,
    templates: TEMPLATES,
    lastInboundAt: async (address) => lastInbound.get(address) ?? null,
    clock: () => clock.now,
    logger,
    ...overrides,
  });
  const hooks = recordingHooks();
  const recordInbound = hooks.onInbound;
  hooks.onInbound = async (message) => {
    lastInbound.set(message.address, message.receivedAt);
    return recordInbound(message);
  };
  const server = await serveChannel(channel, hooks);
  const localUrl = server.url;
  return {
    fake,
    channel,
    hooks,
    logLines: lines,
    clock,
    lastInbound,
    localUrl,
    inbound: (p, options) =>
      fake.sendWhatsAppInbound(localUrl + WHATSAPP_INBOUND_PATH, PUBLIC_BASE_URL + WHATSAPP_INBOUND_PATH, p, options),
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

let seq = 0;
export function outbound(text: string, family: string, address = LUCIA, language = "es") {
  return { channel: "whatsapp" as const, address, text, family, language, idempotencyKey: `outbox:wa:${++seq}` };
}

export const HOUR = 3_600_000;
