import type { Db } from "../db/client.js";

/**
 * When the patient at this channel address last wrote to us on that channel (WhatsApp's 24-hour
 * window opens then). Looked up through the address's patient so the patient-and-time index serves it.
 */
export async function lastInboundAt(db: Db, channel: string, address: string): Promise<Date | null> {
  const owner = await db.channelAddress.findUnique({ where: { channel_address: { channel, address } }, select: { patientId: true } });
  if (!owner) return null;
  const last = await db.messageLog.findFirst({
    where: { patientId: owner.patientId, direction: "inbound", channel, address },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last?.createdAt ?? null;
}
