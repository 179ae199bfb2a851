import type { Db, Prisma } from "../../db/client.js";

/** The Prisma calls for enrollment codes: issued by a therapist, redeemed from a chat. */

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

export function codeByText(tx: Pick<Prisma.TransactionClient, "enrollmentCode">, code: string) {
  return tx.enrollmentCode.findUnique({ where: { code } });
}

/** Marks the code used unless someone else just did; returns whether this call did. */
export async function markCodeUsed(tx: Pick<Prisma.TransactionClient, "enrollmentCode">, id: string, now: Date): Promise<boolean> {
  const { count } = await tx.enrollmentCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}
