import type { Db, Prisma } from "../../db/client.js";

type Tx = Prisma.TransactionClient;

/**
 * The reminder days a patient ruled out by text and the log of what they changed by text
 * (src/conversation/schedule-reply.ts decides the change; the pipeline writes it here).
 */

/** Sets the weekdays without reminders (ISO, 1 = Mon); [] removes the row, so every assignment day counts again. */
export async function setReminderDaysOff(tx: Tx, patientId: string, weekdays: number[], setBy: string): Promise<void> {
  if (weekdays.length === 0) {
    await tx.reminderDaysOff.deleteMany({ where: { patientId } });
    return;
  }
  const value = weekdays.join(",");
  await tx.reminderDaysOff.upsert({ where: { patientId }, create: { patientId, weekdays: value, setBy }, update: { weekdays: value, setBy } });
}

export async function reminderDaysOff(db: Db | Tx, patientId: string): Promise<number[]> {
  const row = await db.reminderDaysOff.findUnique({ where: { patientId } });
  return row === null ? [] : row.weekdays.split(",").map(Number);
}

export async function recordReminderChange(tx: Tx, change: { patientId: string; source: string; what: string; createdAt: Date }): Promise<void> {
  await tx.reminderChange.create({ data: change });
}

/** The newest changes first. */
export function reminderChanges(db: Db, patientId: string, limit = 20) {
  return db.reminderChange.findMany({ where: { patientId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { source: true, what: true, createdAt: true } });
}
