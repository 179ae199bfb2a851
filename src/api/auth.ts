import type { Request, RequestHandler } from "express";
import { z } from "zod";
import { AppError } from "../core/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { actorLabel, type Actor } from "../care/actor.js";
import { DEFAULT_LOGIN_RATE_LIMIT, DEFAULT_SESSION_TTL_MS, type TherapistApiDeps } from "../http/therapist-deps.js";
import { LoginFailureCounter } from "./login-rate-limit.js";
import { route, type AnyRoute } from "./route.js";
import { actorSchema } from "./schemas.js";
import { checkLogin, endSession, startSession, toActor } from "../care/therapists/credentials.service.js";
import { resolveActor, SESSION_COOKIE } from "../http/resolve-actor.js";

/** Secure when served over TLS directly or, behind a TLS-terminating proxy, when the public URL is https. */
const secure = (req: Request, deps: TherapistApiDeps) => req.secure || Boolean(deps.publicBaseUrl?.startsWith("https:"));

function sessionCookie(value: string, maxAgeSeconds: number, isSecure: boolean): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${maxAgeSeconds}`, ...(isSecure ? ["Secure"] : [])];
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; ${attributes.join("; ")}`;
}

/** Puts the caller (if any) on `res.locals.actor`; routes decide whether one is required. */
export function authenticate(deps: TherapistApiDeps): RequestHandler {
  return async (req, res, next) => {
    res.locals.actor = await resolveActor(deps.db, req, deps.clock());
    next();
  };
}

const loginBody = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "must be an email address" })),
  password: z.string().min(1, "is required").max(200),
});

export function authRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const failures = new LoginFailureCounter(deps.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT, deps.clock);
  const ttl = deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  return [
    route({
      method: "post",
      path: "/auth/login",
      tag: "auth",
      summary: "Log in with email and password; sets an HttpOnly, SameSite=Strict session cookie",
      auth: false,
      body: loginBody,
      response: z.object({ therapist: actorSchema }),
      errors: ["unauthorized", "rate_limited"],
      async handler({ req, res, body }) {
        const attempt = failures.attempt(body.email, req.ip ?? "unknown");
        if ("retryAfterSeconds" in attempt) throw new AppError("rate_limited", "too many failed logins; try again later", { retryAfterSeconds: attempt.retryAfterSeconds });
        const login = await checkLogin(deps.db, body.email, body.password);
        const now = deps.clock();
        if (!login.ok) {
          await recordAudit(deps.db, { actor: "system", action: "auth.login_failed", entity: "therapist", entityId: login.therapistId }, now);
          throw new AppError("unauthorized", "wrong email or password");
        }
        attempt.ticket.succeeded();
        const { therapist } = login;
        const { secret, sessionId } = await startSession(deps.db, therapist.id, now, ttl);
        res.append("Set-Cookie", sessionCookie(secret, Math.floor(ttl / 1000), secure(req, deps)));
        const actor = toActor(therapist, "therapist", therapist.id, sessionId);
        await recordAudit(deps.db, { actor: actorLabel(actor), action: "auth.login", entity: "therapist", entityId: therapist.id }, now);
        return { therapist: publicActor(actor) };
      },
    }),
    route({
      method: "post",
      path: "/auth/logout",
      tag: "auth",
      summary: "End the dashboard session",
      status: 204,
      async handler({ req, res, actor }) {
        if (actor.sessionId) await endSession(deps.db, actor.sessionId);
        res.append("Set-Cookie", sessionCookie("", 0, secure(req, deps)));
        await recordAudit(deps.db, { actor: actorLabel(actor), action: "auth.logout", entity: "therapist", entityId: actor.therapistId }, deps.clock());
        return undefined;
      },
    }),
    route({
      method: "get",
      path: "/auth/me",
      tag: "auth",
      summary: "Who the session or token belongs to",
      response: z.object({ therapist: actorSchema }),
      async handler({ actor }) {
        return { therapist: publicActor(actor) };
      },
    }),
  ];
}

export function publicActor(actor: Actor) {
  return { id: actor.therapistId, name: actor.name, email: actor.email, role: actor.role, clinicId: actor.clinicId, via: actor.kind === "token" ? "token" : "session" };
}
