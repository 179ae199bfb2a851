import type { Db } from "../db/client.js";
import { loadFixtures } from "../library/library.seed.js";

let demoEmail: string | undefined;

/** The demo therapist's address: `.local` cannot be a real clinic's mail, so it marks the demo clinic. */
export function demoTherapistEmail(): string {
  demoEmail ??= loadFixtures().demoClinic.therapist.email;
  return demoEmail;
}

/** The demo clinic's id, or null when this database has none (production, or a deleted demo). */
export async function findDemoClinicId(db: Db): Promise<string | null> {
  const therapist = await db.therapist.findUnique({ where: { email: demoTherapistEmail() }, select: { clinicId: true } });
  return therapist?.clinicId ?? null;
}
