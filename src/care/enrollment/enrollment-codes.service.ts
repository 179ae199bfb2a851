import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.js";
import { insertEnrollmentCode, type EnrollmentCodeOwner } from "./enrollment-codes.repo.js";

export { enrollmentCodesOf } from "./enrollment-codes.repo.js";

// No 0/O, 1/I/L: the code may be read aloud or typed from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ENROLLMENT_CODE_LENGTH = 8;

export function enrollmentCode(): string {
  return Array.from({ length: ENROLLMENT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** The Telegram deep link that sends `/start CODE` to the bot, when the bot's username is known. */
export function telegramStartLink(botUsername: string | undefined, channel: string, code: string): string | null {
  return channel === "telegram" && botUsername ? `https://t.me/${botUsername.replace(/^@/, "")}?start=${code}` : null;
}

/** Creates a code that links a patient's (or a therapist's) chat, retrying the rare clash of random codes. */
export async function createEnrollmentCode(db: Db, owner: EnrollmentCodeOwner, channel: string, ttlHours: number, now: Date) {
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await insertEnrollmentCode(db, { code: enrollmentCode(), ...owner, channel, expiresAt, createdAt: now });
    } catch (error) {
      // 31^8 codes: a clash is rare; try a fresh one a few times.
      if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
    }
  }
}
