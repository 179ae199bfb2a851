import { z } from "zod";
import type { Db } from "../db/client.js";
import { hashToken, randomSecret } from "../auth/password.js";
import { AppError, notFound } from "../core/errors.js";
import { auditOther } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, tokenViewSchema } from "./schemas.js";

export const TOKEN_SCOPES = ["read-only", "read-write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

export const tokenOptionsSchema = z.object({
  scope: z.enum(TOKEN_SCOPES, { message: "must be read-only or read-write" }).default("read-only"),
  expiresInDays: z.coerce.number().int().min(1).max(MAX_TOKEN_DAYS).default(DEFAULT_TOKEN_DAYS),
});
export type TokenOptions = z.input<typeof tokenOptionsSchema>;

/**
 * Creates an API token for a therapist; the secret is returned once and only its hash is kept.
 * Read-only unless asked, and never forever: an integration's secret leaks more easily than a password.
 */
export async function createApiToken(db: Db, therapistId: string, name: string, now: Date, options: TokenOptions = {}) {
  const { scope, expiresInDays } = tokenOptionsSchema.parse(options);
  const token = `hep_${randomSecret(32)}`;
  const expiresAt = new Date(now.getTime() + expiresInDays * 24 * 60 * 60_000);
  const row = await db.apiToken.create({ data: { therapistId, name, tokenHash: hashToken(token), scope, createdAt: now, expiresAt } });
  return { id: row.id, name: row.name, token, scope, createdAt: row.createdAt, expiresAt };
}

/** A password reset is for a therapist who may be compromised: their tokens go with the old password. */
export async function revokeTherapistTokens(db: Db, therapistId: string, now: Date) {
  return db.apiToken.updateMany({ where: { therapistId, revokedAt: null }, data: { revokedAt: now } });
}

const tokenView = (t: { id: string; name: string; scope: string; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

export function tokenRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/tokens",
      tag: "auth",
      summary: "The caller's API tokens (never the secrets)",
      response: z.object({ tokens: z.array(tokenViewSchema) }),
      async handler({ actor }) {
        const tokens = await db.apiToken.findMany({ where: { therapistId: actor.therapistId }, orderBy: { createdAt: "desc" } });
        return { tokens: tokens.map(tokenView) };
      },
    }),
    route({
      method: "post",
      path: "/tokens",
      tag: "auth",
      summary: "Create an API token for an integration (read-only unless scope says read-write; expires in 90 days unless expiresInDays says otherwise); the secret is shown only in this answer",
      body: z.object({ name: z.string().trim().min(1).max(80) }).extend(tokenOptionsSchema.shape).strict(),
      status: 201,
      response: z.object({ id: z.string(), name: z.string(), token: z.string(), scope: z.enum(TOKEN_SCOPES), createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() }),
      async handler({ actor, body }) {
        // Only someone who logged in mints tokens: a leaked token must not be able to outlive its revocation.
        if (actor.kind === "token") throw new AppError("forbidden", "API tokens cannot create tokens; log in to the dashboard to make one");
        const created = await createApiToken(db, actor.therapistId, body.name, deps.clock(), { scope: body.scope, expiresInDays: body.expiresInDays });
        await auditOther(deps, actor, "token.create", "api_token", created.id);
        return created;
      },
    }),
    route({
      method: "delete",
      path: "/tokens/:id",
      tag: "auth",
      summary: "Revoke one of the caller's API tokens",
      params: idParams,
      status: 204,
      async handler({ actor, params }) {
        const token = await db.apiToken.findFirst({ where: { id: params.id, therapistId: actor.therapistId } });
        if (!token) throw notFound("API token", params.id);
        if (!token.revokedAt) await db.apiToken.update({ where: { id: token.id }, data: { revokedAt: deps.clock() } });
        await auditOther(deps, actor, "token.revoke", "api_token", token.id);
        return undefined;
      },
    }),
  ];
}
