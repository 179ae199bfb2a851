import type { Db, Prisma } from "../../db/client.js";
import { PATIENT_PROMPT_KINDS, type Consent, type ConsentEventState } from "./patient-state.js";
import { cancelPending } from "../../outbox/outbox.repo.js";

/**
 * The only writes of a patient's consent and pause. Each change is recorded in the consent
 * history (ConsentEvent); repeating a change that already holds changes nothing and records
 * nothing. Call inside the caller's transaction, or with the client for a change on its own.
 */
type Tx = Pick<Prisma.TransactionClient, "patient" | "consentEvent" | "outboxMessage">;

export interface PauseRequest {
  /** The first paused local date of a pause asked for ahead; omitted = from now. */
  fromLocalDate?: string | null;
  /** The local date prompts resume; null = until someone resumes them. */
  untilLocalDate: string | null;
  reason: string;
  /** Who asked: "therapist", "sms:message", "safety"… */
  source: string;
}

/** Opts the patient out of every channel and cancels the prompts still waiting. Returns whether consent changed. */
export async function optOut(tx: Tx, patientId: string, source: string, now: Date): Promise<boolean> {
  const changed = await setConsent(tx, patientId, "opted_out", source, now);
  await cancelPendingPrompts(tx, patientId, `cancelled: patient opted out (${source})`);
  return changed;
}

/** Opts the patient back in. Returns whether consent changed. */
export function optIn(tx: Tx, patientId: string, source: string, now: Date): Promise<boolean> {
  return setConsent(tx, patientId, "opted_in", source, now);
}

/**
 * Pauses the patient's prompts. A pause starting now cancels the prompts still waiting; one asked
 * for ahead leaves the days before it (the planner and the dispatcher skip the paused days).
 * Returns whether anything changed.
 */
export async function pause(tx: Tx, patientId: string, request: PauseRequest, now: Date): Promise<boolean> {
  const fromLocalDate = request.fromLocalDate ?? null;
  const current = await tx.patient.findUnique({ where: { id: patientId }, select: { pausedAt: true, pausedFrom: true, pausedUntil: true, pauseReason: true } });
  const same = current?.pausedAt != null && current.pausedFrom === fromLocalDate && current.pausedUntil === request.untilLocalDate && current.pauseReason === request.reason;
  const { count } = same
    ? { count: 0 }
    : await tx.patient.updateMany({
        where: { id: patientId },
        data: { pausedAt: now, pausedFrom: fromLocalDate, pausedUntil: request.untilLocalDate, pauseReason: request.reason },
      });
  if (count > 0) await record(tx, patientId, "paused", request.source, now);
  if (fromLocalDate === null) await cancelPendingPrompts(tx, patientId, `cancelled: patient paused (${request.reason})`);
  return count > 0;
}

/** Ends the patient's pause. Returns whether the patient was paused. */
export async function resume(tx: Tx, patientId: string, source: string, now: Date): Promise<boolean> {
  const { count } = await tx.patient.updateMany({
    where: { id: patientId, pausedAt: { not: null } },
    data: { pausedAt: null, pausedFrom: null, pausedUntil: null, pauseReason: null },
  });
  if (count > 0) await record(tx, patientId, "resumed", source, now);
  return count > 0;
}

/**
 * A platform told us the patient opted out (Twilio 21610, a blocked Telegram bot): `optOut`
 * in a transaction of its own. Returns whether consent changed.
 */
export function recordPlatformOptOut(db: Db, patientId: string, source: string, now: Date): Promise<boolean> {
  return db.$transaction((tx) => optOut(tx, patientId, source, now));
}

/** Cancels a patient's prompts, nudges and questionnaires that have not gone out yet. */
async function cancelPendingPrompts(tx: Tx, patientId: string, reason: string): Promise<void> {
  await cancelPending(tx, { patientId, kinds: PATIENT_PROMPT_KINDS }, reason);
}

async function setConsent(tx: Tx, patientId: string, state: Consent, source: string, now: Date): Promise<boolean> {
  const { count } = await tx.patient.updateMany({
    where: { id: patientId, consent: { not: state } },
    data: { consent: state, consentChangedAt: now, consentSource: source },
  });
  if (count > 0) await record(tx, patientId, state, source, now);
  return count > 0;
}

async function record(tx: Tx, patientId: string, state: ConsentEventState, source: string, now: Date): Promise<void> {
  await tx.consentEvent.create({ data: { patientId, state, source, at: now } });
}

/** Every consent and pause change of the patient, oldest first. */
export function consentHistory(db: Pick<Db, "consentEvent">, patientId: string) {
  return db.consentEvent.findMany({ where: { patientId }, orderBy: { at: "asc" } });
}

/** `pause` in a transaction of its own (a therapist's pause). */
export function pausePatient(db: Db, patientId: string, request: PauseRequest, now: Date): Promise<boolean> {
  return db.$transaction((tx) => pause(tx, patientId, request, now));
}

/** `resume` in a transaction of its own (a therapist's resume). */
export function resumePatient(db: Db, patientId: string, source: string, now: Date): Promise<boolean> {
  return db.$transaction((tx) => resume(tx, patientId, source, now));
}

/** A demo history's consent was given when the history starts. */
export function backdateConsentEvents(tx: Pick<Tx, "consentEvent">, patientId: string, at: Date) {
  return tx.consentEvent.updateMany({ where: { patientId }, data: { at } });
}
