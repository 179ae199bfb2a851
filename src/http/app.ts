import express, { type ErrorRequestHandler, type Express, type Router } from "express";
import type { Logger } from "../logging/logger.js";

export interface HttpAppParts {
  logger: Logger;
  /** Whether the service has finished starting and can take work. */
  ready: () => boolean;
  /** Throws when the service cannot do its work now (the database is unreachable). */
  healthCheck: () => Promise<void>;
  /** Feature routers mounted in order (webhooks, chat, API, dashboard). */
  routers: Router[];
}

export function createHttpApp(parts: HttpAppParts): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  // Unauthenticated, so it says only whether the service is ready: no counts, versions or providers.
  app.get("/healthz", async (_req, res) => {
    if (!parts.ready()) {
      res.status(503).json({ status: "starting" });
      return;
    }
    try {
      await parts.healthCheck();
      res.json({ status: "ok" });
    } catch (error) {
      parts.logger.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });
  for (const router of parts.routers) app.use(router);
  app.use(lastErrorHandler(parts.logger));
  return app;
}

const CLIENT_ERRORS: Record<number, string> = {
  400: "bad request",
  413: "the body is too large",
  415: "unsupported content type or charset",
};

/**
 * What Express would otherwise answer with a stack trace (body-parser's 400/413/415, a URL it
 * cannot decode, a webhook whose database write failed): a short JSON error, never the stack.
 * A 5xx tells a platform to deliver its webhook again later.
 */
function lastErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const given = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
    const status = typeof given === "number" && given >= 400 && given < 600 ? given : 500;
    if (status >= 500) logger.error({ err: error, method: req.method, path: req.path }, "request failed");
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    const parseFailed = (error as { type?: string })?.type === "entity.parse.failed";
    const message = status >= 500 ? "something went wrong on our side" : parseFailed ? "the body is not valid JSON" : (CLIENT_ERRORS[status] ?? "bad request");
    res.status(status).json({ error: { code: status >= 500 ? "internal" : "invalid_input", message } });
  };
}
