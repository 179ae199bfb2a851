import { hashToken } from "../../auth/password.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../actor.js";
import { markTokenUsed, sessionByHash, tokenByHash } from "./therapists.repo.js";

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
