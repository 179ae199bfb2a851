import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { insertInboundOnce, type InboundToStore } from "../../../src/care/messages/message-log.repo.js";
import { createPipelineHarness, type PipelineHarness } from "../../support/pipeline-harness.js";
import { TEST_PROVIDERS } from "../../support/databases.js";

describe.each(TEST_PROVIDERS)("storing inbound messages once on %s", (provider) => {
  let h: PipelineHarness;
  afterEach(async () => h?.close());

  const inbound = (patientId: string, platformMessageId: string): InboundToStore => ({
    id: randomUUID(),
    patientId,
    channel: "sms",
    platformMessageId,
    address: "+15555550100",
    body: "done",
    quickReply: null,
    media: null,
    state: "received",
    receivedAt: h.clock.now,
    processedAt: null,
  });

  it("stores the webhooks of one turn together, each platform id once, even twice in the same turn", async () => {
    h = await createPipelineHarness(provider);
    const { harold, rosa } = h.personas;
    const db = h.database.db;
    expect(await insertInboundOnce(db, inbound(harold, "SM-early"))).toBe(true);

    const same = [inbound(harold, "SM-1"), inbound(rosa, "SM-2"), inbound(rosa, "SM-2"), inbound(harold, "SM-early")];
    expect(await Promise.all(same.map((m) => insertInboundOnce(db, m)))).toEqual([true, true, false, false]);

    const stored = await db.messageLog.findMany({ where: { direction: "inbound" }, orderBy: { platformMessageId: "asc" } });
    expect(stored.map((m) => [m.platformMessageId, m.patientId])).toEqual([["SM-1", harold], ["SM-2", rosa], ["SM-early", harold]]);
    expect(stored.find((m) => m.platformMessageId === "SM-2")!.id).toBe(same[1]!.id);
  });

  it("fails only the message at fault when one of a turn's messages cannot be stored", async () => {
    h = await createPipelineHarness(provider);
    const { harold, rosa } = h.personas;
    const db = h.database.db;
    const answers = await Promise.allSettled([inbound(harold, "SM-a"), inbound("no-such-patient", "SM-b"), inbound(rosa, "SM-c")].map((m) => insertInboundOnce(db, m)));
    expect(answers.map((a) => a.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.messageLog.count({ where: { direction: "inbound", platformMessageId: { in: ["SM-a", "SM-c"] } } })).toBe(2);
    expect(await db.messageLog.count({ where: { platformMessageId: "SM-b" } })).toBe(0);
  });
});
