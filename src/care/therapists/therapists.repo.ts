import type { Db } from "../../db/client.js";

/** The only Prisma calls for API tokens and dashboard sessions. */

export function insertApiToken(db: Db, data: { therapistId: string; name: string; tokenHash: string; scope: string; createdAt: Date; expiresAt: Date }) {
  return db.apiToken.create({ data });
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
