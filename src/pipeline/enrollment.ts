import type { Db } from "../db/client.js";
import type { InboundMessage } from "../channels/channel.js";

/** A code typed on its own ("K7P2QX") or after "link"/"code", as a patient would paste it. */
const TYPED_CODE = /^(?:(?:link|code|codigo|código)\s+)?([A-Za-z0-9]{6,10})$/i;

export function presentedCode(message: InboundMessage): string | null {
  if (message.linkCode) return message.linkCode.toUpperCase();
  const typed = TYPED_CODE.exec(message.text.trim());
  return typed?.[1] && /\d/.test(typed[1]) ? typed[1].toUpperCase() : null;
}

export type Redeemed = { patientId: string } | { therapistId: string };

/**
 * Links the sender's address to whoever the one-time code was issued for: a patient (their prompts
 * and replies come here) or a therapist (their alerts and digest go here). Returns who, or null
 * when the code is unknown, used, expired or for another channel.
 */
export async function redeemEnrollmentCode(db: Db, code: string, message: InboundMessage, now: Date): Promise<Redeemed | null> {
  return db.$transaction(async (tx) => {
    const enrollment = await tx.enrollmentCode.findUnique({ where: { code } });
    if (!enrollment || enrollment.usedAt || enrollment.expiresAt < now || enrollment.channel !== message.channel) return null;
    const claimed = await tx.enrollmentCode.updateMany({ where: { id: enrollment.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return null;
    if (enrollment.therapistId) {
      await tx.therapist.update({
        where: { id: enrollment.therapistId },
        data: { notifyChannel: message.channel, notifyAddress: message.address, notifyRef: message.conversationRef ?? null },
      });
      return { therapistId: enrollment.therapistId };
    }
    if (!enrollment.patientId) return null;
    await tx.channelAddress.upsert({
      where: { channel_address: { channel: message.channel, address: message.address } },
      create: { patientId: enrollment.patientId, channel: message.channel, address: message.address, conversationRef: message.conversationRef ?? null },
      update: { patientId: enrollment.patientId, conversationRef: message.conversationRef ?? null },
    });
    return { patientId: enrollment.patientId };
  });
}
