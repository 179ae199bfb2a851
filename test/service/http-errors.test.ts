import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceHarness, type ServiceHarness } from "../support/service-harness.js";

/** What a stack trace in a response looks like: frames and absolute paths. */
const STACK = /\n\s+at |node_modules|\/work\/|\.ts:\d+/;

describe("errors and health on the running service", () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness("sqlite", new Date("2026-06-10T14:00:00Z"));
  });
  afterAll(async () => h.close());

  const post = (path: string, body: string, contentType = "application/json") =>
    fetch(`${h.service.url}${path}`, { method: "POST", headers: { "content-type": contentType }, body });

  it.each([
    ["bad JSON", () => post("/chat/api/messages", "{not json"), 400],
    ["a body too large", () => post("/chat/api/messages", JSON.stringify({ patientId: "x", text: "a".repeat(20_000) })), 413],
    ["an unsupported charset", () => post("/chat/api/messages", "{}", "application/json; charset=klingon"), 415],
    ["a URL that cannot be decoded", () => fetch(`${h.service.url}/chat/api/conversation/%E0%A4%A`), 400],
  ])("answers %s with a short JSON error and no stack trace", async (_what, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(STACK);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "invalid_input", message: expect.any(String) } });
  });

  it("says on /healthz only whether it is ready", async () => {
    const response = await fetch(`${h.service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
