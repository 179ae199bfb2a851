import { PATIENT_PROMPT_KINDS, promptBlock, promptStateOf } from "../care/consent/patient-state.js";
import { ChannelSendError } from "../channels/channel.js";
import { decideRetry, retryDelayMs } from "../scheduling/backoff.js";
import { localDateOf } from "../scheduling/local-time.js";

/**
 * What happens to a claimed outbox row before and after its send: plain functions of the row,
 * what the platform answered and the time. The dispatcher carries the decisions out.
 */

export interface RetryPolicy {
  maxAttempts: number;
  backoff: { baseMs: number; maxMs: number };
  /** Uniform in [0, 1): backoff jitter. */
  random: () => number;
}

export interface PatientGate {
  consent: string;
  pausedAt: Date | null;
  pausedFrom: string | null;
  pausedUntil: string | null;
  timeZone: string;
}

export interface RowFacts {
  kind: string;
  attempts: number;
  notAfter: Date | null;
  localDate: string | null;
  patientId: string | null;
}

/** A row that must not be sent: its day is over, or the patient may not be prompted. */
export type BeforeSend = { status: "expired" | "cancelled"; lastError: string } | null;

export function beforeSend(row: RowFacts, patient: PatientGate | null, now: Date): BeforeSend {
  if (row.notAfter && now.getTime() > row.notAfter.getTime()) return { status: "expired", lastError: "expired: could not go out before notAfter" };
  return gate(row, patient, now);
}

/** Whether consent or a pause stops this row (prompts and nudges only). */
export function gate(row: RowFacts, patient: PatientGate | null, now: Date): BeforeSend {
  if (!isGated(row)) return null;
  if (!patient) return { status: "cancelled", lastError: "cancelled: patient not found" };
  const block = promptBlock(promptStateOf(patient), row.localDate ?? localDateOf(now, patient.timeZone));
  return block ? { status: "cancelled", lastError: `cancelled: patient ${block}` } : null;
}

export function isGated(row: RowFacts): boolean {
  return row.patientId !== null && (PATIENT_PROMPT_KINDS as readonly string[]).includes(row.kind);
}

/**
 * What the send came to. `unknown`: a worker stopped mid-send and the platform cannot be asked;
 * `ambiguous`: the platform has a matching message another row may own.
 */
export type SendOutcome = { sent: string } | { failed: unknown } | { unknown: true } | { ambiguous: true };

export type AfterSend =
  | { status: "sent"; platformMessageId: string }
  | { status: "pending"; nextAttemptAt: Date; retryInMs: number; lastError: string; unconfirmedAt: Date | null; error: ChannelSendError; slowDownMs: number | null }
  | { status: "failed" | "expired"; lastError: string; error: ChannelSendError; platformOptOut: boolean }
  | { status: "uncertain"; lastError: string };

const FAR_FUTURE = new Date(8_640_000_000_000_000);

export function afterSend(row: RowFacts, outcome: SendOutcome, now: Date, policy: RetryPolicy): AfterSend {
  if ("sent" in outcome) return { status: "sent", platformMessageId: outcome.sent };
  if ("unknown" in outcome) return { status: "uncertain", lastError: "uncertain: a worker stopped mid-send and the platform cannot be asked; check by hand" };
  if ("ambiguous" in outcome) return { status: "uncertain", lastError: "uncertain: the platform has a matching message another row may own; check by hand" };

  const error = asSendError(outcome.failed);
  const attempts = row.attempts + 1;
  const lastError = `${error.reason}: ${error.message}`;
  if (error.kind === "permanent") return { status: "failed", lastError, error, platformOptOut: error.reason === "opted_out" };

  const retryAfterMs = error.options.retryAfterMs;
  const retryInMs = retryDelayMs(attempts, { ...policy.backoff, random: policy.random, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  const decision = decideRetry({ attempt: attempts, maxAttempts: policy.maxAttempts, nextAt: new Date(now.getTime() + retryInMs), notAfter: row.notAfter ?? FAR_FUTURE });
  if (decision.action === "retry") {
    return {
      status: "pending",
      nextAttemptAt: decision.at,
      retryInMs,
      lastError,
      // A timeout may have reached the platform: the next attempt asks it first (findSent).
      unconfirmedAt: error.reason === "network" ? now : null,
      error,
      slowDownMs: error.reason === "rate_limited" ? (retryAfterMs ?? 1_000) : null,
    };
  }
  return { status: decision.action === "expire" ? "expired" : "failed", lastError: `${decision.reason}: ${lastError}`, error, platformOptOut: false };
}

/** Anything a channel threw, as a send error: unknown errors are taken for network trouble (retryable). */
export function asSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  return new ChannelSendError("retryable", "network", `unexpected send error: ${(error as Error)?.message ?? String(error)}`);
}
