import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createChatModel } from "../../src/llm/chat-model.js";
import { createModelAssistedReader, READING_PROMPT } from "../../src/reading/model-reader.js";
import { readMessage } from "../../src/reading/reader.js";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai-server.js";

// A message the rules cannot place, so the model is asked.
const UNSURE = "the thing with the purple bottle ran out again today";

describe("model-assisted reader against a fake OpenAI server", () => {
  let fake: FakeOpenAI;
  const reader = (timeoutMs = 2_000) =>
    createModelAssistedReader({
      model: createChatModel({ baseURL: fake.url, model: "gpt-4o-mini", timeoutMs, maxRetries: 0 }),
      timeoutMs,
    });

  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.reset();
  });

  it("does not call the model when the rules are sure", async () => {
    const reading = await reader().read({ text: "done ✅" });
    expect(reading).toMatchObject({ kind: "done", source: "rules" });
    expect(fake.requests).toHaveLength(0);
  });

  it("asks the model with the reading prompt and a forced tool call when the rules are unsure", async () => {
    expect(readMessage({ text: UNSURE }).sure).toBe(false);
    fake.enqueue({ toolCall: { arguments: { kind: "question", pain: null, escalate: "therapist" } } });
    const reading = await reader().read({ text: UNSURE, lang: "en" });
    expect(reading).toMatchObject({ kind: "question", escalate: "therapist", source: "model", prompt: READING_PROMPT });
    const body = fake.requests[0]?.body as { tool_choice: { function: { name: string } }; messages: { role: string; content: string }[] };
    expect(body.tool_choice.function.name).toBe("reading");
    expect(body.messages[0]?.content).toContain("the strictest matching rule wins");
    expect(body.messages[1]?.content).toContain(UNSURE);
  });

  it("never lowers the rules' escalation", async () => {
    const text = "the band snapped in half";
    const rules = readMessage({ text });
    expect(rules).toMatchObject({ sure: false, escalate: "therapist" });
    fake.enqueue({ toolCall: { arguments: { kind: "other", pain: null, escalate: "none" } } });
    const reading = await createModelAssistedReader({
      model: createChatModel({ baseURL: fake.url, model: "m", timeoutMs: 2_000, maxRetries: 0 }),
      timeoutMs: 2_000,
    }).read({ text });
    expect(fake.pending()).toBe(0);
    expect(reading).toMatchObject({ source: "model", kind: "other", escalate: "therapist" });
  });

  it("does not let the model opt a patient out or in", async () => {
    fake.enqueue({ toolCall: { arguments: { kind: "stop", pain: null, escalate: "none" } } });
    const reading = await reader().read({ text: UNSURE });
    expect(reading.kind).not.toBe("stop");
  });

  it("keeps a model pain score only if the patient wrote that number", async () => {
    fake.enqueue({ toolCall: { arguments: { kind: "pain", pain: 9, escalate: "urgent" } } });
    const reading = await reader().read({ text: UNSURE });
    expect(reading.pain).toBeNull();
    expect(reading.escalate).toBe("urgent");
  });

  it.each([
    ["an answer outside the schema", { toolCall: { arguments: { kind: "great", pain: 42, escalate: "soon" } } }],
    ["arguments that are not JSON", { toolCall: { arguments: "{kind: done" } }],
    ["a body that is not JSON", { body: "<html>oops</html>" }],
    ["a server error", { status: 500 }],
    ["a plain text answer", { content: "I think it is a question" }],
  ])("falls back to the rules on %s", async (_label, completion) => {
    fake.enqueue(completion);
    const reading = await reader().read({ text: UNSURE });
    expect(reading).toEqual(readMessage({ text: UNSURE }));
  });

  it("falls back to the rules when the model is later than the timeout", async () => {
    // The model's answer is held until the reading is back: only the timeout can have ended the wait.
    let release!: () => void;
    fake.enqueue({ holdUntil: new Promise<void>((resolve) => (release = resolve)), toolCall: { arguments: { kind: "question", pain: null, escalate: "none" } } });
    const reading = await reader(200).read({ text: UNSURE });
    release();
    expect(reading.source).toBe("rules");
  });
});
