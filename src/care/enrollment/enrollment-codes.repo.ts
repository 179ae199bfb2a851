import type { Db } from "../../db/client.js";

/** The therapist-side Prisma calls for enrollment codes (a patient's chat redeems one in pipeline/enrollment.ts). */

export type EnrollmentCodeOwner = { patientId: string } | { therapistId: string };

export function insertEnrollmentCode(db: Db, code: { code: string; channel: string; expiresAt: Date; createdAt: Date } & EnrollmentCodeOwner) {
  return db.enrollmentCode.create({ data: code });
}

/** The patient's codes, newest first; with `unusedAt`, only those still unused and unexpired at that time. */
export function enrollmentCodesOf(db: Db, patientId: string, unusedAt?: Date) {
  return db.enrollmentCode.findMany({
    where: { patientId, ...(unusedAt ? { usedAt: null, expiresAt: { gt: unusedAt } } : {}) },
    orderBy: { createdAt: "desc" },
  });
}
