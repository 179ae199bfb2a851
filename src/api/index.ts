import express, { Router, type RequestHandler } from "express";
import { z } from "zod";
import { AppError } from "../core/errors.js";
import { assignmentRoutes } from "./assignments.routes.js";
import { channelPreferenceRoutes } from "./channel-preference.routes.js";
import { authenticate, authRoutes } from "./auth.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { enrollmentRoutes } from "./enrollment.routes.js";
import { escalationRoutes } from "./escalations.routes.js";
import { apiErrorHandler } from "../http/http-errors.js";
import { libraryRoutes } from "./library.routes.js";
import { messageRoutes } from "./messages.routes.js";
import { monitoringRoutes } from "./monitoring.routes.js";
import { buildOpenApiDocument } from "./openapi.js";
import { patientRoutes } from "./patients.routes.js";
import { programRoutes } from "./programs.routes.js";
import { recordRoutes } from "./records.routes.js";
import { mountRoutes, route, type AnyRoute } from "./route.js";
import { tokenRoutes } from "./tokens.routes.js";
import { meRoutes } from "./me.routes.js";
import { outcomeRoutes } from "./outcomes.routes.js";

export type { TherapistApiDeps } from "../http/therapist-deps.js";
export const API_VERSION = "1.0.0";

/**
 * A cross-site form can post urlencoded or text bodies without a CORS preflight, never JSON; with
 * SameSite=Strict session cookies, requiring JSON on every change is the CSRF defence.
 */
const requireJsonForChanges: RequestHandler = (req, _res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("invalid_input", "send changes as Content-Type: application/json", { contentType: type || null });
  next();
};

export function therapistApiRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const routes: AnyRoute[] = [
    ...authRoutes(deps),
    ...tokenRoutes(deps),
    ...meRoutes(deps),
    ...patientRoutes(deps),
    ...channelPreferenceRoutes(deps),
    ...enrollmentRoutes(deps),
    ...libraryRoutes(deps),
    ...programRoutes(deps),
    ...assignmentRoutes(deps),
    ...escalationRoutes(deps),
    ...messageRoutes(deps),
    ...recordRoutes(deps),
    ...monitoringRoutes(deps),
    ...outcomeRoutes(deps),
  ];
  let document: unknown;
  const openApi = route({
    method: "get",
    path: "/openapi.json",
    tag: "meta",
    summary: "This document (OpenAPI 3.1)",
    auth: false,
    response: z.looseObject({
      openapi: z.literal("3.1.0"),
      info: z.looseObject({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    }),
    async handler() {
      document ??= buildOpenApiDocument(routes, { version: API_VERSION });
      return document;
    },
  });
  routes.push(openApi);
  return routes;
}

/** The JSON API, mounted under /api. */
export function createApiRouter(deps: TherapistApiDeps): Router {
  const api = Router();
  api.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  api.use(requireJsonForChanges);
  api.use(express.json({ limit: "200kb" }));
  api.use(authenticate(deps));
  mountRoutes(api, therapistApiRoutes(deps));
  api.use((req) => {
    throw new AppError("not_found", `no such API route: ${req.method} ${req.baseUrl}${req.path}`);
  });
  api.use(apiErrorHandler(deps.logger));
  const root = Router();
  root.use("/api", api);
  return root;
}
