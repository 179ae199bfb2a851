import type { Db } from "../db/client.js";

/** Outbox kinds that exist only to keep a patient exercising; consent and pauses stop them. */
export const PATIENT_PROMPT_KINDS = ["prompt", "nudge", "outcome"] as const;

/**
 * A platform told us the patient opted out (Twilio 21610, a blocked Telegram bot): record it as
 * the patient's consent, keep the history in a ConsentEvent, and cancel the prompts and nudges
 * still waiting. Idempotent: an already opted-out patient is left as is.
 * Returns whether consent changed.
 */
export async function recordPlatformOptOut(db: Db, patientId: string, source: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.patient.updateMany({
      where: { id: patientId, consent: { not: "opted_out" } },
      data: { consent: "opted_out", consentChangedAt: now, consentSource: source },
    });
    if (count > 0) await tx.consentEvent.create({ data: { patientId, state: "opted_out", source, at: now } });
    await cancelPendingPrompts(tx, patientId, `cancelled: patient opted out (${source})`);
    return count > 0;
  });
}

/** Cancels a patient's prompts and nudges that have not gone out yet. */
export async function cancelPendingPrompts(db: Pick<Db, "outboxMessage">, patientId: string, reason: string): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { patientId, status: "pending", kind: { in: [...PATIENT_PROMPT_KINDS] } },
    data: { status: "cancelled", lastError: reason, claimedBy: null, claimedUntil: null },
  });
  return count;
}
