import { setTimeout as sleep } from "node:timers/promises";
import express, { type Router } from "express";
import { Bot, webhookCallback, type Context } from "grammy";
import type { InlineKeyboardMarkup, UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import {
  ChannelSendError,
  type Channel,
  type ChannelHooks,
  type InboundMessage,
  type OutboundMessage,
  type QuickReply,
  type SendResult,
} from "../channel.js";
import { quickReplyButtons } from "../quick-replies.js";
import { classifyTelegramError, redactTelegramError } from "./telegram-errors.js";
import { translateUpdate } from "./telegram-inbound.js";

export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";

export interface TelegramChannelOptions {
  botToken: string;
  /** Required in webhook mode: Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`. */
  webhookSecret?: string;
  /** Bot API base URL without a trailing slash; a local fake in tests. */
  apiRoot?: string;
  /** `webhook` when the service has a public URL, `polling` (long polling) when it has none. */
  mode: "webhook" | "polling";
  botUsername?: string;
  logger: Logger;
  /** How long one send may take before it counts as a network failure. Default 15 s. */
  sendTimeoutMs?: number;
  /**
   * Polling only: pauses between further attempts to hand an update to `onInbound` when it throws.
   * With a webhook, Telegram redelivers on a 500 instead. Default 1 s, 5 s, 15 s.
   */
  inboundRetryDelaysMs?: readonly number[];
  /** Clock for button taps, which carry no date of their own. */
  now?: () => Date;
}

const DEFAULT_SEND_TIMEOUT_MS = 15_000;
const DEFAULT_INBOUND_RETRY_DELAYS_MS = [1_000, 5_000, 15_000];
const MAX_RESTART_DELAY_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export function createTelegramChannel(options: TelegramChannelOptions): Channel {
  const log = options.logger.child({ channel: "telegram" });
  const now = options.now ?? (() => new Date());
  const sendTimeoutMs = options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  if (options.mode === "webhook" && !options.webhookSecret) {
    throw new Error("Telegram webhook mode needs a webhook secret, or anyone could post updates as Telegram");
  }

  const botInfo = staticBotInfo(options.botToken, options.botUsername);
  const bot = new Bot(options.botToken, { botInfo, client: { apiRoot: options.apiRoot } });
  let hooks: ChannelHooks | undefined;

  bot.use(async (ctx) => {
    if (!hooks) throw new Error("Telegram update arrived before the channel was mounted or started");
    await handleUpdate(ctx, hooks);
  });
  // Long polling only (webhook errors reach the route below): log and go on to the next update.
  bot.catch((error) => {
    log.error({ err: redactTelegramError(error), updateId: error.ctx.update.update_id }, "telegram update not handled");
  });

  /** Translate and store; nothing slow here, since a webhook must be acknowledged within seconds. */
  async function handleUpdate(ctx: Context, current: ChannelHooks): Promise<void> {
    const updateLog = log.child({ updateId: ctx.update.update_id });
    const translated = translateUpdate(ctx.update, { botUsername: botInfo.username, now: now() });
    switch (translated.kind) {
      case "ignored":
        updateLog.debug({ reason: translated.reason }, "telegram update ignored");
        return;
      case "unknown_tap":
        answerTap(ctx, updateLog);
        return;
      case "message":
      case "tap": {
        const ack = await deliver(current, translated.message, updateLog);
        updateLog.info(
          {
            accepted: ack.accepted,
            quickReply: translated.message.quickReply,
            hasLinkCode: translated.message.linkCode !== undefined,
          },
          "telegram inbound stored",
        );
        if (translated.kind === "tap") answerTap(ctx, updateLog);
        return;
      }
    }
  }

  async function deliver(current: ChannelHooks, message: InboundMessage, updateLog: Logger) {
    const delays = options.mode === "polling" ? (options.inboundRetryDelaysMs ?? DEFAULT_INBOUND_RETRY_DELAYS_MS) : [];
    for (let attempt = 0; ; attempt++) {
      try {
        return await current.onInbound(message);
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined) throw error;
        updateLog.warn({ err: error, attempt: attempt + 1 }, "storing telegram inbound failed; retrying");
        await sleep(delay);
      }
    }
  }

  /** Stops the client's spinner. Not awaited: the tap is stored already, and a slow API must not hold the webhook. */
  function answerTap(ctx: Context, updateLog: Logger): void {
    ctx.answerCallbackQuery().catch((error: unknown) => {
      updateLog.warn({ err: redactTelegramError(error) }, "answering telegram button tap failed");
    });
  }

  // Long polling runs in the background and restarts after failures (a 409 while another instance
  // still polls, Telegram unreachable) until stop() is called.
  let polling: Promise<void> | undefined;
  let stopping: AbortController | undefined;

  async function pollUntilStopped(signal: AbortSignal): Promise<void> {
    let restartDelay = 1_000;
    while (!signal.aborted) {
      try {
        await bot.start({
          onStart: () => {
            restartDelay = 1_000;
            log.info("telegram long polling started");
          },
        });
      } catch (error) {
        if (signal.aborted) break;
        log.error({ err: redactTelegramError(error), restartInMs: restartDelay }, "telegram long polling failed");
        await sleep(restartDelay, undefined, { signal }).catch(() => undefined);
        restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
      }
    }
  }

  return {
    name: "telegram",

    mount(router: Router, channelHooks: ChannelHooks): void {
      hooks = channelHooks;
      // In polling mode there is no route: grammY refuses to poll once a webhook handler exists.
      if (options.mode !== "webhook") return;
      const handle = webhookCallback(bot, "express", { secretToken: options.webhookSecret });
      router.post(TELEGRAM_WEBHOOK_PATH, express.json({ limit: "1mb" }), async (req, res) => {
        try {
          await handle(req, res);
        } catch (error) {
          // Telegram redelivers on any non-2xx; the update_id dedupes the second delivery.
          log.error({ err: redactTelegramError(error) }, "telegram webhook failed");
          if (!res.headersSent) res.status(500).json({ ok: false });
        }
      });
    },

    async send(message: OutboundMessage): Promise<SendResult> {
      if (!/^-?\d+$/.test(message.address)) {
        throw new ChannelSendError("permanent", "invalid_address", "Not a Telegram chat id");
      }
      const replyMarkup = message.quickReplies?.length
        ? quickReplyKeyboard(message.quickReplies, message.language)
        : undefined;
      try {
        const sent = await bot.api.sendMessage(
          message.address,
          message.text,
          replyMarkup ? { reply_markup: replyMarkup } : {},
          // grammY types its signal with the abort-controller shim; it only listens for "abort", which a native signal fires.
          AbortSignal.timeout(sendTimeoutMs) as SendSignal,
        );
        return { platformMessageId: String(sent.message_id) };
      } catch (error) {
        const failure = classifyTelegramError(error);
        log.debug({ kind: failure.kind, reason: failure.reason, platformCode: failure.options.platformCode }, "telegram send failed");
        throw failure;
      }
    },

    async start(channelHooks: ChannelHooks): Promise<void> {
      hooks = channelHooks;
      if (options.mode !== "polling" || polling) return;
      const controller = new AbortController();
      stopping = controller;
      polling = pollUntilStopped(controller.signal);
    },

    async stop(): Promise<void> {
      if (!polling || !stopping) return;
      stopping.abort();
      // bot.stop() confirms the offset with one last getUpdates; then the update in hand may finish.
      await withDeadline(bot.stop(), STOP_GRACE_MS).catch((error: unknown) => {
        log.warn({ err: redactTelegramError(error) }, "stopping telegram long polling failed");
      });
      await withDeadline(polling, STOP_GRACE_MS).catch(() => {
        log.warn("telegram update still being handled at stop");
      });
      polling = undefined;
      stopping = undefined;
      log.info("telegram long polling stopped");
    },
  };
}

type SendSignal = Parameters<Bot["api"]["sendMessage"]>[3];

/** Two buttons a row, so labels stay readable on a phone. */
function quickReplyKeyboard(replies: readonly QuickReply[], language: string | undefined): InlineKeyboardMarkup {
  const buttons = quickReplyButtons(replies, language).map((b) => ({ text: b.label, callback_data: b.data }));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { inline_keyboard: rows };
}

/** What getMe would answer, so starting needs no network call. The bot id is the token's first part. */
function staticBotInfo(token: string, username = "hepbot_bot"): UserFromGetMe {
  const id = /^(\d+):\S+$/.exec(token)?.[1];
  if (id === undefined) throw new Error("Telegram bot token must look like 123456789:AA…");
  return {
    id: Number(id),
    is_bot: true,
    first_name: username,
    username,
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    sleep(ms, undefined, { ref: false }).then(() => {
      throw new Error(`not done after ${ms} ms`);
    }),
  ]);
}
