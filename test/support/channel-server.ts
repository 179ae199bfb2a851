import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import type { Channel, ChannelHooks } from "../../src/channels/channel.js";

/** Serves one channel's webhook routes on 127.0.0.1, as the service would mount them. */
export async function serveChannel(channel: Channel, hooks: ChannelHooks): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  const router = express.Router();
  channel.mount(router, hooks);
  app.use(router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
