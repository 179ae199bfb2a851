import type { Router } from "express";
import { createApiRouter } from "../api/index.js";
import { createDashboardRouter } from "../dashboard/dashboard.router.js";
import type { TherapistApiDeps } from "./therapist-deps.js";

/** The therapist side: the JSON API under /api and the dashboard (pages, handouts, short video links). */
export function createTherapistRouters(deps: TherapistApiDeps): Router[] {
  return [createApiRouter(deps), createDashboardRouter(deps)];
}
