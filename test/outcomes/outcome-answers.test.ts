import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { OutcomeSettingsSchema, type QuestionKind } from "../../src/outcomes/measures.js";
import { saveOutcomeSettings } from "../../src/outcomes/outcomes.repo.js";
import { planOutcomeQuestions } from "../../src/scheduler/outcome-planning.js";
import { addLocalDays, localDateOf } from "../../src/scheduling/local-time.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";

// The demo clinic at 2026-06-10T14:00Z (a Wednesday, the programs' first day): questions asked by
// the planner, answered through the whole pipeline.
describe.each(TEST_PROVIDERS)("answering outcome questions through the pipeline on %s", (provider) => {
  let h: PipelineHarness;
  const db = () => h.database.db;
  let day = 0;

  beforeAll(async () => {
    h = await createPipelineHarness(provider);
    // Start from no answers (the demo clinic comes with a few weeks of them) and no measures chosen.
    await h.database.db.outcomeAnswer.deleteMany();
    await h.database.db.outcomeQuestion.deleteMany();
    await h.database.db.outcomeSchedule.deleteMany();
    // The programs start today (the demo seed backdates them for its monitoring history): today is the PSFS baseline.
    for (const a of await h.database.db.assignment.findMany({ where: { status: "active" }, include: { patient: true } })) {
      await h.database.db.assignment.update({ where: { id: a.id }, data: { startDate: localDateOf(h.clock.now, a.patient.timeZone) } });
    }
  });
  afterAll(async () => h.close());

  const programOf = async (patientId: string) => {
    const a = await db().assignment.findFirstOrThrow({ where: { patientId, status: "active" }, include: { programVersion: true } });
    return { assignmentId: a.id, programId: a.programVersion.programId };
  };
  const plan = () => planOutcomeQuestions({ db: db(), logger: silentLogger() }, { from: new Date("2026-06-10T04:00:00Z"), to: h.clock.now }, h.clock.now);
  const answers = (patientId: string) => db().outcomeAnswer.findMany({ where: { patientId }, orderBy: [{ answeredAt: "asc" }] });
  /** An open question as the planner leaves it, on a day of its own. */
  async function openQuestion(patientId: string, kind: QuestionKind = "nprs") {
    const { assignmentId } = await programOf(patientId);
    await db().outcomeQuestion.updateMany({ where: { patientId, status: "open" }, data: { status: "expired" } });
    const occasion = addLocalDays("2026-06-01", day++);
    const key = `outcome:${assignmentId}:${kind}:${occasion}`;
    await db().outboxMessage.create({ data: { idempotencyKey: key, kind: "outcome", channel: "local", address: patientId, body: "question", patientId, nextAttemptAt: new Date(h.clock.now.getTime() + 3_600_000) } });
    return db().outcomeQuestion.create({ data: { patientId, assignmentId, kind, occasion, outboxKey: key, askedAt: h.clock.now } });
  }

  it("asks PSFS then pain one at a time, reading words and numbers, and a skip", async () => {
    const harold = h.personas.harold;
    await saveOutcomeSettings(db(), (await programOf(harold)).programId, OutcomeSettingsSchema.parse({ measures: ["psfs", "nprs", "grc"] }));
    await plan();
    const asked = await db().outboxMessage.findMany({ where: { patientId: harold, kind: "outcome" } });
    expect(asked.map((r) => r.body)).toEqual([expect.stringMatching(/up to 3 everyday activities/)]);

    expect(await h.say(harold, "climbing stairs, gardening")).toMatch(/^Thanks, noted\. How well can you do "climbing stairs" today/);
    expect(await h.say(harold, "about a four")).toMatch(/^Thanks, noted\. How well can you do "gardening"/);
    expect(await h.say(harold, "skip")).toMatch(/^No problem, skipped\. Quick check-in: how much pain/);
    expect(await h.say(harold, "two")).toBe("Thanks, noted.");
    await plan(); // everything due today was asked
    expect(await db().outboxMessage.count({ where: { patientId: harold, kind: "outcome" } })).toBe(1);

    expect((await answers(harold)).map((a) => [a.kind, a.item, a.value, a.activities])).toEqual([
      ["psfs_activities", 0, null, '["climbing stairs","gardening"]'],
      ["psfs_rating", 0, 4, null],
      ["nprs", 0, 2, null],
    ]);
    const questions = await db().outcomeQuestion.findMany({ where: { patientId: harold }, orderBy: { askedAt: "asc" } });
    expect(questions.map((q) => q.status)).toEqual(["answered", "answered", "skipped", "answered"]);
    // a pain answer is a pain report too; nothing was recorded as a completion
    expect(await db().painReport.findMany({ where: { patientId: harold } })).toMatchObject([{ score: 2 }]);
    expect(await db().completion.count({ where: { patientId: harold } })).toBe(0);
  });

  it("reads a Spanish number word; high pain is still triaged like any pain report", async () => {
    const rosa = h.personas.rosa;
    await saveOutcomeSettings(db(), (await programOf(rosa)).programId, OutcomeSettingsSchema.parse({ measures: ["nprs"] }));
    await plan();
    const [asked] = await db().outboxMessage.findMany({ where: { patientId: rosa, kind: "outcome" } });
    expect(asked!.body).toMatch(/cuánto dolor tiene ahora mismo/);
    const reply = await h.say(rosa, "siete");
    expect(reply).not.toMatch(/Gracias, anotado/);
    expect(await answers(rosa)).toMatchObject([{ kind: "nprs", value: 7 }]);
    expect(await db().escalation.findMany({ where: { patientId: rosa } })).toMatchObject([{ level: "therapist", reason: expect.stringContaining("pain 7/10") }]);
  });

  it("asks again once when unclear, then lets the message be a message", async () => {
    const rosa = h.personas.rosa;
    const question = await openQuestion(rosa);
    expect(await h.say(rosa, "mmm")).toMatch(/^Perdone, no lo entendí\. .*cuánto dolor/);
    const second = await h.say(rosa, "ni idea");
    expect(second ?? "").not.toMatch(/no lo entendí/);
    expect(await db().outcomeQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: "unclear" });
  });

  it("a red flag in an answer is triaged as a red flag, and the answer is kept", async () => {
    const dana = h.personas.dana;
    await openQuestion(dana);
    const reply = await h.say(dana, "its a 6 but my calf is hot and swollen");
    expect(reply).not.toMatch(/Thanks, noted/);
    const [escalation] = await db().escalation.findMany({ where: { patientId: dana } });
    expect(escalation).toMatchObject({ level: "urgent" });
    expect((await answers(dana)).map((a) => a.value)).toEqual([6]);
  });

  it("STOP still opts out of everything, the waiting question with it", async () => {
    const dana = h.personas.dana;
    const question = await openQuestion(dana);
    const answeredBefore = (await answers(dana)).length;
    await h.say(dana, "STOP");
    expect(await db().patient.findUniqueOrThrow({ where: { id: dana } })).toMatchObject({ consent: "opted_out" });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: question.outboxKey } })).toMatchObject({ status: "cancelled" });
    // Whatever they write next, nothing is sent: not the questionnaire's next question either.
    expect(await h.say(dana, "ok then")).toBeNull();
    expect(await h.say(dana, "walking the dog, stairs")).toBeNull();
    expect(await answers(dana)).toHaveLength(answeredBefore);
    await h.say(dana, "START");
  });

  it("an answer to the day's prompt, sent a minute before the activities question, is not taken for activities", async () => {
    const harold = h.personas.harold;
    const question = await openQuestion(harold, "psfs_activities");
    expect(await h.say(harold, "grandkids are here all week, the house is chaos")).not.toMatch(/How well can you do/);
    expect(await h.say(harold, "what's on for today?")).not.toMatch(/How well can you do/);
    expect(await db().outcomeQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: "open" });
  });

  it("small talk to a PSFS question names no activity", async () => {
    const rosa = h.personas.rosa;
    const question = await openQuestion(rosa, "psfs_activities");
    expect(await h.say(rosa, "buenas tardes 🙂")).not.toMatch(/buenas tardes/i);
    expect(await db().outcomeQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: "open" });
  });

  it("'no more surveys' stops questionnaires, not reminders", async () => {
    const harold = h.personas.harold;
    const question = await openQuestion(harold);
    expect(await h.say(harold, "stop sending me questionnaires")).toMatch(/no more questionnaires.*reminders continue/);
    expect(await db().patient.findUniqueOrThrow({ where: { id: harold } })).toMatchObject({ consent: "opted_in" });
    expect(await db().outcomePreference.findUniqueOrThrow({ where: { patientId: harold } })).toMatchObject({ surveysStoppedAt: expect.any(Date) });
    expect(await db().outcomeQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: "cancelled" });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: question.outboxKey } })).toMatchObject({ status: "cancelled" });
    // next Wednesday's pain question goes to Rosa, not to Harold
    h.clock.now = new Date("2026-06-17T14:00:00Z");
    await planOutcomeQuestions({ db: db(), logger: silentLogger() }, { from: new Date("2026-06-17T04:00:00Z"), to: h.clock.now }, h.clock.now);
    const nextWeek = await db().outboxMessage.findMany({ where: { kind: "outcome", localDate: "2026-06-17" } });
    expect(nextWeek.map((r) => r.patientId)).toEqual([h.personas.rosa]);
  });
});
