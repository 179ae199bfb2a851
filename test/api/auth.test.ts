import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashToken } from "../../src/auth/password.js";
import { therapistApiRoutes } from "../../src/api/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { createApiToken } from "../../src/care/therapists/api-tokens.service.js";
import { ALICE, BOB, DEMO_PASSWORD, startHarness, tableCounts, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("API access on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, { loginRateLimit: { maxFailures: 5, windowMs: 15 * 60_000 } });
  });
  afterEach(async () => h.close());

  it("logs in with a HttpOnly SameSite=Strict cookie whose session is stored only hashed, and logs out", async () => {
    const response = await h.request("POST", "/api/auth/login", { body: { email: " Alice@Demo.hepbot.local ", password: DEMO_PASSWORD } });
    expect(response.status).toBe(200);
    expect(response.body.therapist).toMatchObject({ email: ALICE, role: "admin", via: "session" });
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^hepbot_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    const secret = decodeURIComponent(setCookie.split(";")[0]!.split("=")[1]!);
    expect(await h.db.therapistSession.count({ where: { tokenHash: secret } })).toBe(0);
    expect(await h.db.therapistSession.count({ where: { tokenHash: hashToken(secret) } })).toBe(1);

    const cookie = setCookie.split(";")[0]!;
    expect((await h.request("GET", "/api/auth/me", { cookie })).body.therapist.email).toBe(ALICE);
    expect((await h.request("POST", "/api/auth/logout", { cookie })).status).toBe(204);
    expect((await h.request("GET", "/api/auth/me", { cookie })).status).toBe(401);
    expect(await h.db.auditEvent.count({ where: { action: { in: ["auth.login", "auth.logout"] } } })).toBeGreaterThanOrEqual(2);
  });

  it("marks the cookie Secure when the public URL is https (TLS ends at a proxy)", async () => {
    const behindProxy = await startHarness(provider, { publicBaseUrl: "https://pt.example.org" });
    try {
      const response = await behindProxy.request("POST", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } });
      expect(response.headers.get("set-cookie")).toMatch(/; Secure$/);
    } finally {
      await behindProxy.close();
    }
    const plain = await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } });
    expect(plain.headers.get("set-cookie")).not.toContain("Secure");
  });

  it("expires sessions after their lifetime", async () => {
    h.clock.advance(13 * 60 * 60_000);
    const response = await h.request("GET", "/api/patients", { cookie: h.alice.cookie });
    expect(response.status).toBe(401);
  });

  it("answers 401 with the error shape on every protected route without credentials, and on a bad token", async () => {
    const routes = therapistApiRoutes({ db: h.db, logger: silentLogger(), clock: h.clock.now, videoBaseUrl: "https://v/", wakeDispatcher: () => {} }).filter((r) => r.auth !== false);
    expect(routes.length).toBeGreaterThan(25);
    for (const r of routes) {
      const path = `/api${r.path.replace(/:[a-zA-Z]+/g, h.alice.patientIds[0]!)}`;
      const response = await h.request(r.method.toUpperCase(), path, { body: {} });
      expect(response.status, `${r.method} ${path}`).toBe(401);
      expect(response.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    }
    expect((await h.request("GET", "/api/patients", { token: "hep_not-a-real-token" })).status).toBe(401);
    expect((await h.request("GET", "/api/patients", { cookie: "hepbot_session=forged" })).status).toBe(401);
  });

  it("rejects wrong passwords alike for known and unknown emails", async () => {
    const wrong = await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: "nope" } });
    const unknown = await h.request("POST", "/api/auth/login", { body: { email: "nobody@x.org", password: "nope" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    const bad = await h.request("POST", "/api/auth/login", { body: { email: "not-an-email" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
    expect(bad.body.error.message).toMatch(/email/);
    expect(bad.body.error.message).toMatch(/password/);
  });

  it("rate-limits login after 5 failures per email and IP for 15 minutes, even with the right password", async () => {
    const before = await h.db.therapistSession.count();
    for (let i = 0; i < 5; i++) {
      expect((await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: `wrong-${i}` } })).status).toBe(401);
    }
    const limited = await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await h.db.therapistSession.count()).toBe(before);
    // Another account from the same address is unaffected.
    expect((await h.request("POST", "/api/auth/login", { body: { email: BOB, password: "wrong" } })).status).toBe(401);
    h.clock.advance(15 * 60_000 + 1000);
    expect((await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } })).status).toBe(200);
  });

  it("takes the limit before the password is checked: a parallel burst gets exactly 5 checks", async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.request("POST", "/api/auth/login", { body: { email: ALICE, password: `wrong-${i}` } })),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it("limits one address trying one password across many emails, and a right password does not count", async () => {
    expect((await h.request("POST", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } })).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      expect((await h.request("POST", "/api/auth/login", { body: { email: `user${i}@clinic.example`, password: "Summer2026!" } })).status).toBe(401);
    }
    const limited = await h.request("POST", "/api/auth/login", { body: { email: "user20@clinic.example", password: "Summer2026!" } });
    expect(limited.status).toBe(429);
    expect((await h.request("POST", "/api/auth/login", { body: { email: BOB, password: "Summer2026!" } })).status).toBe(429);
    h.clock.advance(15 * 60_000 + 1000);
    expect((await h.request("POST", "/api/auth/login", { body: { email: "user20@clinic.example", password: "Summer2026!" } })).status).toBe(401);
  });

  it("refuses changes not sent as JSON (CSRF) and malformed JSON, writing nothing", async () => {
    const before = await tableCounts(h.db);
    const form = await h.request("POST", "/api/patients", { cookie: h.alice.cookie, contentType: "application/x-www-form-urlencoded", raw: "name=x" });
    expect(form.status).toBe(400);
    expect(form.body.error.message).toMatch(/application\/json/);
    const plain = await h.request("POST", `/api/patients/${h.alice.patientIds[0]}/messages`, { cookie: h.alice.cookie, contentType: "text/plain", raw: '{"text":"hi"}' });
    expect(plain.status).toBe(400);
    const broken = await h.request("POST", "/api/patients", { cookie: h.alice.cookie, raw: "{not json" });
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatchObject({ code: "invalid_input", message: "the body is not valid JSON" });
    expect(await tableCounts(h.db)).toEqual(before);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const response = await h.request("GET", "/api/nope", { cookie: h.alice.cookie });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it("accepts API tokens created for integrations or through the API, records them as the actor, and stops accepting revoked ones", async () => {
    const { token, id } = await createApiToken(h.db, h.alice.id, "EHR sync", h.clock.now());
    expect(await h.db.apiToken.count({ where: { tokenHash: token } })).toBe(0);
    const list = await h.request("GET", "/api/patients", { token });
    expect(list.status).toBe(200);
    expect(list.body.patients.length).toBeGreaterThanOrEqual(3);
    expect(await h.db.auditEvent.count({ where: { actor: `token:${id}`, action: "patient.list" } })).toBe(1);
    expect((await h.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    const viaApi = await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "report" } });
    expect(viaApi.status).toBe(201);
    expect((await h.request("GET", "/api/tokens", { cookie: h.alice.cookie })).body.tokens.some((t: any) => "token" in t)).toBe(false);
    expect((await h.request("DELETE", `/api/tokens/${viaApi.body.id}`, { cookie: h.alice.cookie })).status).toBe(204);
    expect((await h.request("GET", "/api/patients", { token: viaApi.body.token })).status).toBe(401);
    // Someone else's token id is not found.
    expect((await h.request("DELETE", `/api/tokens/${id}`, { cookie: h.bob.cookie })).status).toBe(404);
  });

  it("gives tokens a scope and an expiry; a token cannot mint tokens", async () => {
    const patientId = h.alice.patientIds[0]!;
    const readOnly = await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "report" } });
    expect(readOnly.body).toMatchObject({ scope: "read-only" });
    expect((await h.request("GET", `/api/patients/${patientId}`, { token: readOnly.body.token })).status).toBe(200);
    const refused = await h.request("PATCH", `/api/patients/${patientId}`, { token: readOnly.body.token, body: { name: "Changed" } });
    expect(refused.status).toBe(403);
    expect((await h.db.patient.findUniqueOrThrow({ where: { id: patientId } })).name).not.toBe("Changed");

    const readWrite = await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "EHR sync", scope: "read-write", expiresInDays: 1 } });
    expect(readWrite.status).toBe(201);
    expect((await h.request("PATCH", `/api/patients/${patientId}`, { token: readWrite.body.token, body: { name: "Changed" } })).status).toBe(200);
    // A token, even read-write, cannot make a token that would outlive its own revocation.
    const minted = await h.request("POST", "/api/tokens", { token: readWrite.body.token, body: { name: "forever", scope: "read-write" } });
    expect(minted.status).toBe(403);
    expect(await h.db.apiToken.count({ where: { name: "forever" } })).toBe(0);

    expect((await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "x", expiresInDays: 3650 } })).status).toBe(400);
    h.clock.advance(24 * 60 * 60_000 + 1000);
    expect((await h.request("GET", `/api/patients/${patientId}`, { token: readWrite.body.token })).status).toBe(401);
  });
});
