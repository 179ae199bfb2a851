import type { Router } from "express";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTherapistRouters } from "../../src/http/therapist-routers.js";
import { silentLogger } from "../../src/logging/logger.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { ALICE, BOB, DEMO_PASSWORD, startHarness, type ApiResponse, type Harness } from "./harness.js";

const NOW = new Date("2026-03-12T15:00:00Z");
const METHODS = ["get", "post", "patch", "delete"] as const;

interface Call {
  method: string;
  /** The documented path template, e.g. /api/patients/{id}. */
  template: string;
  response: ApiResponse;
}

/** Every route the API router really serves, as "get /api/patients/{id}": the routes mounted on it, however they got there. */
function servedRoutes(routers: Router[]): string[] {
  const found: string[] = [];
  const walk = (stack: any[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          found.push(`${method} ${prefix}${String(layer.route.path).replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix === "" ? "/api" : prefix);
      }
    }
  };
  walk((routers[0] as any).stack, "");
  return found;
}

describe.each(TEST_PROVIDERS)("the OpenAPI document against the running API on %s", (provider) => {
  let h: Harness;
  let doc: any;
  const calls: Call[] = [];
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();

  /** A request recorded for validation: the template names which documented operation answered. */
  const call = async (method: string, template: string, path: string, options: Parameters<Harness["request"]>[2] = {}) => {
    const response = await h.request(method.toUpperCase(), path, options);
    calls.push({ method, template, response });
    return response;
  };

  beforeAll(async () => {
    h = await startHarness(provider, { loginRateLimit: { maxFailures: 2, windowMs: 60_000 } }, { now: NOW, history: { videoBaseUrl: "https://videos.example/ex/" } });
    doc = (await h.request("GET", "/api/openapi.json")).body;
    ajv.addSchema({ ...doc.components.schemas.Error, $id: "error" });
  });
  afterAll(async () => h?.close());

  const validatorFor = (schema: any) => {
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/schemas/Error"', '"error"')));
      validators.set(key, validate);
    }
    return validate;
  };

  it("documents every route the router serves, and nothing it does not", () => {
    const served = servedRoutes(createTherapistRouters({ db: h.db, logger: silentLogger(), clock: h.clock.now, videoBaseUrl: "https://v/", wakeDispatcher: () => {} }));
    const documented = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
    expect(documented.filter((route) => !served.includes(route))).toEqual([]);
  });

  it("puts limits in the schema and documents each error a route raises", () => {
    const adherence = doc.paths["/api/patients/{id}/adherence"].get;
    expect(adherence.responses["200"].content["application/json"].schema.properties.days.maxItems).toBe(366);
    expect(adherence.parameters.find((p: any) => p.name === "from").description).toContain("366");
    expect(Object.keys(doc.paths["/api/auth/login"].post.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "429"]));
    expect(doc.paths["/api/auth/login"].post.responses["429"].headers).toHaveProperty("Retry-After");
    for (const [path, method] of [["/api/exercises", "post"], ["/api/programs", "post"], ["/api/patients/{id}/messages", "post"], ["/api/assignments/{id}", "patch"], ["/api/escalations/{id}/resolve", "post"], ["/api/escalations/{id}/acknowledge", "post"], ["/api/patients", "post"]] as const) {
      expect(doc.paths[path][method].responses, `${method} ${path}`).toHaveProperty("409");
    }
    expect(doc.paths["/api/audit"].get.responses).toHaveProperty("403");
    expect(doc.paths["/api/patients"].post.responses).toHaveProperty("403");
    expect(doc.paths["/api/me"].get.responses).not.toHaveProperty("400");
    for (const ops of Object.values(doc.paths) as any[]) {
      for (const method of METHODS) {
        const op = ops[method];
        if (!op) continue;
        for (const [status, response] of Object.entries(op.responses) as Array<[string, any]>) {
          if (status === "204") continue;
          const schema = Object.values(response.content ?? {})[0] as any;
          expect(schema?.schema, `${method} ${op.operationId} ${status}`).toBeDefined();
          expect(JSON.stringify(schema.schema), `${method} ${op.operationId} ${status} is only {"type":"object"}`).not.toBe('{"type":"object"}');
        }
      }
    }
  });

  it("answers every documented operation with a documented status and a body matching its schema", { timeout: 120_000 }, async () => {
    const alice = { cookie: h.alice.cookie };
    const [harold, rosa] = h.alice.patientIds as [string, string];

    await call("get", "/api/openapi.json", "/api/openapi.json");
    // Auth and tokens.
    expect((await call("post", "/api/auth/login", "/api/auth/login", { body: { email: BOB, password: "wrong" } })).status).toBe(401);
    await call("post", "/api/auth/login", "/api/auth/login", { body: { email: BOB, password: "wrong" } });
    expect((await call("post", "/api/auth/login", "/api/auth/login", { body: { email: BOB, password: "wrong" } })).status).toBe(429);
    expect((await call("post", "/api/auth/login", "/api/auth/login", { body: { email: ALICE } })).status).toBe(400);
    const login = await call("post", "/api/auth/login", "/api/auth/login", { body: { email: ALICE, password: DEMO_PASSWORD } });
    expect(login.status).toBe(200);
    await call("get", "/api/auth/me", "/api/auth/me", alice);
    expect((await call("get", "/api/auth/me", "/api/auth/me")).status).toBe(401);
    const spare = login.headers.get("set-cookie")!.split(";")[0]!;
    expect((await call("post", "/api/auth/logout", "/api/auth/logout", { cookie: spare })).status).toBe(204);
    const token = await call("post", "/api/tokens", "/api/tokens", { ...alice, body: { name: "reports" } });
    expect(token.status).toBe(201);
    expect((await call("post", "/api/patients/{id}/pause", `/api/patients/${harold}/pause`, { token: token.body.token, body: {} })).status).toBe(403);
    await call("get", "/api/tokens", "/api/tokens", alice);
    expect((await call("delete", "/api/tokens/{id}", `/api/tokens/${token.body.id}`, alice)).status).toBe(204);
    expect((await call("delete", "/api/tokens/{id}", "/api/tokens/nope", alice)).status).toBe(404);
    // The therapist's own settings.
    await call("get", "/api/me", "/api/me", alice);
    await call("patch", "/api/me", "/api/me", { ...alice, body: { digestTime: "17:30" } });
    await call("post", "/api/me/link-codes", "/api/me/link-codes", { ...alice, body: { channel: "telegram" } });
    // Patients.
    await call("get", "/api/patients", "/api/patients", alice);
    const added = await call("post", "/api/patients", "/api/patients", { ...alice, body: { name: "Nina Park", language: "en", timeZone: "America/New_York", phone: "+15555550199", program: "neck-posture" } });
    expect(added.status).toBe(201);
    expect((await call("post", "/api/patients", "/api/patients", { ...alice, body: { name: "Twin", language: "en", timeZone: "America/New_York", phone: "+15555550199", program: "neck-posture" } })).status).toBe(409);
    expect((await call("post", "/api/patients", "/api/patients", { cookie: h.bob.cookie, body: { name: "X", language: "en", timeZone: "America/New_York", program: "neck-posture", therapistId: h.alice.id } })).status).toBe(403);
    await call("get", "/api/patients/{id}", `/api/patients/${harold}`, alice);
    expect((await call("get", "/api/patients/{id}", "/api/patients/nobody", alice)).status).toBe(404);
    await call("patch", "/api/patients/{id}", `/api/patients/${added.body.id}`, { ...alice, body: { mrn: "MRN-1" } });
    await call("get", "/api/patients/{id}/consent", `/api/patients/${harold}/consent`, alice);
    await call("get", "/api/patients/{id}/adherence", `/api/patients/${harold}/adherence`, alice);
    expect((await call("get", "/api/patients/{id}/adherence", `/api/patients/${harold}/adherence?from=2025-01-01&to=2026-03-01`, alice)).status).toBe(400);
    await call("post", "/api/patients/{id}/pause", `/api/patients/${added.body.id}/pause`, { ...alice, body: { until: "2026-03-20" } });
    await call("post", "/api/patients/{id}/resume", `/api/patients/${added.body.id}/resume`, { ...alice, body: {} });
    await call("post", "/api/patients/{id}/enrollment-codes", `/api/patients/${harold}/enrollment-codes`, { ...alice, body: { channel: "teams" } });
    await call("get", "/api/patients/{id}/enrollment-codes", `/api/patients/${harold}/enrollment-codes`, alice);
    // Library and programs.
    await call("get", "/api/exercises", "/api/exercises?q=knee", alice);
    await call("get", "/api/exercises/{slug}", "/api/exercises/heel-slides", alice);
    const exercise = { slug: "wall-slide-test", name: { en: "Wall slide" }, bodyRegion: "shoulder", instructions: { en: ["Slide up the wall."] }, videoUrl: "https://video.example/w" };
    expect((await call("post", "/api/exercises", "/api/exercises", { ...alice, body: exercise })).status).toBe(201);
    expect((await call("post", "/api/exercises", "/api/exercises", { ...alice, body: exercise })).status).toBe(409);
    await call("get", "/api/programs", "/api/programs", alice);
    const program = { slug: "live-check", title: { en: "Live check", es: "Prueba" }, items: [{ exerciseSlug: "heel-slides", sets: 1, reps: 10 }] };
    const created = await call("post", "/api/programs", "/api/programs", { ...alice, body: program });
    expect(created.status).toBe(201);
    expect((await call("post", "/api/programs", "/api/programs", { ...alice, body: program })).status).toBe(409);
    await call("get", "/api/programs/{id}", `/api/programs/${created.body.id}`, alice);
    await call("post", "/api/programs/{id}/versions", `/api/programs/${created.body.id}/versions`, { ...alice, body: { items: [{ exerciseSlug: "quad-sets", sets: 2, reps: 10 }] } });
    await call("get", "/api/program-versions/{id}", `/api/program-versions/${created.body.versionId}`, alice);
    await call("post", "/api/programs/preview", "/api/programs/preview", { ...alice, body: { items: [{ exerciseSlug: "heel-slides", sets: 1, reps: 10 }] } });
    // Assignments.
    const assigned = await call("post", "/api/patients/{id}/assignments", `/api/patients/${added.body.id}/assignments`, { ...alice, body: { programId: created.body.id, replaceActive: true } });
    expect(assigned.status).toBe(201);
    await call("patch", "/api/assignments/{id}", `/api/assignments/${assigned.body.id}`, { ...alice, body: { weekdays: [1, 3, 5] } });
    await call("post", "/api/assignments/{id}/end", `/api/assignments/${assigned.body.id}/end`, { ...alice, body: {} });
    expect((await call("patch", "/api/assignments/{id}", `/api/assignments/${assigned.body.id}`, { ...alice, body: { weekdays: [2] } })).status).toBe(409);
    // Escalations, messages, records.
    const open = await call("get", "/api/escalations", "/api/escalations?status=open,acknowledged,resolved", alice);
    const escalation = open.body.escalations.find((e: any) => e.status === "open");
    await call("post", "/api/escalations/{id}/acknowledge", `/api/escalations/${escalation.id}/acknowledge`, { ...alice, body: {} });
    await call("post", "/api/escalations/{id}/resolve", `/api/escalations/${escalation.id}/resolve`, { ...alice, body: { note: "Called him; sent to urgent care for a scan." } });
    expect((await call("post", "/api/escalations/{id}/resolve", `/api/escalations/${escalation.id}/resolve`, { ...alice, body: { note: "again" } })).status).toBe(409);
    await call("get", "/api/patients/{id}/messages", `/api/patients/${rosa}/messages`, alice);
    const reply = await call("post", "/api/patients/{id}/messages", `/api/patients/${rosa}/messages`, { ...alice, body: { text: "How is the back today?" } });
    expect(reply.status).toBe(202);
    await h.db.patient.update({ where: { id: added.body.id }, data: { consent: "opted_out" } });
    expect((await call("post", "/api/patients/{id}/messages", `/api/patients/${added.body.id}/messages`, { ...alice, body: { text: "Hello" } })).status).toBe(409);
    await call("get", "/api/patients/{id}/audit", `/api/patients/${harold}/audit`, alice);
    await call("get", "/api/audit", "/api/audit", alice);
    expect((await call("get", "/api/audit", "/api/audit", { cookie: h.bob.cookie })).status).toBe(403);
    const fhir = await call("get", "/api/patients/{id}/fhir", `/api/patients/${harold}/fhir`, alice);
    // Escalation notes, channel choice, program moves, outcome measures, remote monitoring.
    const another = (await h.request("GET", "/api/escalations?status=open,acknowledged,resolved", alice)).body.escalations[0];
    await call("post", "/api/escalations/{id}/notes", `/api/escalations/${another.id}/notes`, { ...alice, body: { kind: "call", text: "Called; doing better." } });
    await call("get", "/api/patients/{id}/channel", `/api/patients/${rosa}/channel`, alice);
    await call("patch", "/api/patients/{id}/channel", `/api/patients/${rosa}/channel`, { ...alice, body: { channel: null } });
    await call("get", "/api/programs/{id}/patients", `/api/programs/${created.body.id}/patients`, alice);
    await call("get", "/api/programs/{id}/outcomes", `/api/programs/${created.body.id}/outcomes`, alice);
    await call("patch", "/api/programs/{id}/outcomes", `/api/programs/${created.body.id}/outcomes`, { ...alice, body: { measures: ["nprs"] } });
    await call("get", "/api/patients/{id}/outcomes", `/api/patients/${harold}/outcomes`, alice);
    await call("patch", "/api/patients/{id}/outcome-preferences", `/api/patients/${harold}/outcome-preferences`, { ...alice, body: { painWeekday: 3 } });
    await call("post", "/api/patients/{id}/monitoring/heartbeat", `/api/patients/${harold}/monitoring/heartbeat`, { ...alice, body: { idleSeconds: 0 } });
    const time = await call("post", "/api/patients/{id}/monitoring/time", `/api/patients/${harold}/monitoring/time`, { ...alice, body: { at: "2026-03-12T14:00:00Z", minutes: 5 } });
    expect(time.status).toBe(201);
    const contact = await call("post", "/api/patients/{id}/monitoring/contacts", `/api/patients/${harold}/monitoring/contacts`, { ...alice, body: { at: "2026-03-12T14:30:00Z", minutes: 10, mode: "phone" } });
    expect(contact.status).toBe(201);
    await call("get", "/api/patients/{id}/monitoring", `/api/patients/${harold}/monitoring`, alice);
    await call("get", "/api/patients/{id}/monitoring/report", `/api/patients/${harold}/monitoring/report?month=2026-03`, alice);
    await call("get", "/api/monitoring/report", "/api/monitoring/report?month=2026-03", alice);
    expect((await call("delete", "/api/patients/{id}/monitoring/time/{entryId}", `/api/patients/${harold}/monitoring/time/${time.body.id}`, alice)).status).toBe(204);
    expect((await call("delete", "/api/patients/{id}/monitoring/contacts/{entryId}", `/api/patients/${harold}/monitoring/contacts/${contact.body.id}`, alice)).status).toBe(204);
    expect(fhir.headers.get("content-type")).toContain("application/fhir+json");

    const problems: string[] = [];
    const answered = new Set<string>();
    for (const { method, template, response } of calls) {
      const op = doc.paths[template]?.[method];
      if (!op) {
        problems.push(`${method} ${template}: not in the document`);
        continue;
      }
      const documented = op.responses[String(response.status)];
      if (!documented) {
        problems.push(`${method} ${template} answered ${response.status}, which is not documented (${response.text.slice(0, 120)})`);
        continue;
      }
      if (response.status < 300) answered.add(`${method} ${template}`);
      if (response.status === 204) {
        if (response.text !== "") problems.push(`${method} ${template}: 204 with a body`);
        continue;
      }
      const [type, content] = Object.entries(documented.content ?? {})[0] as [string, any];
      if (!(response.headers.get("content-type") ?? "").startsWith(type)) problems.push(`${method} ${template}: content-type ${response.headers.get("content-type")}, documented ${type}`);
      const validate = validatorFor(content.schema);
      if (!validate(response.body)) problems.push(`${method} ${template} ${response.status}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);
    const documentedOps = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(documentedOps.filter((op) => !answered.has(op))).toEqual([]);
    const statuses = new Set(calls.map((c) => c.response.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 201, 202, 204, 400, 401, 403, 404, 409, 429]));
  });

  it("answers a reply with the channel it actually goes out on", async () => {
    const local = await startHarness(provider, { enabledChannels: ["telegram", "local"] }, { now: NOW });
    try {
      const [harold, rosa] = local.alice.patientIds as [string, string];
      // Harold has only SMS, which is off here: his reply goes to the web chat. Rosa prefers SMS but has Telegram.
      const toHarold = await local.request("POST", `/api/patients/${harold}/messages`, { cookie: local.alice.cookie, body: { text: "Hi" } });
      expect(toHarold.body.channel).toBe("local");
      const toRosa = await local.request("POST", `/api/patients/${rosa}/messages`, { cookie: local.alice.cookie, body: { text: "Hola" } });
      expect(toRosa.body.channel).toBe("telegram");
      const row = await local.db.outboxMessage.findUniqueOrThrow({ where: { id: toRosa.body.id } });
      expect(row.channel).toBe("telegram");
    } finally {
      await local.close();
    }
  });
});
