import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decideResponse } from "../../src/conversation/engine.js";
import {
  createReplyPhraser,
  isPhraseable,
  MAX_PHRASED_CHARS,
  modelTemplateId,
  PHRASING_PROMPT,
  scrubContact,
  type PhraseInput,
} from "../../src/conversation/model-phrasing.js";
import { smsSegments } from "../../src/conversation/sms-length.js";
import type { ConversationInput } from "../../src/conversation/types.js";
import { createChatModel } from "../../src/llm/chat-model.js";
import { loadPrompt } from "../../src/prompts/templates.js";
import { type FakeCompletion, type FakeOpenAI, startFakeOpenAI } from "../fakes/openai-server.js";
import { CLINICS, depsWith, input, program, reading } from "./fixtures.js";

const CLAMSHELLS_VIDEO = "https://videos.hepbot.example/clamshells";

/** What the processor hands the phraser for one engine decision. */
function phraseInput(c: ConversationInput): PhraseInput {
  const decision = decideResponse(c, depsWith());
  if (decision.reply === null) throw new Error("the engine made no reply");
  return {
    reply: decision.reply,
    kind: c.reading.kind,
    lang: c.lang,
    channel: c.channel,
    program: c.program,
    patientText: c.text,
    escalated: decision.actions.some((a) => a.type === "escalation"),
  };
}

const question = (channel: ConversationInput["channel"] = "telegram") =>
  phraseInput(input("en", "question", "how do I do the clamshells?", { channel }));
const done = (channel: ConversationInput["channel"] = "sms", text = "done!") => phraseInput(input("en", "done", text, { channel }));
const notDone = () => phraseInput(input("en", "not_done", "skipped today, long shift"));

const GOOD_ANSWER =
  "Sure! For clamshells: 1) Lie on your side, hips and knees bent. 2) Keep your feet together. 3) Lift your top knee as high as you can without rolling your hips back. 4) Hold, then lower it slowly. Yours: 2 sets of 10, hold 2 seconds, once a day. Video: " +
  CLAMSHELLS_VIDEO;

interface SentRequest {
  tool_choice: { function: { name: string } };
  messages: { role: string; content: string }[];
}

describe("reply phrasing against a fake OpenAI server", () => {
  let fake: FakeOpenAI;
  const phraser = (timeoutMs = 2_000) =>
    createReplyPhraser({ model: createChatModel({ baseURL: fake.url, model: "gpt-4o-mini", timeoutMs, maxRetries: 0 }), timeoutMs });
  const sent = (i = 0) => fake.requests[i]?.body as SentRequest;
  const userContent = (i = 0) => JSON.parse(sent(i).messages[1]!.content) as Record<string, unknown>;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.reset();
  });

  it("uses the model's wording of an exercise answer, recording the prompt and the template it replaced", async () => {
    const q = question();
    expect(q.reply.template).toBe("question.answer.how#0");
    fake.enqueue({ toolCall: { arguments: { text: `  ${GOOD_ANSWER} ` } } });
    const phrased = await phraser().phrase(q);
    expect(phrased).toEqual({ text: GOOD_ANSWER, template: modelTemplateId("question.answer.how#0"), source: "model", prompt: PHRASING_PROMPT });
    expect(phrased.template).toBe("model:phrasing.md(question.answer.how#0)");

    expect(sent().tool_choice.function.name).toBe("phrasing");
    expect(sent().messages[0]?.content).toBe(loadPrompt(PHRASING_PROMPT));
    const user = userContent();
    expect(user).toMatchObject({ lang: "en", channel: "telegram", kind: "question", templateReply: q.reply.text });
    // Grounded in the one exercise asked about: its library entry and the patient's dose, nothing else.
    expect(user.program).toEqual([
      {
        name: "Clamshells",
        steps: q.program[0]!.instructions,
        cues: q.program[0]!.cues,
        commonMistakes: q.program[0]!.commonMistakes,
        videoUrl: CLAMSHELLS_VIDEO,
        sets: 2,
        reps: 10,
        holdSeconds: 2,
        timesPerDay: 1,
      },
    ]);
  });

  it("phrases MI replies: a completion, and a missed session with one open question", async () => {
    fake.enqueue(
      { toolCall: { arguments: { text: "Nice, you got them in today. That counts." } } },
      { toolCall: { arguments: { text: "Long shifts make it hard. What might make tomorrow easier?" } } },
    );
    expect(await phraser().phrase(done())).toMatchObject({ source: "model", text: "Nice, you got them in today. That counts.", template: "model:phrasing.md(done#0)" });
    const missed = await phraser().phrase(notDone());
    expect(missed).toMatchObject({ source: "model" });
    // The barrier follow-up (the long shift reflected, one strategy offered) is what the model rewords.
    expect(missed.template).toMatch(/^model:phrasing\.md\(reflect\.time#\d\+strategy\.time#\d\)$/);
    // MI replies only need what the patient works on: names and doses, not the whole library entry.
    expect(userContent(0).program).toContainEqual({ name: "Bridges", sets: 2, reps: 10, holdSeconds: 3, timesPerDay: 1 });
  });

  it("never sends a phone number, an email, a clinic detail or an id to the model", async () => {
    fake.enqueue({ toolCall: { arguments: { text: "Nice work today." } } });
    const c = input("en", "done", "done! text me at +1 (555) 555-0101 or harold.j@example.com");
    await phraser().phrase(phraseInput(c));
    const raw = JSON.stringify(fake.requests[0]?.body);
    for (const secret of ["555-0101", "555) 555", "harold.j@example.com", CLINICS.en.contact, CLINICS.en.name, "slug"]) {
      expect(raw).not.toContain(secret);
    }
    expect(userContent().patientMessage).toBe("done! text me at [phone] or [email]");
  });

  it("scrubs contact details in both languages' usual forms", () => {
    expect(scrubContact("llámame al 612 345 678 o al +34 912-345-678")).toBe("llámame al [phone] o al [phone]");
    expect(scrubContact("did 3 sets of 10, 2x a day")).toBe("did 3 sets of 10, 2x a day");
    expect(scrubContact("mail rosa_d+pt@clinic.example.es please")).toBe("mail [email] please");
  });

  const never: [string, () => PhraseInput][] = [
    ["an emergency", () => phraseInput(input("en", "pain", "chest pain, can't breathe", { reading: reading("pain", { escalate: "emergency", redFlags: ["chest pain"] }) }))],
    ["an urgent report", () => phraseInput(input("en", "pain", "knee pain 9/10", { reading: reading("pain", { pain: 9 }) }))],
    ["a completion with a therapist hand-off", () => phraseInput(input("en", "done", "done but pain 6/10", { reading: reading("done", { pain: 6 }) }))],
    ["a question for the therapist", () => phraseInput(input("en", "question", "can I take ibuprofen before the bridges?"))],
    ["STOP", () => phraseInput(input("en", "stop", "STOP"))],
    ["START", () => phraseInput(input("en", "start", "START"))],
    ["HELP", () => phraseInput(input("en", "help", "HELP"))],
    ["a schedule confirmation", () => phraseInput(input("en", "schedule", "remind me at 7pm"))],
    ["a pain note", () => phraseInput(input("en", "pain", "a bit sore", { reading: reading("pain") }))],
    ["chit-chat", () => phraseInput(input("en", "chitchat", "thanks!"))],
  ];
  it.each(never)("never sends %s to the model: the template goes out verbatim", async (_label, build) => {
    const c = build();
    expect(isPhraseable(c)).toBe(false);
    fake.enqueue({ toolCall: { arguments: { text: "Reworded." } } });
    expect(await phraser().phrase(c)).toEqual({ ...c.reply, source: "template" });
    expect(fake.requests).toHaveLength(0);
  });

  const tooLong = "Nice work getting them done today, that is real progress. ".repeat(12);
  const malformed: [string, () => PhraseInput, FakeCompletion, RegExp][] = [
    ["a body that is not JSON", question, { body: "<html>oops</html>" }, /^error/],
    ["arguments that are not JSON", question, { toolCall: { arguments: "{text: Sure" } }, /^error/],
    ["an answer outside the schema", question, { toolCall: { arguments: { reply: GOOD_ANSWER } } }, /^error/],
    ["a text that is not a string", question, { toolCall: { arguments: { text: 42 } } }, /^error/],
    ["an empty text", done, { toolCall: { arguments: { text: "   " } } }, /^empty$/],
    ["a plain text answer", question, { content: GOOD_ANSWER }, /expected object/],
    ["a server error", question, { status: 500 }, /^error: \w+ 500$/],
    ["lecturing", done, { toolCall: { arguments: { text: "Good. You should do them every day." } } }, /^lectures/],
    ["lecturing in Spanish", () => phraseInput(input("es", "done", "hecho")), { toolCall: { arguments: { text: "Bien. Tiene que hacerlos a diario." } } }, /^lectures/],
    ["a dropped video link", question, { toolCall: { arguments: { text: GOOD_ANSWER.replace(CLAMSHELLS_VIDEO, "the video in your app") } } }, /^dropped the link/],
    ["a link not in the facts", question, { toolCall: { arguments: { text: `${GOOD_ANSWER} More: https://example.com/hips` } } }, /^a link not in the facts/],
    ["a reply over the length limit", () => done("telegram"), { toolCall: { arguments: { text: tooLong } } }, /^longer than 600/],
    ["an SMS over two segments", () => done("sms"), { toolCall: { arguments: { text: tooLong.slice(0, 330) } } }, /^more than 2 SMS segments$/],
    ["a missed session without a question", notDone, { toolCall: { arguments: { text: "Long shifts make it hard. Tomorrow is a new day." } } }, /exactly one question/],
    ["a missed session with two questions", notDone, { toolCall: { arguments: { text: "Long shift? What might make tomorrow easier?" } } }, /exactly one question/],
    ["Spanish words in an English reply", done, { toolCall: { arguments: { text: "Nice work today, gracias por tu esfuerzo." } } }, /patient's language/],
    ["tú in a clinic that says usted", () => phraseInput(input("es", "done", "hecho")), { toolCall: { arguments: { text: "¡Bien hecho! Vas muy bien." } } }, /register/],
    ["a phone number", done, { toolCall: { arguments: { text: "Nice work. Call 555-010-0199 with questions." } } }, /phone-like/],
    ["an email address", done, { toolCall: { arguments: { text: "Nice work. Write to help@clinic.example." } } }, /^an email address$/],
    ["a dose the program does not have", question, { toolCall: { arguments: { text: GOOD_ANSWER.replace("2 sets of 10", "3 sets of 15") } } }, /^numbers not in the facts: 15$/],
  ];
  it.each(malformed)("keeps the template reply on %s", async (_label, build, completion, reason) => {
    const c = build();
    fake.enqueue(completion);
    const phrased = await phraser().phrase(c);
    expect(fake.requests).toHaveLength(1);
    expect(phrased).toMatchObject({ ...c.reply, source: "template" });
    expect(phrased.prompt).toBeUndefined();
    expect(phrased.fallback).toMatch(reason);
    // What the model wrote never reaches the log through the fallback reason.
    expect(phrased.fallback).not.toContain("Sure");
  });

  it("the too-long cases are what they say, and the same SMS text is fine off SMS", async () => {
    expect(tooLong.length).toBeGreaterThan(MAX_PHRASED_CHARS);
    expect(smsSegments(tooLong.slice(0, 330))).toBe(3);
    fake.enqueue({ toolCall: { arguments: { text: tooLong.slice(0, 330).trim() } } });
    expect((await phraser().phrase(done("telegram"))).source).toBe("model");
  });

  it("on SMS, lets a long exercise answer run as many segments as the template's own, no more", async () => {
    // The engine keeps its own SMS answers to two segments; a longer template (every step, as in a chat) still sets the limit.
    const c = { ...phraseInput(input("en", "question", "how do I do the lower trunk rotation?", { program: program("low-back-pain-gentle", "en"), channel: "local" })), channel: "sms" as const };
    expect(c.reply.template).toBe("question.answer.how#0");
    expect(smsSegments(c.reply.text)).toBe(3);
    const warmer = `Happy to help. ${c.reply.text}`;
    fake.enqueue({ toolCall: { arguments: { text: warmer } } }, { toolCall: { arguments: { text: `${warmer} ${"Take it slowly and comfortably. ".repeat(4)}` } } });
    expect(await phraser().phrase(c)).toMatchObject({ source: "model", text: warmer });
    expect(await phraser().phrase(c)).toMatchObject({ source: "template", text: c.reply.text, fallback: "more than 3 SMS segments" });
  });

  it("keeps the template reply when the model is later than the timeout", async () => {
    const c = done();
    fake.enqueue({ delayMs: 1_500, toolCall: { arguments: { text: "Nice work today." } } });
    const started = performance.now();
    const phrased = await phraser(200).phrase(c);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(phrased).toEqual({ ...c.reply, source: "template", fallback: "timeout" });
  });
});
