import type { DeliveryStatusUpdate } from "../channels/channel.js";
import { isForwardTransition, type DeliveryStatus } from "../channels/twilio/delivery-status.js";
import type { Db } from "../db/client.js";

export interface DeliveryStatusOutcome {
  /** false when no outbox row has that platform id (a message sent outside hepbot, or not yet marked sent). */
  found: boolean;
  /** false when the update was older than what is stored (callbacks arrive out of order). */
  applied: boolean;
}

/**
 * Applies a platform's delivery report to the outbox row it is about, forward only: a late
 * "sent" never overwrites "delivered". The conditional update makes concurrent callbacks safe:
 * each one only writes if the status it read is still the stored one.
 */
export async function applyDeliveryStatus(db: Db, update: DeliveryStatusUpdate): Promise<DeliveryStatusOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.outboxMessage.findFirst({
      where: { channel: update.channel, platformMessageId: update.platformMessageId },
      select: { id: true, deliveryStatus: true },
    });
    if (!row) return { found: false, applied: false };
    const current = (row.deliveryStatus ?? null) as DeliveryStatus | null;
    if (!isForwardTransition(current, update.status)) return { found: true, applied: false };
    const failed = update.status === "failed" || update.status === "undelivered";
    const { count } = await db.outboxMessage.updateMany({
      where: { id: row.id, deliveryStatus: current },
      data: {
        deliveryStatus: update.status,
        ...(update.status === "delivered" || update.status === "read" ? { status: "delivered" } : {}),
        ...(failed ? { lastError: `delivery ${update.status}${update.platformCode !== undefined ? ` (${update.platformCode})` : ""}` } : {}),
      },
    });
    if (count > 0) return { found: true, applied: true };
  }
  return { found: true, applied: false };
}
