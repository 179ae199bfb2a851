import type { Db } from "../../db/client.js";

/** The only Prisma calls for API tokens and dashboard sessions. */

export function insertApiToken(db: Db, data: { therapistId: string; name: string; tokenHash: string; scope: string; createdAt: Date; expiresAt: Date }) {
  return db.apiToken.create({ data });
}

export function tokensOf(db: Db, therapistId: string) {
  return db.apiToken.findMany({ where: { therapistId }, orderBy: { createdAt: "desc" } });
}

/** Revokes one of the therapist's tokens; false when they have no such token. Revoking twice keeps the first time. */
export async function revokeToken(db: Db, therapistId: string, id: string, now: Date): Promise<boolean> {
  const token = await db.apiToken.findFirst({ where: { id, therapistId } });
  if (!token) return false;
  if (!token.revokedAt) await db.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
  return true;
}

export function revokeTokensOf(db: Db, therapistId: string, now: Date) {
  return db.apiToken.updateMany({ where: { therapistId, revokedAt: null }, data: { revokedAt: now } });
}

export function tokenByHash(db: Db, tokenHash: string) {
  return db.apiToken.findUnique({ where: { tokenHash }, include: { therapist: true } });
}

export function markTokenUsed(db: Db, id: string, now: Date) {
  return db.apiToken.update({ where: { id }, data: { lastUsedAt: now } });
}

export function sessionByHash(db: Db, tokenHash: string) {
  return db.therapistSession.findUnique({ where: { tokenHash }, include: { therapist: true } });
}
