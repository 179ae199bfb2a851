import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ALICE, HAS_CHROMIUM, launchChromium } from "./browser.js";
import { DEMO_PASSWORD, startServers, type Servers } from "./servers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 740 } } as const;

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is; only serious and critical findings are returned. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe.skipIf(!HAS_CHROMIUM)("every page passes axe-core (no serious or critical violation) at desktop and phone sizes", () => {
  let s: Servers;
  let browser: Browser;
  let paths: Record<string, string>;
  beforeAll(async () => {
    s = await startServers({ demoHistory: true });
    browser = await launchChromium();
    const harold = (await s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } })).id;
    const program = await s.db.program.findFirstOrThrow();
    paths = {
      login: "/",
      inbox: "/",
      patients: "/patients",
      patient: `/patients/${harold}`,
      programs: "/programs",
      "new program": "/programs/new",
      "program editor": `/programs/${program.id}/edit`,
      handout: `/handouts/patient/${harold}`,
      monitoring: "/monitoring",
      "monitoring report": `/patients/${harold}/monitoring/report`,
      chat: `/chat?patient=${harold}`,
    };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it("would catch a violation: an image without alternative text is reported as critical", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${s.url}/`);
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/nothing.png">'));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain("image-alt");
    await context.close();
  });

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`${size}`, { timeout: 180_000 }, async () => {
      // The pages forbid inline scripts (CSP); axe is injected by the test, not served by hepbot.
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const report: Record<string, Violation[]> = {};

      await page.goto(`${s.url}${paths.login}`);
      await page.getByLabel("Email").waitFor();
      report.login = await seriousViolations(page);
      await page.getByLabel("Email").fill(ALICE);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Log in" }).click();
      await page.getByRole("heading", { name: "Inbox" }).waitFor();

      for (const [name, path] of Object.entries(paths)) {
        if (name === "login") continue;
        const response = await page.goto(`${s.url}${path}`);
        expect(response?.status(), name).toBe(200);
        await page.waitForLoadState("load");
        report[name] = await seriousViolations(page);
      }
      await context.close();
      const failing = Object.fromEntries(Object.entries(report).filter(([, v]) => v.length > 0));
      expect(failing).toEqual({});
    });
  }
});
