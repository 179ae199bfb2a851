import type { Db, Prisma } from "../../db/client.js";
import { fromStateRow, toStateRow, type Awaiting } from "../../conversation/dialogue-state.js";

type Tx = Prisma.TransactionClient;

/** The open questions of many patients in one query; patients with none are absent. */
export async function loadAwaitingFor(db: Db, patientIds: readonly string[], now: Date): Promise<Map<string, Awaiting>> {
  const rows = await db.conversationState.findMany({
    where: { patientId: { in: [...patientIds] } },
    select: { patientId: true, awaiting: true, data: true, expiresAt: true },
  });
  const open = new Map<string, Awaiting>();
  for (const row of rows) {
    const awaiting = fromStateRow(row, now);
    if (awaiting) open.set(row.patientId, awaiting);
  }
  return open;
}

/** Opens a question (replacing any other), in the transaction that queues the reply asking it. */
export async function saveAwaiting(tx: Tx, patientId: string, state: Awaiting, messageId: string, now: Date): Promise<void> {
  const row = { ...toStateRow(state, now), messageId };
  await tx.conversationState.upsert({ where: { patientId }, create: { patientId, ...row }, update: row });
}

/** Messages were read with their open questions in mind: those exchanges are over. */
export async function closeAwaiting(tx: Tx, patientIds: readonly string[]): Promise<void> {
  if (patientIds.length > 0) await tx.conversationState.deleteMany({ where: { patientId: { in: [...patientIds] } } });
}
