import type { Db, Prisma } from "../db/client.js";
import { fromStateRow, toStateRow, type Awaiting } from "../conversation/dialogue-state.js";

type Tx = Prisma.TransactionClient;

/** The question this patient's next message answers, or null (none asked, expired, or unreadable). */
export async function loadAwaiting(db: Db, patientId: string, now: Date): Promise<Awaiting | null> {
  const row = await db.conversationState.findUnique({ where: { patientId }, select: { awaiting: true, data: true, expiresAt: true } });
  return fromStateRow(row, now);
}

/** Opens a question (replacing any other), in the transaction that queues the reply asking it. */
export async function saveAwaiting(tx: Tx, patientId: string, state: Awaiting, messageId: string, now: Date): Promise<void> {
  const row = { ...toStateRow(state, now), messageId };
  await tx.conversationState.upsert({ where: { patientId }, create: { patientId, ...row }, update: row });
}

/** A message was read with the open question in mind: the exchange is over. */
export async function closeAwaiting(tx: Tx, patientId: string): Promise<void> {
  await tx.conversationState.deleteMany({ where: { patientId } });
}
