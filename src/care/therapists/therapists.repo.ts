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

/** A therapist of the given clinic; null for anyone else's. */
export function therapistInClinic(db: Db, clinicId: string, therapistId: string) {
  return db.therapist.findFirst({ where: { id: therapistId, clinicId } });
}

export function clinicTherapists(db: Db, clinicId: string) {
  return db.therapist.findMany({ where: { clinicId }, select: { id: true, name: true } });
}

export function therapistOrNull(db: Db, therapistId: string) {
  return db.therapist.findUnique({ where: { id: therapistId } });
}

/** The first admin (else the first therapist) outside the given clinic: who gets a patient enrolled without a therapist named. */
export function firstTherapistOutside(db: Db, clinicId: string) {
  return db.therapist.findFirst({ where: { clinicId: { not: clinicId } }, orderBy: [{ role: "asc" }, { createdAt: "asc" }] });
}

export function therapistById(db: Pick<Db, "therapist">, therapistId: string) {
  return db.therapist.findUniqueOrThrow({ where: { id: therapistId } });
}

/** A therapist's own settings: language, time zone, digest time and where alerts go; undefined fields stay. */
export type TherapistSettingsRow = {
  language?: string;
  timeZone?: string;
  digestTime?: string;
  notifyChannel?: string | null;
  notifyAddress?: string | null;
  notifyRef?: string | null;
};

export function updateTherapistSettings(db: Pick<Db, "therapist">, therapistId: string, data: TherapistSettingsRow) {
  return db.therapist.update({ where: { id: therapistId }, data });
}

export function therapistByEmail(db: Db, email: string) {
  return db.therapist.findUnique({ where: { email } });
}

export function insertTherapist(db: Db, therapist: { clinicId: string; name: string; email: string; role: string; timeZone: string; passwordHash: string; digestTime?: string }) {
  return db.therapist.create({ data: therapist });
}

/** Sets a new password and ends every dashboard session of the therapist, in one transaction. */
export async function replacePassword(db: Db, therapistId: string, passwordHash: string): Promise<void> {
  await db.$transaction([
    db.therapist.update({ where: { id: therapistId }, data: { passwordHash } }),
    db.therapistSession.deleteMany({ where: { therapistId } }),
  ]);
}

export function insertSession(db: Db, session: { therapistId: string; tokenHash: string; createdAt: Date; expiresAt: Date }) {
  return db.therapistSession.create({ data: session });
}

export function deleteSession(db: Db, sessionId: string) {
  return db.therapistSession.deleteMany({ where: { id: sessionId } });
}

export async function tokenIdsOf(db: Db, therapistIds: string[]): Promise<string[]> {
  return (await db.apiToken.findMany({ where: { therapistId: { in: therapistIds } }, select: { id: true } })).map((t) => t.id);
}
