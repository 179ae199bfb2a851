import type { Db } from "../db/client.js";
import type { ChannelName } from "../channels/channel.js";
import { TemplateWriter, type TemplateBook } from "../conversation/reply-templates.js";
import { parseStoredCard } from "../conversation/escalation-card.js";
import { cardText } from "../conversation/escalation-card-text.js";
import { loadTherapistTemplates } from "../conversation/therapist-templates.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { escalationForAlert, markNotified } from "../care/escalations/escalations.repo.js";

/**
 * Emergency and urgent escalations go to the therapist at once, on the channel they chose.
 * Returns false when the therapist has none set: the escalation then waits in the dashboard inbox.
 */
export async function alertTherapist(db: Db, escalationId: string, templates: Record<"en" | "es", TemplateBook>, now: Date): Promise<boolean> {
  const escalation = await escalationForAlert(db, escalationId);
  const therapist = escalation.patient.therapist;
  if (!therapist.notifyChannel || !therapist.notifyAddress) return false;
  const lang = therapist.language === "es" ? "es" : "en";
  const card = parseStoredCard(escalation.card);
  // SMS gets the two-segment form; Telegram and Teams the whole card. Rows without a card keep the plain alert.
  const body = card
    ? cardText(card, escalation.patient.name, therapist.notifyChannel === "sms" ? "sms" : "chat", alertWriter(lang), {
        timeZone: escalation.patient.clinic.timeZone,
        locale: lang,
      })
    : new TemplateWriter(templates[lang], () => 0).fixed("therapist_alert", {
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
  await markNotified(db, escalation.id, now);
  return true;
}

const therapistBooks = new Map<"en" | "es", TemplateBook>();
function alertWriter(lang: "en" | "es"): TemplateWriter {
  let book = therapistBooks.get(lang);
  if (!book) therapistBooks.set(lang, (book = loadTherapistTemplates(lang)));
  return new TemplateWriter(book, () => 0);
}
