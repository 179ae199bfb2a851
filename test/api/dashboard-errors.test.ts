import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTTP_STATUS } from "../../src/http/http-errors.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("one error-to-HTTP mapping for the API and the dashboard on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("answers another therapist's patient with the same not-found status as a page and as JSON", async () => {
    const alices = h.alice.patientIds[0]!;
    const page = await h.request("GET", `/patients/${alices}`, { cookie: h.bob.cookie });
    const api = await h.request("GET", `/api/patients/${alices}`, { cookie: h.bob.cookie });
    expect(page.status).toBe(HTTP_STATUS.not_found);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toContain("There is nothing here, or it is not yours to see.");
    expect(api.status).toBe(HTTP_STATUS.not_found);
    expect(api.body.error.code).toBe("not_found");
    const own = await h.request("GET", `/patients/${alices}`, { cookie: h.alice.cookie });
    expect(own.status).toBe(200);
  });

  it("answers a missing program's editor with a not-found page", async () => {
    const page = await h.request("GET", "/programs/no-such-program/edit", { cookie: h.alice.cookie });
    expect(page.status).toBe(404);
    expect(page.text).toContain("<h1>Not found</h1>");
  });
});
