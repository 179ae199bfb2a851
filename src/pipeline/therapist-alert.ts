import type { Db } from "../db/client.js";
import type { ChannelName } from "../channels/channel.js";
import { TemplateWriter, type TemplateBook } from "../conversation/reply-templates.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";

/**
 * Emergency and urgent escalations go to the therapist at once, on the channel they chose.
 * Returns false when the therapist has none set: the escalation then waits in the dashboard inbox.
 */
export async function alertTherapist(db: Db, escalationId: string, templates: Record<"en" | "es", TemplateBook>, now: Date): Promise<boolean> {
  const escalation = await db.escalation.findUniqueOrThrow({ where: { id: escalationId }, include: { patient: { include: { therapist: true } } } });
  const therapist = escalation.patient.therapist;
  if (!therapist.notifyChannel || !therapist.notifyAddress) return false;
  const lang = therapist.language === "es" ? "es" : "en";
  const body = new TemplateWriter(templates[lang], () => 0).fixed("therapist_alert", {
    level: escalation.level.toUpperCase(),
    patientName: escalation.patient.name,
    reason: escalation.reason,
    summary: escalation.summary,
  });
  await enqueueOutbox(
    db,
    {
      idempotencyKey: `alert:${escalation.id}`,
      kind: "alert",
      channel: therapist.notifyChannel as ChannelName,
      address: therapist.notifyAddress,
      conversationRef: therapist.notifyRef,
      therapistId: therapist.id,
      body,
    },
    now,
  );
  await db.escalation.update({ where: { id: escalation.id }, data: { notifiedAt: now } });
  return true;
}
