import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import type { Channel, ChannelHooks, InboundAck, InboundMessage } from "../../../src/channels/channel.js";

export const BOT_TOKEN = "123456:FAKE-telegram-token";
export const SECRET = "s3cret-webhook-token";

/** A pino logger whose lines the test can read (level debug), to check what is and is not logged. */
export function captureLogger() {
  const lines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

/** Hooks that record inbound messages, and resolve waiters as they arrive. */
export function recordingHooks(onInbound?: (message: InboundMessage) => Promise<InboundAck>) {
  const received: InboundMessage[] = [];
  const waiters: (() => void)[] = [];
  const hooks: ChannelHooks = {
    async onInbound(message) {
      const ack = onInbound ? await onInbound(message) : { accepted: true };
      received.push(message);
      for (const wake of waiters.splice(0)) wake();
      return ack;
    },
    async onDeliveryStatus() {},
  };
  async function waitForInbound(count: number, timeoutMs = 5_000): Promise<InboundMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} inbound message(s), got ${received.length}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return received;
  }
  return { hooks, received, waitForInbound };
}

/** Mounts the channel on a real Express app on 127.0.0.1 and returns its base URL. */
export async function serveChannel(channel: Channel, hooks: ChannelHooks): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const app = express();
  const router = express.Router();
  channel.mount(router, hooks);
  app.use(router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
