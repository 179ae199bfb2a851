import { describe, expect, it } from "vitest";
import { ALICE, HAS_CHROMIUM, screenshot, unlabelledControls } from "./browser.js";
import { dashboardSession } from "./dashboard-session.js";
import { DEMO_PASSWORD } from "./servers.js";

describe.skipIf(!HAS_CHROMIUM)("outcome measures on the dashboard in Chromium", () => {
  const session = dashboardSession({ logInAs: { email: ALICE, password: DEMO_PASSWORD } });

  it("charts the demo patient's answers with the MCID, on a desktop and a phone", { timeout: 60_000 }, async () => {
    const { s, page, browser } = session;
    const harold = (await s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } })).id;
    await page.goto(`${s.url}/patients/${harold}`);
    const section = page.getByRole("region", { name: "Outcome measures" });
    await section.waitFor();
    await expect(section.getByRole("img", { name: /Pain now \(NPRS\)/ }).isVisible()).resolves.toBe(true);
    expect(await section.locator("figcaption").first().textContent()).toMatch(/-3 since the first score \(MCID 2\): a clinically important improvement/);
    await expect(section.locator("figcaption").first().isVisible()).resolves.toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "outcomes-patient");

    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${s.url}/patients/${harold}`);
    await phone.getByRole("region", { name: "Outcome measures" }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "outcomes-patient-phone");
    await phone.close();
  });

  it("the program page saves the measures through the API", { timeout: 60_000 }, async () => {
    const { s, page } = session;
    const program = await s.db.program.findUniqueOrThrow({ where: { slug: "shoulder-impingement" } });
    await page.goto(`${s.url}/programs/${program.id}/edit`);
    const form = page.getByRole("region", { name: "Outcome measures by message" });
    await form.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await form.getByLabel(/Patient-Specific Functional Scale/).check();
    await form.getByLabel("PSFS every (weeks)").fill("3");
    const reloaded = page.waitForEvent("load");
    await form.getByRole("button", { name: "Save outcome measures" }).click();
    await reloaded;
    expect((await s.db.outcomeSchedule.findUnique({ where: { programId: program.id } }))?.measures).toBe('["nprs","psfs"]');
    expect(await s.db.outcomeSchedule.findUniqueOrThrow({ where: { programId: program.id } })).toMatchObject({ psfsEveryWeeks: 3 });
  });
});
