import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "../../fakes/teams-connector.js";

/** The fake itself: both connector paths, scripted failures. */
describe("fake Teams connector", () => {
  let connector: FakeTeamsConnector;
  beforeAll(async () => {
    connector = await startFakeTeamsConnector();
  });
  afterAll(async () => {
    await connector.close();
  });

  const post = (path: string) =>
    fetch(new URL(path, connector.serviceUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "message", text: "hi" }),
    });

  it("records sends and replies, answering with an id", async () => {
    const send = await post("v3/conversations/19:abc@thread.v2/activities");
    const replyRes = await post("v3/conversations/a:1maria/activities/1715000000001");
    expect(send.status).toBe(200);
    expect(await replyRes.json()).toEqual({ id: expect.stringMatching(/^fake-activity-/) });
    expect(connector.activities.map((a) => [a.conversationId, a.replyToId])).toEqual([
      ["19:abc@thread.v2", undefined],
      ["a:1maria", "1715000000001"],
    ]);
  });

  it("fails the next calls as scripted, then recovers", async () => {
    connector.failNext(1, { status: 429, retryAfter: "2" });
    connector.failNext(1, { drop: true });
    const limited = await post("v3/conversations/a:1maria/activities");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    await expect(post("v3/conversations/a:1maria/activities")).rejects.toThrow();
    expect((await post("v3/conversations/a:1maria/activities")).status).toBe(200);
  });

  it("answers 404 to other routes", async () => {
    expect((await post("v3/elsewhere")).status).toBe(404);
  });
});
