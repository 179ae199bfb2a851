import { hashPassword, hashToken, randomSecret, verifyPassword } from "../../auth/password.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../actor.js";
import { deleteSession, insertSession, markTokenUsed, sessionByHash, therapistByEmail, tokenByHash } from "./therapists.repo.js";

type TherapistRow = { id: string; clinicId: string; role: string; name: string; email: string };

export function toActor(therapist: TherapistRow, kind: Actor["kind"], id: string, sessionId?: string, scope: Actor["scope"] = "read-write"): Actor {
  return {
    kind,
    scope,
    id,
    therapistId: therapist.id,
    clinicId: therapist.clinicId,
    role: therapist.role === "admin" ? "admin" : "therapist",
    name: therapist.name,
    email: therapist.email,
    ...(sessionId ? { sessionId } : {}),
  };
}

/** The therapist an API token's secret acts for; undefined when unknown, revoked or expired. */
export async function actorForToken(db: Db, secret: string, now: Date): Promise<Actor | undefined> {
  const token = await tokenByHash(db, hashToken(secret));
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return undefined;
  // Once a minute is precise enough for "last used", and spares a write per request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) await markTokenUsed(db, token.id, now);
  return toActor(token.therapist, "token", token.id, undefined, token.scope === "read-write" ? "read-write" : "read-only");
}

/** The therapist a dashboard session cookie belongs to; undefined when unknown or expired. */
export async function actorForSession(db: Db, secret: string, now: Date): Promise<Actor | undefined> {
  const session = await sessionByHash(db, hashToken(secret));
  if (!session || session.expiresAt <= now) return undefined;
  return toActor(session.therapist, "therapist", session.therapist.id, session.id);
}

// A real hash to compare against when the email is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

type LoginCheck = { ok: true; therapist: NonNullable<Awaited<ReturnType<typeof therapistByEmail>>> } | { ok: false; therapistId: string | null };

/** Whether the email and password are a therapist's; a failure names the account tried (null: no such email). */
export async function checkLogin(db: Db, email: string, password: string): Promise<LoginCheck> {
  const therapist = await therapistByEmail(db, email);
  dummyHash ??= hashPassword(randomSecret());
  const ok = await verifyPassword(therapist?.passwordHash ?? (await dummyHash), password);
  if (!therapist || !therapist.passwordHash || !ok) return { ok: false, therapistId: therapist?.id ?? null };
  return { ok: true, therapist };
}

/** Starts a dashboard session; the secret (for the cookie) is returned once and only its hash is kept. */
export async function startSession(db: Db, therapistId: string, now: Date, ttlMs: number): Promise<{ secret: string; sessionId: string }> {
  const secret = randomSecret(32);
  const session = await insertSession(db, { therapistId, tokenHash: hashToken(secret), createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) });
  return { secret, sessionId: session.id };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
