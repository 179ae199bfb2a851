import { z } from "zod";
import type { Db } from "../db/client.js";
import { hashToken, randomSecret } from "../auth/password.js";
import { notFound } from "../core/errors.js";
import { auditOther } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

/** Creates an API token for a therapist; the secret is returned once and only its hash is kept. */
export async function createApiToken(db: Db, therapistId: string, name: string, now: Date) {
  const token = `hep_${randomSecret(32)}`;
  const row = await db.apiToken.create({ data: { therapistId, name, tokenHash: hashToken(token), createdAt: now } });
  return { id: row.id, name: row.name, token, createdAt: row.createdAt };
}

const tokenView = (t: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt,
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
      async handler({ actor }) {
        const tokens = await db.apiToken.findMany({ where: { therapistId: actor.therapistId }, orderBy: { createdAt: "desc" } });
        return { tokens: tokens.map(tokenView) };
      },
    }),
    route({
      method: "post",
      path: "/tokens",
      tag: "auth",
      summary: "Create an API token for an integration; the secret is shown only in this answer",
      body: z.object({ name: z.string().trim().min(1).max(80) }).strict(),
      status: 201,
      response: z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.iso.datetime() }),
      async handler({ actor, body }) {
        const created = await createApiToken(db, actor.therapistId, body.name, deps.clock());
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
