import type { Db } from "../../db/client.js";
import { invalidInput } from "../../core/errors.js";
import { findDemoClinicId } from "../../seed/demo-clinic.js";
import { clinicsByAge, findClinic, insertClinic, oldestClinic, updateClinic, type ClinicSettingsRow } from "./clinics.repo.js";

export { clinicById, type ClinicSettingsRow } from "./clinics.repo.js";

export function createClinic(db: Db, settings: ClinicSettingsRow & { name: string; timeZone: string }, now: Date) {
  return insertClinic(db, { ...settings, createdAt: now });
}

export function listClinics(db: Db) {
  return clinicsByAge(db);
}

/** Changes a clinic's settings; `first` is the oldest clinic (the demo one too). */
export async function changeClinic(db: Db, which: string | "first", settings: ClinicSettingsRow) {
  const target = which === "first" ? await oldestClinic(db) : await findClinic(db, which);
  if (!target) throw invalidInput(`no clinic ${which}`);
  return updateClinic(db, target.id, settings);
}

/** The clinic a new therapist joins. "first" never means the demo clinic: real therapists added there would see demo patients. */
export async function clinicForNewTherapist(db: Db, which: string | "first") {
  const clinic = which === "first" ? await oldestClinic(db, await findDemoClinicId(db)) : await findClinic(db, which);
  if (!clinic) throw invalidInput(which === "first" ? "there is no clinic besides the demo yet: run clinic create first" : `unknown clinic: ${which}`);
  return clinic;
}


/** How the clinic's Spanish messages address patients: "usted" unless the clinic chose "tu". */
export async function spanishRegisterOf(db: Db, clinicId: string): Promise<"tu" | "usted"> {
  return (await findClinic(db, clinicId))?.spanishRegister === "tu" ? "tu" : "usted";
}
