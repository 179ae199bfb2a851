import { hashPassword, randomSecret } from "../../auth/password.js";
import { AppError, invalidInput } from "../../core/errors.js";
import type { Db } from "../../db/client.js";
import { revokeTherapistTokens } from "./api-tokens.service.js";
import { insertTherapist, replacePassword, therapistByEmail } from "./therapists.repo.js";

/** Therapist accounts as clinic IT manages them: passwords are generated, returned once and stored hashed. */

export async function findTherapistByEmail(db: Db, email: string) {
  const therapist = await therapistByEmail(db, email);
  if (!therapist) throw invalidInput(`no therapist with email ${email}`);
  return therapist;
}

export async function createTherapist(db: Db, clinic: { id: string; timeZone: string }, input: { name: string; email: string; role: "admin" | "therapist"; timeZone?: string }) {
  if (await therapistByEmail(db, input.email)) throw new AppError("conflict", `a therapist with email ${input.email} already exists`);
  const password = randomSecret(12);
  const therapist = await insertTherapist(db, {
    clinicId: clinic.id,
    name: input.name,
    email: input.email,
    role: input.role,
    timeZone: input.timeZone ?? clinic.timeZone,
    passwordHash: await hashPassword(password),
  });
  return { therapist, password };
}

/** A reset is for a therapist who may be compromised: their sessions and API tokens go with the old password. */
export async function resetPassword(db: Db, therapistId: string, now: Date): Promise<string> {
  const password = randomSecret(12);
  await replacePassword(db, therapistId, await hashPassword(password));
  await revokeTherapistTokens(db, therapistId, now);
  return password;
}
