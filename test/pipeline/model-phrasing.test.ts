import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createReplyPhraser } from "../../src/conversation/model-phrasing.js";
import { createChatModel } from "../../src/llm/chat-model.js";
import { createLogger } from "../../src/logging/logger.js";
import { createPipeline, type Pipeline } from "../../src/pipeline/pipeline.js";
import { seed } from "../../src/seed/demo-clinic.seed.js";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai-server.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { testPipelineDeps } from "../support/pipeline-harness.js";
import { lectures } from "../../src/conversation/lecturing.js";
import { smsSegments } from "../../src/conversation/sms-length.js";

const VIDEO_BASE_URL = "https://videos.example.org/hep/";
const HAROLD_PHONE = "+15555550101";
const PHRASED =
  "Heel slides, step by step: 1) Lie on your back with your legs straight. 2) Slowly slide your heel toward your bottom, bending the knee. " +
  "3) Hold for a moment, then slide back. Yours: 2 sets of 10, hold 5 seconds, 3 times a day. Video: https://videos.example.org/hep/heel-slides";

describe.each(TEST_PROVIDERS)("replies phrased by a model, through the pipeline on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeOpenAI;
  let pipeline: Pipeline;
  let harold: string;
  let rosa: string;
  const logLines: Record<string, unknown>[] = [];
  let now = new Date("2026-06-10T14:00:00Z");

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    database = await createTestDatabase(provider);
    const seeded = await seed(database.db, { now, demo: true, demoPassword: "demo" });
    harold = seeded.demo!.patientIds[0]!;
    rosa = seeded.demo!.patientIds[1]!;
    const model = createChatModel({ baseURL: fake.url, model: "gpt-4o-mini", timeoutMs: 2_000, maxRetries: 0 });
    pipeline = createPipeline(
      testPipelineDeps(database.db, {
        logger: createLogger({ level: "info", destination: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) } }),
        clock: () => now,
        videoBaseUrl: VIDEO_BASE_URL,
        phrase: createReplyPhraser({ model, timeoutMs: 2_000 }).phrase,
      }),
    );
  });
  afterAll(async () => {
    await fake.close();
    await database.drop();
  });
  beforeEach(() => {
    fake.reset();
    logLines.length = 0;
  });

  /** Harold texts hepbot by SMS; returns the reply queued for him. */
  async function smsFromHarold(text: string): Promise<string | null> {
    return smsFrom(harold, HAROLD_PHONE, text);
  }

  async function smsFrom(patientId: string, phone: string, text: string): Promise<string | null> {
    now = new Date(now.getTime() + 1000);
    await pipeline.onInbound({ channel: "sms", platformMessageId: `SM${now.getTime()}`, address: phone, text, receivedAt: now });
    await pipeline.idle();
    const message = await database.db.messageLog.findFirst({ where: { patientId, direction: "inbound" }, orderBy: { createdAt: "desc" } });
    const reply = await database.db.outboxMessage.findUnique({ where: { idempotencyKey: `reply:${message!.id}` } });
    return reply?.body ?? null;
  }

  it("answers an exercise question in the model's words, grounded in the program, without the patient's name or phone", async () => {
    fake.enqueue({ toolCall: { arguments: { text: PHRASED } } });
    const reply = await smsFromHarold("how do I do the heel slides?");
    expect(reply).toBe(PHRASED);
    expect(lectures(reply ?? "")).toBeUndefined();

    expect(fake.requests).toHaveLength(1);
    const sent = JSON.stringify(fake.requests[0]!.body);
    for (const secret of ["Harold", "Jennings", HAROLD_PHONE, "5555550101", harold]) expect(sent).not.toContain(secret);
    expect(sent).toContain("heel-slides"); // the video link, from the library entry
    expect(logLines.find((l) => l.msg === "message processed")).toMatchObject({ kind: "question", template: "model:phrasing.md(question.answer.how#0)" });
  });

  it("sends an emergency reply from the template without asking the model", async () => {
    fake.enqueue({ toolCall: { arguments: { text: "Reworded emergency." } } });
    const reply = await smsFromHarold("I fell and hit my head, can't get up");
    expect(reply).toMatch(/911/);
    expect(fake.requests).toHaveLength(0);
    expect(logLines.find((l) => l.msg === "message processed")).toMatchObject({ escalate: "emergency" });
    expect(String(logLines.find((l) => l.msg === "message processed")?.template)).not.toMatch(/^model:/);
  });

  it("keeps the template when the model's answer fails the checks", async () => {
    fake.enqueue({ toolCall: { arguments: { text: "Great job. You should keep it up!" } } });
    const reply = await smsFromHarold("done, all of them");
    expect(reply).toBeTruthy();
    expect(reply).not.toContain("You should");
    expect(fake.requests).toHaveLength(1);
    expect(logLines.find((l) => l.msg === "message processed")).toMatchObject({ kind: "done", phrasingFallback: expect.stringMatching(/^lectures/) });
  });

  it("rewords a barrier follow-up, held to the same checks: one question, one language (issue #12)", async () => {
    const phrased = "Work really took over today. Would a 5-minute version, just the first two, help on days like that?";
    fake.enqueue({ toolCall: { arguments: { text: phrased } } });
    expect(await smsFromHarold("skipped, work was crazy today")).toBe(phrased);
    expect(String(logLines.find((l) => l.msg === "message processed")?.template)).toMatch(/^model:phrasing\.md\(reflect\.time#\d\+strategy\.time#\d\)$/);

    logLines.length = 0;
    fake.enqueue({ toolCall: { arguments: { text: "Work took over today. Tomorrow is a new day, gracias." } } });
    const kept = (await smsFromHarold("couldn't do them, work all day"))!;
    expect(kept).toMatch(/work/);
    expect(kept).toMatch(/\?/);
    expect(logLines.find((l) => l.msg === "message processed")).toMatchObject({ phrasingFallback: expect.stringMatching(/one question/) });
  });

  it("a model-phrased SMS goes through the same accent rule as a templated one: á, í, ó, ú dropped when that saves a segment", async () => {
    // 108 characters with "á" and "ó": two UCS-2 segments as written, one GSM-7 segment without them.
    const phrased = "Entiendo que el trabajo no le dejó tiempo hoy. ¿Le ayudaría una versión de 5 minutos, solo los dos primeros?";
    fake.enqueue({ toolCall: { arguments: { text: phrased } } });
    const reply = (await smsFrom(rosa, "+15555550102", "no los hice, mucho trabajo"))!;
    expect(String(logLines.find((l) => l.msg === "message processed")?.template)).toMatch(/^model:phrasing\.md/);
    expect(reply).toBe("Entiendo que el trabajo no le dejo tiempo hoy. ¿Le ayudaria una version de 5 minutos, solo los dos primeros?");
    expect(smsSegments(reply)).toBe(1);
  });
});
