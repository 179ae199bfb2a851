import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import {
  CloudAdapter,
  authorizeJWT,
  createOutboundHostValidator,
  type AuthConfiguration,
  type TurnContext,
} from "@microsoft/agents-hosting";
import type { Channel, ChannelHooks, OutboundMessage, SendResult } from "../channel.js";
import { inboundActivitySchema, parseConversationRef, toInboundMessage, toOutboundActivity } from "./teams-activity.js";
import { buildTeamsAuthConfig } from "./teams-auth.js";
import { classifyTeamsSendError } from "./teams-errors.js";

export { TeamsConfigError } from "./teams-auth.js";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsChannelOptions {
  /** The Azure Bot's Microsoft App ID. Without it requests are anonymous: only allowed outside production. */
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  production: boolean;
  /** Test hook: settings merged over the ones above, e.g. a local `authorityEndpoint` and `issuers`. */
  authConfig?: AuthConfiguration;
  logger: Logger;
  /** Clock for `receivedAt` and Retry-After dates. */
  now?: () => Date;
}

/** The identity the SDK's middleware gives anonymous requests; reused for anonymous proactive sends. */
const ANONYMOUS_IDENTITY = { name: "anonymous" };

/** Raised inside a turn so the route answers 400 instead of 500. */
class MalformedActivityError extends Error {}

/**
 * An inbound turn here only stores the message; replies always go out later through `send`. So a
 * turn needs no connector client, and skipping it spares a token request (to Entra) on every
 * inbound message. Proactive sends (`continueConversation`) create their own client as usual.
 */
class StoreOnlyCloudAdapter extends CloudAdapter {
  protected override resolveIfConnectorClientIsNeeded(): boolean {
    return false;
  }
}

/**
 * Microsoft Teams through the Microsoft 365 Agents SDK.
 *
 * Inbound: `POST /api/messages` → the SDK's JWT check → `adapter.process` → `hooks.onInbound`, with
 * the conversation reference serialized so prompts can be sent later. Nothing is sent inside the turn.
 * Outbound: a proactive `continueConversation` on the stored reference.
 *
 * All auth settings are passed explicitly (see `buildTeamsAuthConfig`); the only environment the SDK
 * still consults is `NODE_ENV=production`, which makes it refuse anonymous requests.
 */
export function createTeamsChannel(options: TeamsChannelOptions): Channel {
  const now = options.now ?? (() => new Date());
  const log = options.logger.child({ channel: "teams" });
  const authConfig = buildTeamsAuthConfig(options);
  const anonymous = !authConfig.clientId;

  const adapter = new StoreOnlyCloudAdapter(
    authConfig,
    undefined,
    undefined,
    // Reject activities whose serviceUrl host differs from the token's `serviceurl` claim.
    { validateServiceUrl: true, emitStackTrace: false },
    // In production only reply to Microsoft's own connector hosts (the SDK's built-in list).
    createOutboundHostValidator({ enabled: options.production, includeDefaultMicrosoftHosts: true }),
  );
  // The SDK's default handler would message the patient "The agent encountered an error or bug."
  // Rethrow instead: the route answers 5xx, and `send` classifies the failure.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const checkJwt = authorizeJWT(authConfig);

  log.info({ anonymous, production: options.production }, "teams channel configured");
  if (anonymous) log.warn("teams channel is anonymous: inbound requests are not authenticated (development only)");

  function mount(router: Router, hooks: ChannelHooks): void {
    router.post(
      TEAMS_MESSAGES_PATH,
      (req: Request, res: Response, next: NextFunction) => checkJwt(req, res, next),
      // Parsed after the token check so unauthenticated bodies are never read.
      express.json({ limit: "1mb" }),
      (req: Request, res: Response) => handleActivity(req, res, hooks),
    );
  }

  async function handleActivity(req: Request, res: Response, hooks: ChannelHooks): Promise<void> {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues.map((i) => i.path.join(".")) }, "teams: malformed activity");
      res.status(400).json({ error: "malformed activity" });
      return;
    }
    try {
      await adapter.process(req, res, (context) => onTurn(context, hooks));
    } catch (error) {
      const status = error instanceof MalformedActivityError ? 400 : 500;
      log.error({ err: summarize(error), activityId: parsed.data.id, type: parsed.data.type }, "teams: turn failed");
      if (!res.headersSent) res.status(status).json({ error: status === 400 ? "malformed activity" : "internal error" });
    }
  }

  async function onTurn(context: TurnContext, hooks: ChannelHooks): Promise<void> {
    const activity = context.activity;
    // conversationUpdate (bot installed), typing, reactions…: nothing to store.
    if (activity.type !== "message") {
      log.debug({ type: activity.type }, "teams: ignored activity");
      return;
    }
    if (!activity.id || !activity.conversation?.id) throw new MalformedActivityError("message without id");
    const messageLog = log.child({ platformMessageId: activity.id });
    let reference: ConversationReference;
    try {
      reference = activity.getConversationReference();
    } catch (cause) {
      throw new MalformedActivityError("activity has no conversation reference", { cause });
    }
    const inbound = toInboundMessage({
      activityId: activity.id,
      conversationId: activity.conversation.id,
      // In group chats the text starts with "<at>hepbot</at>"; drop the bot's own mention.
      text: activity.text ? activity.removeRecipientMention() ?? activity.text : "",
      conversationRef: reference,
      receivedAt: now(),
    });
    const ack = await hooks.onInbound(inbound);
    messageLog.info({ accepted: ack.accepted, quickReply: inbound.quickReply }, "teams: inbound message");
  }

  async function send(message: OutboundMessage): Promise<SendResult> {
    const reference = parseConversationRef(message);
    const outgoing = Activity.fromObject(toOutboundActivity(message));
    const sendLog = log.child({ idempotencyKey: message.idempotencyKey });
    let sentId: string | undefined;
    try {
      await adapter.continueConversation(
        authConfig.clientId ?? ANONYMOUS_IDENTITY,
        reference as ConversationReference,
        async (context) => {
          const response = await context.sendActivity(outgoing);
          sentId = response?.id;
        },
      );
    } catch (error) {
      const failure = classifyTeamsSendError(error, now());
      sendLog.warn({ kind: failure.kind, reason: failure.reason, platformCode: failure.options.platformCode }, "teams: send failed");
      throw failure;
    }
    if (!sentId) {
      // Delivered, but the connector gave no id; a resend would duplicate the message, so report success.
      sendLog.warn("teams: connector returned no activity id");
      sentId = `unknown:${message.idempotencyKey}`;
    }
    sendLog.info({ platformMessageId: sentId }, "teams: sent");
    return { platformMessageId: sentId };
  }

  return { name: "teams", mount, send };
}

/** Error fields safe to log: never the SDK error's request body (the message text). */
function summarize(error: unknown): { name?: string; message: string; status?: number } {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return { name: error.name, message: error.message, ...(typeof status === "number" ? { status } : {}) };
  }
  return { message: String(error) };
}
