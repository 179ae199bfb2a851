import type { ChannelName } from "../channels/channel.js";
import { digestText, type DigestInput } from "../conversation/digest.js";
import { parseStoredCard } from "../conversation/escalation-card.js";
import { completedDaysInLastWeek } from "../conversation/streaks.js";
import { loadTherapistTemplates } from "../conversation/therapist-templates.js";
import type { TemplateBook } from "../conversation/reply-templates.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { CHANNEL_NAMES } from "../channels/channel.js";
import { DAY_MS, addLocalDays, endOfLocalDay, isValidTimeZone, localDateOf, localInstant, parseLocalTime } from "../scheduling/local-time.js";
import { findSilentPatients } from "./follow-ups.js";

export interface DigestDeps {
  db: Db;
  logger: Logger;
  /** How the therapist knows a patient in the digest. Default: the patient's name. */
  patientLabel?: (patient: { id: string; name: string }) => string;
  /** Therapist templates per language; read from prompts/ when omitted. */
  templates?: (lang: "en" | "es") => TemplateBook;
}

export const digestKey = (therapistId: string, localDate: string) => `digest:${therapistId}:${localDate}`;

/**
 * Queues each therapist's digest whose local `digestTime` fell in the window (from, now] and
 * whose day is not over, to the therapist's notify channel. Therapists without one are skipped.
 */
export async function queueDigests(deps: DigestDeps, window: { from: Date; to: Date }): Promise<number> {
  const { db, logger } = deps;
  const now = window.to;
  const therapists = await db.therapist.findMany({
    where: { notifyChannel: { not: null }, notifyAddress: { not: null } },
    select: { id: true, timeZone: true, digestTime: true, language: true, notifyChannel: true, notifyAddress: true, notifyRef: true },
  });
  let queued = 0;
  for (const t of therapists) {
    if (!isValidTimeZone(t.timeZone) || parseLocalTime(t.digestTime) === null) {
      logger.warn({ therapistId: t.id }, "therapist digest time or zone is invalid; no digest");
      continue;
    }
    if (!(CHANNEL_NAMES as readonly string[]).includes(t.notifyChannel!)) continue;
    const first = localDateOf(Math.max(window.from.getTime() + 1, now.getTime() - DAY_MS), t.timeZone);
    const last = localDateOf(now, t.timeZone);
    for (let day = first; day <= last; day = addLocalDays(day, 1)) {
      const at = localInstant(day, t.digestTime, t.timeZone).getTime();
      const dayEnd = endOfLocalDay(day, t.timeZone);
      if (at <= window.from.getTime() || at > now.getTime() || now > dayEnd) continue;
      const key = digestKey(t.id, day);
      if (await db.outboxMessage.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) continue;
      const lang = t.language === "es" ? "es" : "en";
      const text = digestText(await digestInput(deps, t.id, day, now), (deps.templates ?? loadTherapistTemplates)(lang));
      if (
        await enqueueOutbox(
          db,
          {
            idempotencyKey: key,
            kind: "digest",
            therapistId: t.id,
            channel: t.notifyChannel as ChannelName,
            address: t.notifyAddress!,
            conversationRef: t.notifyRef,
            body: text,
            localDate: day,
            notAfter: dayEnd,
          },
          now,
        )
      )
        queued++;
    }
  }
  return queued;
}

/** Adherence over 7 days, open escalations and silent patients of one therapist's active patients. */
export async function digestInput(deps: DigestDeps, therapistId: string, date: string, now: Date): Promise<DigestInput> {
  const { db } = deps;
  const label = deps.patientLabel ?? ((p: { name: string }) => p.name);
  const patients = await db.patient.findMany({
    where: { therapistId, assignments: { some: { status: "active" } } },
    select: { id: true, name: true, timeZone: true, consent: true },
    orderBy: { name: "asc" },
  });
  const ids = patients.map((p) => p.id);
  const weekAgo = addLocalDays(date, -8);
  const [completions, pains, escalations, silent] = await Promise.all([
    db.completion.findMany({ where: { patientId: { in: ids }, localDate: { gte: weekAgo } }, select: { patientId: true, localDate: true } }),
    db.painReport.findMany({
      where: { patientId: { in: ids }, score: { not: null }, createdAt: { gte: new Date(now.getTime() - 7 * DAY_MS) } },
      select: { patientId: true, score: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    db.escalation.findMany({
      where: { patientId: { in: ids }, status: "open" },
      select: { patientId: true, level: true, reason: true, card: true, createdAt: true },
    }),
    findSilentPatients(db, patients.filter((p) => p.consent === "opted_in"), now, { ignorePreviousEscalation: true }),
  ]);
  const labels = new Map(patients.map((p) => [p.id, label(p)]));
  const lastPain = new Map<string, number>();
  for (const p of pains) if (!lastPain.has(p.patientId) && p.score !== null) lastPain.set(p.patientId, p.score);
  return {
    date,
    now,
    patients: patients.map((p) => ({
      label: labels.get(p.id)!,
      completedDaysLast7: completedDaysInLastWeek(
        completions.filter((c) => c.patientId === p.id).map((c) => c.localDate),
        localDateOf(now, p.timeZone),
      ),
      lastPain: lastPain.get(p.id) ?? null,
    })),
    openEscalations: escalations.map((e) => ({
      patient: labels.get(e.patientId)!,
      level: e.level as DigestInput["openEscalations"][number]["level"],
      reason: e.reason,
      headline: parseStoredCard(e.card)?.headline ?? null,
      openedAt: e.createdAt,
    })),
    notEngaging: [...silent.keys()].map((id) => labels.get(id)!),
  };
}
