import { describe, expect, it } from "vitest";
import { ChannelSendError } from "../../src/channels/channel.js";
import { afterSend, beforeSend, type PatientGate, type RetryPolicy, type RowFacts, type SendOutcome } from "../../src/outbox/send-rules.js";

const NOW = new Date("2026-03-10T14:00:00.000Z");
const policy: RetryPolicy = { maxAttempts: 3, backoff: { baseMs: 1_000, maxMs: 60_000 }, random: () => 0.5 };
const prompt: RowFacts = { kind: "prompt", attempts: 0, notAfter: new Date("2026-03-11T04:59:59.999Z"), localDate: "2026-03-10", patientId: "p1" };
const at = (ms: number) => new Date(NOW.getTime() + ms);
const fail = (kind: "retryable" | "permanent", reason: ChannelSendError["reason"], options: ChannelSendError["options"] = {}): SendOutcome => ({
  failed: new ChannelSendError(kind, reason, "platform said no", options),
});

describe("afterSend", () => {
  it.each<[string, RowFacts, SendOutcome, Record<string, unknown>]>([
    ["sent", prompt, { sent: "SM1" }, { status: "sent", platformMessageId: "SM1" }],
    ["a server error: retry with jittered backoff", prompt, fail("retryable", "server"), { status: "pending", nextAttemptAt: at(500), retryInMs: 500, unconfirmedAt: null, slowDownMs: null }],
    ["the third attempt waits longer", { ...prompt, attempts: 1 }, fail("retryable", "server"), { status: "pending", retryInMs: 1_000 }],
    ["a timeout: retry, asking the platform first", prompt, fail("retryable", "network"), { status: "pending", unconfirmedAt: NOW, lastError: "network: platform said no" }],
    ["429 with Retry-After: not sooner, and the sender slows down", prompt, fail("retryable", "rate_limited", { retryAfterMs: 5_000 }), { status: "pending", nextAttemptAt: at(5_000), slowDownMs: 5_000 }],
    ["429 without Retry-After slows the sender a second", prompt, fail("retryable", "rate_limited"), { status: "pending", slowDownMs: 1_000 }],
    ["out of attempts: failed", { ...prompt, attempts: 2 }, fail("retryable", "server"), { status: "failed", lastError: "max-attempts: server: platform said no", platformOptOut: false }],
    ["a retry after its day: expired", { ...prompt, notAfter: at(100) }, fail("retryable", "server"), { status: "expired", lastError: "past-not-after: server: platform said no" }],
    ["a reply has no day: retried", { ...prompt, kind: "reply", notAfter: null }, fail("retryable", "server"), { status: "pending" }],
    ["invalid address: failed at once", prompt, fail("permanent", "invalid_address"), { status: "failed", lastError: "invalid_address: platform said no", platformOptOut: false }],
    ["the platform says opted out: failed, and an opt-out to record", prompt, fail("permanent", "opted_out"), { status: "failed", platformOptOut: true }],
    ["an unexpected error is network trouble", prompt, { failed: new Error("boom") }, { status: "pending", unconfirmedAt: NOW, lastError: "network: unexpected send error: boom" }],
    ["stopped mid-send, the platform cannot be asked: uncertain", prompt, { unknown: true }, { status: "uncertain", lastError: expect.stringMatching(/cannot be asked/) }],
    ["a platform match another row may own: uncertain", prompt, { ambiguous: true }, { status: "uncertain", lastError: expect.stringMatching(/another row may own/) }],
  ])("%s", (_label, row, outcome, expected) => {
    expect(afterSend(row, outcome, NOW, policy)).toMatchObject(expected);
  });
});

describe("beforeSend", () => {
  const gate: PatientGate = { consent: "opted_in", pausedAt: null, pausedFrom: null, pausedUntil: null, timeZone: "America/New_York" };
  const paused = { ...gate, pausedAt: NOW };
  it.each<[string, RowFacts, PatientGate | null, Record<string, unknown> | null]>([
    ["a due prompt goes", prompt, gate, null],
    ["past its notAfter: expired", { ...prompt, notAfter: at(-1) }, gate, { status: "expired" }],
    ["opted out: cancelled", prompt, { ...gate, consent: "opted_out" }, { status: "cancelled", lastError: "cancelled: patient opted out" }],
    ["paused until resumed: cancelled", prompt, paused, { status: "cancelled", lastError: "cancelled: patient paused" }],
    ["a pause that ends on the prompt's day: goes", prompt, { ...paused, pausedUntil: "2026-03-10" }, null],
    ["a pause asked for ahead, before it starts: goes", prompt, { ...paused, pausedFrom: "2026-03-20" }, null],
    ["no local date: the patient's today", { ...prompt, localDate: null }, { ...paused, pausedUntil: "2026-03-11" }, { status: "cancelled" }],
    ["a nudge is gated too", { ...prompt, kind: "nudge" }, paused, { status: "cancelled" }],
    ["a reply is never gated", { ...prompt, kind: "reply" }, { ...gate, consent: "opted_out" }, null],
    ["a prompt whose patient is gone: cancelled", prompt, null, { status: "cancelled", lastError: "cancelled: patient not found" }],
  ])("%s", (_label, row, patient, expected) => {
    const decision = beforeSend(row, patient, NOW);
    if (expected === null) expect(decision).toBeNull();
    else expect(decision).toMatchObject(expected);
  });
});
