import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import pino from "pino";
import type { Channel, ChannelHooks, InboundMessage } from "../../../src/channels/channel.js";

/** Maria Lopez, a patient who chats with hepbot one-to-one in Teams. */
export const MariaInTeams = {
  userId: "29:1maria-lopez-aad",
  name: "Maria Lopez",
  conversationId: "a:1maria-personal-chat",
  tenantId: "72f988bf-0000-0000-0000-000000000001",
} as const;

export const HepbotTeamsBot = { id: "28:hepbot-bot", name: "hepbot" } as const;

let activitySeq = 1;

/** A Teams message activity from Maria, as the Bot Framework posts it. */
export function messageFromMaria(
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { id: string; text: string } {
  return {
    type: "message",
    id: `1715000000${String(activitySeq++).padStart(3, "0")}`,
    timestamp: "2025-05-06T14:00:00.000Z",
    channelId: "msteams",
    serviceUrl,
    from: { id: MariaInTeams.userId, name: MariaInTeams.name, aadObjectId: "maria-aad-object" },
    conversation: { id: MariaInTeams.conversationId, conversationType: "personal", tenantId: MariaInTeams.tenantId },
    recipient: { ...HepbotTeamsBot },
    text: "done",
    textFormat: "plain",
    locale: "en-US",
    channelData: { tenant: { id: MariaInTeams.tenantId } },
    ...overrides,
  } as Record<string, unknown> & { id: string; text: string };
}

/** Hooks that record what the channel hands over. */
export function recordingHooks(): ChannelHooks & { inbound: InboundMessage[] } {
  const inbound: InboundMessage[] = [];
  return {
    inbound,
    onInbound: async (message) => {
      inbound.push(message);
      return { accepted: true };
    },
    onDeliveryStatus: async () => {},
  };
}

export function silentLogger(): pino.Logger {
  return pino({ level: "silent" });
}

export interface MountedChannel {
  baseUrl: string;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Serves the channel's routes on 127.0.0.1 the way the service mounts them. */
export async function serveChannel(channel: Channel, hooks: ChannelHooks): Promise<MountedChannel> {
  const app = express();
  const router = express.Router();
  channel.mount(router, hooks);
  app.use(router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    post: (body, headers = {}) =>
      fetch(`${baseUrl}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
