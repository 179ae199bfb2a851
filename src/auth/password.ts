import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";

// Argon2id with OWASP's minimum memory cost: slow for an attacker with a stolen table, fine for a login.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random secret for people to type or paste (passwords, API tokens, session ids). */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are random and long, so a fast hash is enough to store them safely. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
