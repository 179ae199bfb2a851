import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, tableCounts, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("a therapist's own settings on %s", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider, { telegramBotUsername: "hepbot_demo_bot" });
  });
  afterAll(async () => h.close());

  it("turns SMS alerts on and off, and changes the digest time", async () => {
    const on = await h.request("PATCH", "/api/me", { cookie: h.bob.cookie, body: { smsAlerts: "+15555550188", digestTime: "07:30" } });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ digestTime: "07:30", alerts: { channel: "sms", linked: true } });
    expect(await h.db.therapist.findUniqueOrThrow({ where: { id: h.bob.id } })).toMatchObject({ notifyChannel: "sms", notifyAddress: "+15555550188" });
    const off = await h.request("PATCH", "/api/me", { cookie: h.bob.cookie, body: { smsAlerts: null } });
    expect(off.body.alerts).toBeNull();
    expect((await h.request("GET", "/api/me", { cookie: h.bob.cookie })).body).toMatchObject({ id: h.bob.id, digestTime: "07:30", alerts: null });
  });

  it("issues a one-time code and Telegram link to connect the therapist's own chat", async () => {
    const created = await h.request("POST", "/api/me/link-codes", { cookie: h.bob.cookie, body: { channel: "telegram" } });
    expect(created.status).toBe(201);
    expect(created.body.telegramLink).toBe(`https://t.me/hepbot_demo_bot?start=${created.body.code}`);
    const row = await h.db.enrollmentCode.findUniqueOrThrow({ where: { code: created.body.code } });
    expect(row).toMatchObject({ therapistId: h.bob.id, patientId: null, channel: "telegram" });
  });

  it("refuses bad settings with 400 and changes nothing", async () => {
    const before = await h.db.therapist.findUniqueOrThrow({ where: { id: h.bob.id } });
    const counts = await tableCounts(h.db);
    for (const body of [{ smsAlerts: "555-0100" }, { timeZone: "Mars/Base" }, { digestTime: "25:00" }, { role: "admin" }]) {
      const response = await h.request("PATCH", "/api/me", { cookie: h.bob.cookie, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("invalid_input");
    }
    expect((await h.request("POST", "/api/me/link-codes", { cookie: h.bob.cookie, body: { channel: "sms" } })).status).toBe(400);
    expect(await h.db.therapist.findUniqueOrThrow({ where: { id: h.bob.id } })).toEqual(before);
    expect(await tableCounts(h.db)).toEqual(counts);
    expect((await h.request("GET", "/api/me")).status).toBe(401);
  });
});
