import { z } from "zod";
import { hashToken, randomSecret } from "../../auth/password.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../core/errors.js";
import { insertApiToken, revokeToken, revokeTokensOf, tokensOf } from "./therapists.repo.js";

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
  const row = await insertApiToken(db, { therapistId, name, tokenHash: hashToken(token), scope, createdAt: now, expiresAt });
  return { id: row.id, name: row.name, token, scope, createdAt: row.createdAt, expiresAt };
}

/** A password reset is for a therapist who may be compromised: their tokens go with the old password. */
export async function revokeTherapistTokens(db: Db, therapistId: string, now: Date) {
  return revokeTokensOf(db, therapistId, now);
}

/** The therapist's tokens, newest first (hashes are never returned by the API's view). */
export function listApiTokens(db: Db, therapistId: string) {
  return tokensOf(db, therapistId);
}

/** Revokes one of the therapist's own tokens; anyone else's is "not found". */
export async function revokeApiToken(db: Db, therapistId: string, id: string, now: Date) {
  if (!(await revokeToken(db, therapistId, id, now))) throw notFound("API token", id);
}
