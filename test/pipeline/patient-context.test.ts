import { afterEach, describe, expect, it } from "vitest";
import { loadPatientContexts } from "../../src/pipeline/patient-context.js";
import { insertOutboxRows } from "../../src/outbox/outbox.repo.js";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { TEST_PROVIDERS } from "../support/databases.js";

const DAY = 86_400_000;

describe.each(TEST_PROVIDERS)("a patient's context: the prompt they answer and the replies they last had, on %s", (provider) => {
  let harness: PipelineHarness | undefined;
  afterEach(async () => harness?.close());

  it("takes the last prompt sent in the window and the five newest replies of the week, for each patient of a batch", async () => {
    harness = await createPipelineHarness(provider);
    const { db } = harness.database;
    const { harold, rosa } = harness.personas;
    const now = new Date("2026-09-10T14:00:00Z");
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    const row = (patientId: string, key: string, kind: string, status: string, daysAgo: number) => ({
      idempotencyKey: key, kind, patientId, channel: "sms", address: "+15550009999", body: key, status,
      createdAt: at(daysAgo), nextAttemptAt: at(daysAgo), sentAt: status === "pending" ? null : at(daysAgo - 0.01),
    });
    await insertOutboxRows(db, [
      row(harold, "prompt-old", "prompt", "sent", 60),
      row(harold, "prompt-2", "prompt", "delivered", 2),
      row(harold, "prompt-1", "prompt", "sent", 1),
      row(harold, "prompt-pending", "prompt", "pending", 0.5),
      ...[8, 6, 5, 4, 3, 2, 1].map((d) => row(harold, `reply-${d}`, "reply", "sent", d)),
      row(rosa, "prompt-rosa", "prompt", "failed", 1),
      row(rosa, "reply-rosa", "reply", "pending", 0.1),
    ]);
    const ids = new Map((await db.outboxMessage.findMany({ select: { id: true, idempotencyKey: true } })).map((r) => [r.idempotencyKey, r.id]));

    const contexts = await loadPatientContexts(db, [harold, rosa], now, "https://videos.example.org/");

    const h = contexts.get(harold)!;
    expect(h.lastPromptId).toBe(ids.get("prompt-1"));
    expect(h.history.recentReplies!.map((r) => r.text)).toEqual(["reply-1", "reply-2", "reply-3", "reply-4", "reply-5"]);
    expect(h.history.recentReplies![0]!.at.toISOString()).toBe(at(1).toISOString());
    // However many patients are asked about at once (SQLite takes at most 500 parts in one compound query).
    const many = await loadPatientContexts(db, [...Array.from({ length: 300 }, (_, i) => `absent-${i}`), harold, rosa], now, "https://videos.example.org/");
    expect(many.get(harold)!.lastPromptId).toBe(ids.get("prompt-1"));
    expect(many.get(harold)!.history.recentReplies).toEqual(h.history.recentReplies);
    const r = contexts.get(rosa)!;
    expect(r.lastPromptId).toBeNull();
    expect(r.history.recentReplies!.map((x) => x.text)).toEqual(["reply-rosa"]);
  });

  it("takes each day done once over the history window, and only the latest pain scores of the baseline's two weeks", async () => {
    harness = await createPipelineHarness(provider);
    const { db } = harness.database;
    const { harold, rosa } = harness.personas;
    const now = new Date("2026-09-10T14:00:00Z");
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    const localDate = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);
    await db.completion.createMany({
      data: [
        ...[1, 1.1, 1.2, 3].map((d) => ({ patientId: harold, localDate: localDate(d), status: "done", createdAt: at(d) })),
        { patientId: harold, localDate: localDate(50), status: "done", createdAt: at(50) },
        { patientId: rosa, localDate: localDate(2), status: "partial", createdAt: at(2) },
      ],
    });
    await db.painReport.createMany({
      data: [
        ...[13, 9, 7, 6, 5, 4, 3].map((d) => ({ patientId: harold, score: d, text: "", localDate: localDate(d), createdAt: at(d) })),
        { patientId: harold, score: 9, text: "", localDate: localDate(20), createdAt: at(20) },
        { patientId: harold, score: null, text: "sore", localDate: localDate(1), createdAt: at(1) },
      ],
    });

    const contexts = await loadPatientContexts(db, [harold, rosa], now, "https://videos.example.org/");

    const h = contexts.get(harold)!.history;
    expect([...h.completionDates].sort()).toEqual([localDate(3), localDate(1)]);
    expect(h.recentPain.map((p) => [p.score, p.at.toISOString()]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual(
      [7, 6, 5, 4, 3].map((d) => [d, at(d).toISOString()]),
    );
    expect(contexts.get(rosa)!.history).toMatchObject({ completionDates: [localDate(2)], recentPain: [] });
  });
});
