import express, { type Express, type Router } from "express";
import type { Logger } from "../logging/logger.js";

export interface HttpAppParts {
  logger: Logger;
  /** Whether the service has finished starting and can take work. */
  ready: () => boolean;
  /** Details for /healthz beyond status: database provider, channels, counts. */
  healthDetails: () => Promise<Record<string, unknown>>;
  /** Feature routers mounted in order (webhooks, chat, API, dashboard). */
  routers: Router[];
}

export function createHttpApp(parts: HttpAppParts): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.get("/healthz", async (_req, res) => {
    if (!parts.ready()) {
      res.status(503).json({ status: "starting" });
      return;
    }
    try {
      res.json({ status: "ok", ...(await parts.healthDetails()) });
    } catch (error) {
      parts.logger.error({ err: error }, "health check failed");
      res.status(503).json({ status: "error" });
    }
  });
  for (const router of parts.routers) app.use(router);
  return app;
}
