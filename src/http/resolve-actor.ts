import type { Request } from "express";
import type { Db } from "../db/client.js";
import type { Actor } from "../care/actor.js";
import { actorForSession, actorForToken } from "../care/therapists/credentials.service.js";

export const SESSION_COOKIE = "hepbot_session";

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** The caller from a bearer token or the session cookie; undefined when neither is valid. */
export async function resolveActor(db: Db, req: Request, now: Date): Promise<Actor | undefined> {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return actorForToken(db, header.slice(7).trim(), now);
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? actorForSession(db, cookie, now) : undefined;
}
