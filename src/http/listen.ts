import { createServer, type Server } from "node:http";
import type { Express } from "express";

const closing = new WeakSet<Server>();

export class ListenError extends Error {
  constructor(host: string, port: number, cause: NodeJS.ErrnoException) {
    const why =
      cause.code === "EADDRINUSE" ? "the port is already in use" : cause.code === "EACCES" ? "permission denied" : cause.code === "EADDRNOTAVAIL" ? "no such address on this machine" : cause.message;
    super(`PORT/HOST: cannot listen on ${host}:${port}: ${why}`, { cause });
    this.name = "ListenError";
  }
}

/**
 * Binds the HTTP server, rejecting when the address cannot be bound (Express 5's `app.listen`
 * hands that error to its callback, which is easy to mistake for success).
 */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  // A keep-alive connection whose response finishes after the close began closes right away.
  server.on("request", (_req, res) =>
    res.once("finish", () => {
      if (closing.has(server)) setImmediate(() => server.closeIdleConnections());
    }),
  );
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(new ListenError(host, port, error)));
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Stops taking connections and lets requests in flight finish. A keep-alive connection closes as
 * soon as its last response is written; after `graceMs`, whatever is left is cut.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  closing.add(server);
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
