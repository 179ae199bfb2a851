import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, tableCounts, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("the patient's channel on %s (issue #14)", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("after linking Teams, Teams is used rather than the old SMS number; the therapist can choose, and clear the choice", async () => {
    const patientId = h.bob.patientId;
    const channel = (cookie = h.bob.cookie) => h.request("GET", `/api/patients/${patientId}/channel`, { cookie });
    const reply = async (text: string) => {
      const sent = await h.request("POST", `/api/patients/${patientId}/messages`, { cookie: h.bob.cookie, body: { text } });
      expect(sent.status).toBe(202);
      return (await h.db.outboxMessage.findUniqueOrThrow({ where: { id: sent.body.id } })).channel;
    };
    expect((await channel()).body).toEqual({ pinned: null, preferred: "sms", addresses: [{ channel: "sms", lastInboundAt: null }] });

    // The patient links Teams: the address, and the code they sent from it, as the intake stores them.
    h.clock.advance(60_000);
    await h.db.channelAddress.create({ data: { patientId, channel: "teams", address: "19:conv-1", conversationRef: "{}", createdAt: h.clock.now() } });
    await h.db.messageLog.create({ data: { patientId, direction: "inbound", channel: "teams", address: "19:conv-1", body: "LINK-CODE", platformMessageId: "teams-1", createdAt: h.clock.now() } });
    expect((await channel()).body).toMatchObject({ pinned: null, preferred: "teams" });
    expect(await reply("Hello from Bob")).toBe("teams");

    // The therapist chooses SMS: replies go there although Teams was used last.
    const chosen = await h.request("PATCH", `/api/patients/${patientId}/channel`, { cookie: h.bob.cookie, body: { channel: "sms" } });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ pinned: "sms", preferred: "sms" });
    expect(await reply("Back on SMS")).toBe("sms");
    expect(await h.db.auditEvent.count({ where: { action: "patient.channel", entityId: patientId } })).toBe(1);

    // Bad input: no Telegram address, an unknown channel, another clinic's therapist. Nothing changes.
    const before = await tableCounts(h.db);
    expect((await h.request("PATCH", `/api/patients/${patientId}/channel`, { cookie: h.bob.cookie, body: { channel: "telegram" } })).status).toBe(400);
    expect((await h.request("PATCH", `/api/patients/${patientId}/channel`, { cookie: h.bob.cookie, body: { channel: "pigeon" } })).status).toBe(400);
    expect((await h.request("PATCH", `/api/patients/${patientId}/channel`, { cookie: h.carol.cookie, body: { channel: null } })).status).toBe(404);
    expect((await channel(h.carol.cookie)).status).toBe(404);
    expect(await tableCounts(h.db)).toEqual(before);
    expect((await channel()).body.pinned).toBe("sms");

    // Cleared: the rule again.
    const cleared = await h.request("PATCH", `/api/patients/${patientId}/channel`, { cookie: h.bob.cookie, body: { channel: null } });
    expect(cleared.body).toMatchObject({ pinned: null, preferred: "teams" });
  });
});
