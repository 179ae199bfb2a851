import type { Db } from "../../db/client.js";

/** The only Prisma calls for the clinic table. */

export type ClinicSettingsRow = Partial<{
  name: string;
  emergencyNumber: string;
  contactLine: string;
  timeZone: string;
  mrnSystem: string;
  crisisLine: string;
  spanishRegister: "tu" | "usted";
}>;

export function clinicById(db: Db, clinicId: string) {
  return db.clinic.findUniqueOrThrow({ where: { id: clinicId } });
}

export function findClinic(db: Db, clinicId: string) {
  return db.clinic.findUnique({ where: { id: clinicId } });
}

/** The oldest clinic, leaving out one (the demo clinic) when its id is given. */
export function oldestClinic(db: Db, except?: string | null) {
  return db.clinic.findFirst({ where: except ? { id: { not: except } } : {}, orderBy: { createdAt: "asc" } });
}

export function clinicsByAge(db: Db) {
  return db.clinic.findMany({ orderBy: { createdAt: "asc" } });
}

export function insertClinic(db: Db, clinic: ClinicSettingsRow & { name: string; timeZone: string; createdAt: Date }) {
  return db.clinic.create({ data: clinic });
}

export function updateClinic(db: Db, clinicId: string, settings: ClinicSettingsRow) {
  return db.clinic.update({ where: { id: clinicId }, data: settings });
}
