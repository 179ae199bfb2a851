import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "./harness.js";

interface ServerEvent {
  event: string;
  id?: string;
  data: any;
}

/** An open `text/event-stream`: `next()` resolves with the next event (comments and `retry:` skipped). */
async function openStream(url: string, cookie: string, signal: AbortSignal) {
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next(): Promise<ServerEvent> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = new Map(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()] as const));
          if (!fields.has("data")) continue;
          return { event: fields.get("event") ?? "message", id: fields.get("id"), data: JSON.parse(fields.get("data")!) };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        buffer += value;
      }
    },
  };
}

describe.each(TEST_PROVIDERS)("the live inbox event stream on %s", (provider) => {
  let h: Harness;
  let streams: AbortController;
  beforeEach(async () => {
    streams = new AbortController();
    h = await startHarness(provider, { inboxPollMs: 20 });
  });
  afterEach(async () => {
    streams.abort();
    await h.close();
  });

  it("needs a dashboard login: no cookie or an API token gets 401 and no patient data", async () => {
    const anonymous = await fetch(`${h.url}/inbox/events`);
    expect(anonymous.status).toBe(401);
    const token = await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "integration" } });
    expect((await h.request("GET", "/api/escalations", { token: token.body.token })).status).toBe(200);
    const withToken = await fetch(`${h.url}/inbox/events`, { headers: { authorization: `Bearer ${token.body.token}` } });
    expect(withToken.status).toBe(401);
    expect(await withToken.text()).not.toMatch(/Harold|Rosa/);
  });

  it("a row written straight to the database (as another replica would) arrives; each therapist gets only their own", async () => {
    const alice = await openStream(`${h.url}/inbox/events`, h.alice.cookie, streams.signal);
    const carol = await openStream(`${h.url}/inbox/events`, h.carol.cookie, streams.signal);
    const at = h.clock.now();
    const carolsPatient = await h.db.patient.create({ data: { clinicId: h.carol.clinicId, therapistId: h.carol.id, name: "Carols Patient", timeZone: "Europe/Madrid" } });
    await h.db.escalation.create({ data: { patientId: h.alice.patientIds[0]!, level: "therapist", reason: "for review", summary: "s", createdAt: at } });
    const emergency = await h.db.escalation.create({ data: { patientId: h.alice.patientIds[0]!, level: "emergency", reason: "red flags: chest-pain", summary: "s", createdAt: at } });
    const carols = await h.db.escalation.create({ data: { patientId: carolsPatient.id, level: "urgent", reason: "pain 9/10", summary: "s", createdAt: at } });

    const first = await alice.next();
    expect(first).toEqual({ event: "escalation", id: at.toISOString(), data: { id: emergency.id, level: "emergency", patientName: "Harold Jennings", headline: "red flags: chest-pain" } });
    expect((await carol.next()).data).toEqual({ id: carols.id, level: "urgent", patientName: "Carols Patient", headline: "pain 9/10" });

    // The next one for Alice is the next new row, not a repeat of the first.
    const later = await h.db.escalation.create({ data: { patientId: h.alice.patientIds[1]!, level: "urgent", reason: "fall", summary: "s", createdAt: new Date(at.getTime() + 1000) } });
    expect((await alice.next()).data.id).toBe(later.id);
  });
});
