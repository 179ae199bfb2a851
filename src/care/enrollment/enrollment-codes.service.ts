import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.js";
import { codeByText, insertEnrollmentCode, markCodeUsed, type EnrollmentCodeOwner } from "./enrollment-codes.repo.js";
import { linkChannelAddress, type ChatAddress } from "../patients/patients.repo.js";
import { updateTherapistSettings } from "../therapists/therapists.repo.js";
import { isUniqueViolation } from "../../db/unique-violation.js";

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
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

/**
 * Links the chat a code was sent from to whoever the one-time code was issued for: a patient
 * (their prompts and replies come here) or a therapist (their alerts and digest go here). Returns
 * who, or null when the code is unknown, used, expired or for another channel.
 */
export async function redeemEnrollmentCode(db: Db, code: string, chat: ChatAddress, now: Date): Promise<EnrollmentCodeOwner | null> {
  return db.$transaction(async (tx) => {
    const enrollment = await codeByText(tx, code);
    if (!enrollment || enrollment.usedAt || enrollment.expiresAt < now || enrollment.channel !== chat.channel) return null;
    if (!(await markCodeUsed(tx, enrollment.id, now))) return null;
    if (enrollment.therapistId) {
      await updateTherapistSettings(tx, enrollment.therapistId, { notifyChannel: chat.channel, notifyAddress: chat.address, notifyRef: chat.conversationRef });
      return { therapistId: enrollment.therapistId };
    }
    if (!enrollment.patientId) return null;
    await linkChannelAddress(tx, enrollment.patientId, chat);
    return { patientId: enrollment.patientId };
  });
}
