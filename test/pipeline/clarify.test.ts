import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { lectures } from "../../src/conversation/lecturing.js";

type Lang = "en" | "es";

// An unsure completion gets one clarifying question; the answer is read as the answer to it.
describe.each(TEST_PROVIDERS)("asking when unsure, through the pipeline on %s", (provider) => {
  let h: PipelineHarness;
  const db = () => h.database.db;
  let promptCount = 0;

  beforeAll(async () => {
    h = await createPipelineHarness(provider);
  });
  afterAll(async () => {
    for (const reply of h.replies) expect(lectures(reply), "no reply lectures").toBeUndefined();
    await h.close();
  });

  /** The day's prompt went out to this patient a minute ago. */
  async function promptSent(patientId: string) {
    await db().outboxMessage.create({
      data: {
        idempotencyKey: `prompt:clarify:${promptCount++}`,
        kind: "prompt",
        channel: "local",
        address: patientId,
        body: "today's exercises",
        patientId,
        status: "sent",
        sentAt: new Date(h.clock.now.getTime() - 60_000),
      },
    });
  }
  const completions = (patientId: string) => db().completion.findMany({ where: { patientId }, orderBy: { createdAt: "asc" } });
  const state = (patientId: string) => db().conversationState.findUnique({ where: { patientId } });

  const persona = (lang: Lang) => (lang === "en" ? h.personas.harold : h.personas.rosa);
  const ROUND_TRIPS: Array<{ lang: Lang; unsure: string; answer: string; status: "done" | "partial"; question: RegExp }> = [
    { lang: "en", unsure: "kinda did them", answer: "some", status: "partial", question: /all of them, or some/ },
    { lang: "en", unsure: "mostly done I think", answer: "all of them", status: "done", question: /all of them, or some/ },
    { lang: "es", unsure: "más o menos los hice", answer: "algunos", status: "partial", question: /todos, o solo algunos/ },
    { lang: "es", unsure: "creo que ya los hice", answer: "todos", status: "done", question: /todos, o solo algunos/ },
  ];

  it.each(ROUND_TRIPS)("$lang: $unsure → asks, then $answer → $status", async ({ lang, unsure, answer, status, question }) => {
    const patientId = persona(lang);
    await db().completion.deleteMany({ where: { patientId } });
    await promptSent(patientId);

    const asked = await h.say(patientId, unsure);
    expect(asked).toMatch(question);
    expect(await completions(patientId)).toHaveLength(0);
    expect(await state(patientId)).toMatchObject({ awaiting: "completion" });

    const thanks = await h.say(patientId, answer);
    expect(thanks).toBeTruthy();
    expect(thanks).not.toMatch(question);
    expect((await completions(patientId)).map((c) => c.status)).toEqual([status]);
    expect(await state(patientId)).toBeNull();
  });

  it("asks only once: an unsure answer to the question is recorded as read, not asked again", async () => {
    const patientId = h.personas.harold;
    await db().completion.deleteMany({ where: { patientId } });
    await promptSent(patientId);
    await h.say(patientId, "sort of did them");
    const second = await h.say(patientId, "kind of did them");
    expect(second).not.toMatch(/all of them, or some/);
    expect(await completions(patientId)).toHaveLength(1);
    expect(await state(patientId)).toBeNull();
  });

  it("a bare number answers the question, counted against the exercises asked about", async () => {
    const patientId = h.personas.harold;
    await db().completion.deleteMany({ where: { patientId } });
    await promptSent(patientId);
    await h.say(patientId, "kinda did them");
    await h.say(patientId, "2");
    expect((await completions(patientId)).map((c) => c.status)).toEqual(["partial"]);
  });

  it("an expired question is not answered: the next message is read on its own", async () => {
    const patientId = h.personas.harold;
    await db().completion.deleteMany({ where: { patientId } });
    await promptSent(patientId);
    await h.say(patientId, "kinda did them");
    h.clock.now = new Date(h.clock.now.getTime() + 7 * 3_600_000);
    await h.say(patientId, "2");
    expect(await completions(patientId)).toHaveLength(0);
    expect(await state(patientId)).toBeNull();
  });

  it("a red flag in the answer is never lost to the question", async () => {
    const patientId = h.personas.rosa;
    await promptSent(patientId);
    await h.say(patientId, "más o menos los hice");
    const reply = await h.say(patientId, "algunos, pero ahora tengo un dolor fuerte en el pecho y me falta el aire");
    expect(reply).toMatch(/112|911/);
    expect(await db().escalation.count({ where: { patientId, level: "emergency" } })).toBe(1);
    expect(await state(patientId)).toBeNull();
  });

  it("a sure completion is recorded at once, without a question", async () => {
    const patientId = h.personas.dana;
    await promptSent(patientId);
    const reply = await h.say(patientId, "done, all of them");
    expect(reply).not.toMatch(/all of them, or some/);
    expect(await completions(patientId)).toHaveLength(1);
    expect(await state(patientId)).toBeNull();
  });

  it("without a prompt to answer, nothing is asked", async () => {
    const fresh = await createPipelineHarness(provider);
    try {
      const reply = await fresh.say(fresh.personas.dana, "kinda did them");
      expect(reply).not.toMatch(/all of them, or some/);
      expect(await fresh.database.db.conversationState.count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
