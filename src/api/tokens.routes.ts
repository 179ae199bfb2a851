import { z } from "zod";
import { AppError } from "../core/errors.js";
import { auditOther } from "../care/audit.js";
import { createApiToken, listApiTokens, revokeApiToken, TOKEN_SCOPES, tokenOptionsSchema } from "../care/therapists/api-tokens.service.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, tokenViewSchema } from "./schemas.js";

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
        const tokens = await listApiTokens(db, actor.therapistId);
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
        await revokeApiToken(db, actor.therapistId, params.id, deps.clock());
        await auditOther(deps, actor, "token.revoke", "api_token", params.id);
        return undefined;
      },
    }),
  ];
}
