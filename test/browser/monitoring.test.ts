import { describe, expect, it } from "vitest";
import { ALICE, HAS_CHROMIUM, screenshot, unlabelledControls } from "./browser.js";
import { dashboardSession } from "./dashboard-session.js";
import { DEMO_PASSWORD } from "./servers.js";

describe.skipIf(!HAS_CHROMIUM)("remote monitoring in the dashboard (Chromium)", () => {
  const session = dashboardSession({ logInAs: { email: ALICE, password: DEMO_PASSWORD } });

  it("the patient page's heartbeat records monitoring time; the card, the overview and the printable report show the ledger", { timeout: 60_000 }, async () => {
    const { s, page, browser } = session;
    const harold = await s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } });

    const autoBefore = await s.db.monitoringTime.count({ where: { patientId: harold.id, source: "auto" } });
    await page.goto(`${s.url}/patients/${harold.id}`);
    await page.getByRole("heading", { name: "Remote monitoring" }).waitFor();
    // The seeded demo: 18 minutes this month and no call yet.
    await expect(page.locator("#rtm-h + ul").textContent()).resolves.toContain("18 of 20 minutes, no live contact yet");
    await page.locator('[data-monitoring-heartbeat][data-heartbeat-status="200"]').waitFor();
    const auto = await s.db.monitoringTime.findMany({ where: { patientId: harold.id, source: "auto" }, orderBy: { createdAt: "desc" } });
    expect(auto).toHaveLength(autoBefore + 1);
    const alice = await s.db.therapist.findUniqueOrThrow({ where: { email: ALICE } });
    expect(auto[0]!.therapistId).toBe(alice.id);
    expect(await unlabelledControls(page)).toEqual([]);

    // Log a call from the form: the card now counts a live contact.
    await page.getByText("Log a call or video visit").click();
    await page.locator("#rtm-c-time").fill("00:00");
    await page.locator("#rtm-c-min").fill("5");
    const reloaded = page.waitForEvent("load");
    await page.getByRole("button", { name: "Log contact" }).click();
    await reloaded;
    await expect(page.locator("#rtm-h + ul").textContent()).resolves.toMatch(/1 live contact/);
    await screenshot(page, "rtm-01-patient-card");

    await page.getByRole("link", { name: "Monitoring" }).click();
    await page.getByRole("heading", { name: "Remote monitoring" }).waitFor();
    await expect(page.locator("table").textContent()).resolves.toContain("Rosa Delgado");
    await screenshot(page, "rtm-02-overview");
    await page.getByRole("link", { name: /Monthly report for/ }).click();
    await page.getByRole("heading", { name: /Riverside Physical Therapy \(demo\) — remote monitoring/ }).waitFor();
    await expect(page.getByText("confirm them with the clinic's payers").isVisible()).resolves.toBe(true);
    await screenshot(page, "rtm-03-report");

    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${s.url}/patients/${harold.id}/monitoring/report`);
    await phone.getByRole("heading", { name: /Harold Jennings — remote monitoring/ }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
