import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { therapistApiRoutes } from "../../src/api/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("OpenAPI document on %s", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(async () => h.close());

  it("is served without login, is OpenAPI 3.1, and covers every route with its parameters and bodies", async () => {
    const response = await h.request("GET", "/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes).toHaveProperty("sessionCookie");
    expect(doc.components.securitySchemes).toHaveProperty("bearerToken");
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toEqual(
      expect.arrayContaining(["invalid_input", "unauthorized", "forbidden", "not_found", "conflict", "rate_limited", "internal"]),
    );

    const routes = therapistApiRoutes({ db: h.db, logger: silentLogger(), clock: h.clock.now, videoBaseUrl: "https://v/", wakeDispatcher: () => {} });
    const operationIds = new Set<string>();
    for (const r of routes) {
      const path = `/api${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`;
      const op = doc.paths[path]?.[r.method];
      expect(op, `${r.method} ${path}`).toBeDefined();
      expect(op.summary.length).toBeGreaterThan(5);
      expect(operationIds.has(op.operationId)).toBe(false);
      operationIds.add(op.operationId);
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p: any) => p.in === "path").map((p: any) => p.name)).toEqual(pathParams);
      for (const p of op.parameters) expect(p.schema).toBeTypeOf("object");
      if (r.body) {
        const schema = op.requestBody.content["application/json"].schema;
        expect(schema.type).toBe("object");
        expect(schema).not.toHaveProperty("$schema");
      } else {
        expect(op.requestBody).toBeUndefined();
      }
      const success = String(r.status ?? 200);
      expect(op.responses).toHaveProperty(success);
      if (r.params || r.query || r.body || r.method !== "get") expect(op.responses).toHaveProperty("400");
      if (r.auth !== false) expect(op.responses).toHaveProperty("401");
    }
    const documented = Object.values(doc.paths).reduce((n: number, ops: any) => n + Object.keys(ops).length, 0);
    expect(documented).toBe(routes.length);

    // Spot checks: the body schema is the zod schema the route validates with.
    const createPatient = doc.paths["/api/patients"].post.requestBody.content["application/json"].schema;
    expect(createPatient.required).toEqual(expect.arrayContaining(["name", "language", "timeZone", "program"]));
    expect(createPatient.properties.language.enum).toEqual(["en", "es"]);
    const escalations = doc.paths["/api/escalations"].get.parameters.map((p: any) => p.name);
    expect(escalations).toEqual(["status", "level", "patientId", "limit"]);
    expect(doc.paths["/api/auth/login"].post.security).toEqual([]);
    expect(doc.paths["/api/patients/{id}/fhir"].get.responses["200"].content).toHaveProperty("application/fhir+json");
  });
});
