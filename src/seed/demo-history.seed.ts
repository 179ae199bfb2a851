import { randomUUID } from "node:crypto";
import type { Db, Prisma } from "../db/client.js";
import { localInstant } from "../scheduling/local-time.js";
import { ProgramItemCache } from "../scheduler/planning.js";
import { loadReminderTemplates, reminderLang, renderPrompt } from "../scheduler/prompt-content.js";
import type { ChannelName } from "../channels/channel.js";
import { readMessage } from "../reading/reader.js";
import type { DemoHistoryPlan } from "./demo-history.js";
import { backdatePatient } from "../care/patients/patients.repo.js";
import { backdateConsentEvents } from "../care/consent/consent.repo.js";
import { backdateAssignment } from "../care/assignments/assignments.repo.js";
import { insertEscalations } from "../care/escalations/escalations.repo.js";
import { insertLogEntries, insertReadings } from "../care/messages/message-log.repo.js";
import { insertCompletions, insertPainReports } from "../care/patients/patient-reports.repo.js";
import { insertOutboxRows } from "../outbox/outbox.repo.js";

export interface DemoHistoryTarget {
  patientId: string;
  therapistId: string;
  /** Where exercise videos live (VIDEO_BASE_URL): prompts carry the links as sent ones do. */
  videoBaseUrl: string;
}

/**
 * Writes a planned history through the tables the pipeline and the dispatcher write: prompts as
 * sent outbox rows and outbound log entries, answers as processed inbound messages with their
 * reading, completions, pain reports and escalations, and hepbot's replies. The patient's program
 * and consent are back-dated to the start of the history. One transaction: all or nothing.
 */
export async function writeDemoHistory(db: Db, target: DemoHistoryTarget, plan: DemoHistoryPlan): Promise<void> {
  const { patientId } = target;
  const patient = await db.patient.findUniqueOrThrow({
    where: { id: patientId },
    select: { timeZone: true, language: true, addresses: { where: { preferred: true }, select: { channel: true, address: true } } },
  });
  const assignment = await db.assignment.findFirstOrThrow({ where: { patientId, status: "active" }, select: { id: true, programVersionId: true } });
  const to = patient.addresses[0] ?? { channel: "local", address: patientId };
  const lang = reminderLang(patient.language);
  const items = await new ProgramItemCache(db, target.videoBaseUrl).items(assignment.programVersionId, lang);
  const promptText = renderPrompt(items, lang, to.channel as ChannelName, loadReminderTemplates()).text;
  const started = localInstant(plan.startDate, "07:00", patient.timeZone);

  const outbox: Prisma.OutboxMessageCreateManyInput[] = [];
  const messages: Prisma.MessageLogCreateManyInput[] = [];
  const readings: Prisma.ReadingCreateManyInput[] = [];
  const completions: Prisma.CompletionCreateManyInput[] = [];
  const painReports: Prisma.PainReportCreateManyInput[] = [];
  const escalations: Prisma.EscalationCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];

  const promptIds = new Map<string, string>();
  const sent = (kind: "prompt" | "reply", key: string, body: string, at: Date, extra: { localDate?: string; slot?: string } = {}) => {
    const id = randomUUID();
    const platformMessageId = `demo-${id}`;
    outbox.push({
      id,
      idempotencyKey: key,
      kind,
      patientId,
      assignmentId: kind === "prompt" ? assignment.id : null,
      channel: to.channel,
      address: to.address,
      body,
      quickReplies: kind === "prompt" ? JSON.stringify(["done", "partial", "not_done", "pain"]) : null,
      localDate: extra.localDate ?? null,
      slot: extra.slot ?? null,
      status: "sent",
      attempts: 1,
      nextAttemptAt: at,
      platformMessageId,
      createdAt: at,
      sentAt: at,
    });
    messages.push({ patientId, direction: "outbound", channel: to.channel, platformMessageId, address: to.address, body, outboxId: id, state: "sent", createdAt: at });
    return id;
  };

  for (const prompt of plan.prompts) {
    const id = sent("prompt", `prompt:${assignment.id}:${prompt.localDate}:${prompt.slot}`, promptText, prompt.at, prompt);
    promptIds.set(`${prompt.localDate}:${prompt.slot}`, id);
  }

  let reminderTimes: string[] | null = null;
  for (const exchange of plan.exchanges) {
    const messageId = randomUUID();
    messages.push({
      id: messageId,
      patientId,
      direction: "inbound",
      channel: to.channel,
      platformMessageId: `demo-${messageId}`,
      address: to.address,
      body: exchange.text,
      state: "processed",
      createdAt: exchange.at,
      processedAt: exchange.at,
    });
    // What the reader makes of the words, as the pipeline would have stored it.
    const reading = readMessage({ text: exchange.text, lang, context: items.map((item) => item.name) });
    readings.push({ messageId, kind: reading.kind, pain: reading.pain, escalate: reading.escalate, rule: reading.rule, source: reading.source, createdAt: exchange.at });
    for (const effect of exchange.effects) {
      if (effect.type === "completion") {
        completions.push({
          patientId,
          assignmentId: assignment.id,
          promptId: promptIds.get(`${exchange.localDate}:${effect.slot}`) ?? null,
          localDate: exchange.localDate,
          status: effect.status,
          messageId,
          createdAt: exchange.at,
        });
      } else if (effect.type === "pain") {
        painReports.push({ patientId, score: effect.score, text: exchange.text, messageId, localDate: exchange.localDate, createdAt: exchange.at });
      } else if (effect.type === "schedule") {
        reminderTimes = effect.reminderTimes;
      } else {
        const id = randomUUID();
        const resolvedAt = effect.resolved ? new Date(exchange.at.getTime() + effect.resolved.afterHours * 3_600_000) : null;
        const by = `therapist:${target.therapistId}`;
        escalations.push({
          id,
          patientId,
          level: effect.level,
          status: resolvedAt ? "resolved" : "open",
          reason: effect.reason,
          summary: effect.summary,
          messageId,
          notifiedAt: exchange.at,
          createdAt: exchange.at,
          acknowledgedAt: resolvedAt,
          acknowledgedBy: resolvedAt ? by : null,
          resolvedAt,
          resolvedBy: resolvedAt ? by : null,
          resolutionNote: effect.resolved?.note ?? null,
        });
        if (resolvedAt) {
          audits.push({ actor: by, action: "escalation.resolve", entity: "patient", entityId: patientId, detail: JSON.stringify({ escalationId: id }), createdAt: resolvedAt });
        }
      }
    }
    sent("reply", `reply:${messageId}`, exchange.reply, exchange.replyAt);
  }

  await db.$transaction(async (tx) => {
    await backdatePatient(tx, patientId, { createdAt: started, consentChangedAt: started, ...(reminderTimes ? { reminderTimes: (reminderTimes as string[]).join(",") } : {}) });
    await backdateConsentEvents(tx, patientId, started);
    await backdateAssignment(tx, assignment.id, { createdAt: started, startDate: plan.startDate });
    await insertOutboxRows(tx, outbox);
    await insertLogEntries(tx, messages);
    await insertReadings(tx, readings);
    await insertCompletions(tx, completions);
    await insertPainReports(tx, painReports);
    await insertEscalations(tx, escalations);
    await tx.auditEvent.createMany({ data: audits });
  });
}
