import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import type { Channel, ChannelName } from "./channel.js";
import { createLocalChannel, type LocalChatStore } from "./local/local.channel.js";
import { createTwilioSmsChannel } from "./sms/twilio-sms.channel.js";
import { createTeamsChannel } from "./teams/teams.channel.js";
import { createTelegramChannel } from "./telegram/telegram.channel.js";
import { createTwilioWhatsAppChannel } from "./whatsapp/twilio-whatsapp.channel.js";

/** What channels need from the rest of the service, given as callbacks (channels get no database handle). */
export interface ChannelDeps {
  clock?: () => Date;
  /** When the patient at this WhatsApp address last wrote (WhatsApp's 24-hour window). */
  whatsappLastInboundAt?: (address: string) => Promise<Date | null>;
}

/** The channels the configuration turns on; each one that is off says, once, how to turn it on. */
export function buildChannels(
  config: Config,
  logger: Logger,
  localChat: LocalChatStore,
  deps: ChannelDeps = {},
): Partial<Record<ChannelName, Channel>> {
  const channels: Partial<Record<ChannelName, Channel>> = {};
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && (config.TWILIO_FROM || config.TWILIO_MESSAGING_SERVICE_SID)) {
    if (!config.PUBLIC_BASE_URL) logger.warn("SMS: PUBLIC_BASE_URL is not set; Twilio signatures are checked against http://localhost");
    channels.sms = createTwilioSmsChannel({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      from: config.TWILIO_FROM,
      messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID,
      publicBaseUrl: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
      apiBase: config.TWILIO_API_BASE,
      logger,
    });
  } else {
    logger.info("SMS is off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM (see .env.example) to turn it on");
  }
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && config.TWILIO_WHATSAPP_FROM) {
    const templates = config.whatsappTemplates;
    const families = Object.keys(templates);
    if (families.length === 0) logger.warn("WhatsApp: no templates configured; messages outside the 24-hour window will be refused (TWILIO_WHATSAPP_TEMPLATES)");
    else logger.info({ families }, "WhatsApp templates for messages outside the 24-hour window");
    channels.whatsapp = createTwilioWhatsAppChannel({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      from: config.TWILIO_WHATSAPP_FROM,
      publicBaseUrl: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
      apiBase: config.TWILIO_API_BASE,
      templates,
      lastInboundAt: deps.whatsappLastInboundAt ?? (async () => null),
      ...(deps.clock ? { clock: deps.clock } : {}),
      logger,
    });
  } else {
    logger.info("WhatsApp is off: set TWILIO_WHATSAPP_FROM (a WhatsApp-enabled Twilio sender) with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (see .env.example) to turn it on");
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = Boolean(config.PUBLIC_BASE_URL && config.TELEGRAM_WEBHOOK_SECRET);
    channels.telegram = createTelegramChannel({
      botToken: config.TELEGRAM_BOT_TOKEN,
      webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
      apiRoot: config.TELEGRAM_API_ROOT,
      mode: webhook ? "webhook" : "polling",
      botUsername: config.TELEGRAM_BOT_USERNAME,
      logger,
    });
  } else {
    logger.info("Telegram is off: set TELEGRAM_BOT_TOKEN (see .env.example) to turn it on");
  }
  if (config.TEAMS_CLIENT_ID || (config.TEAMS_ENABLED && !config.production)) {
    channels.teams = createTeamsChannel({
      clientId: config.TEAMS_CLIENT_ID,
      clientSecret: config.TEAMS_CLIENT_SECRET,
      tenantId: config.TEAMS_TENANT_ID,
      production: config.production,
      logger,
    });
  } else {
    logger.info("Teams is off: set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID (see .env.example) to turn it on");
  }
  if (config.localChatEnabled) {
    channels.local = createLocalChannel(localChat, { network: config.LOCAL_CHAT_NETWORK });
  } else {
    logger.info("The local web chat is off: set LOCAL_CHAT_ENABLED=true to turn it on");
  }
  return channels;
}
