import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { PLANNED_THROUGH_KEY } from "../../src/scheduler/scheduler-state.js";
import { ALICE, HAS_CHROMIUM, screenshot, unlabelledControls } from "./browser.js";
import { dashboardSession } from "./dashboard-session.js";
import { DEMO_PASSWORD } from "./servers.js";

/** Issue #14: a program edit reaches the patients the therapist moves, and only them. */
describe.skipIf(!HAS_CHROMIUM)("program versions in Chromium", () => {
  const session = dashboardSession({ logInAs: { email: ALICE, password: DEMO_PASSWORD } });

  it("edits a program, moves one patient and keeps another; the moved patient's next prompt says what changed", { timeout: 90_000 }, async () => {
    const { s, page } = session;
    const created = await page.request.post(`${s.url}/api/programs`, {
      data: { slug: "hip-week-1", title: { en: "Hip week 1", es: "Cadera semana 1" }, items: [{ exerciseSlug: "heel-slides", sets: 2, reps: 10 }, { exerciseSlug: "quad-sets", sets: 3, reps: 10, holdSeconds: 5 }] },
    });
    expect(created.status()).toBe(201);
    const program = (await created.json()) as { id: string; versionId: string };
    const alice = await s.db.therapist.findUniqueOrThrow({ where: { email: ALICE } });
    const patient = (name: string) =>
      s.db.patient.create({
        data: {
          clinicId: alice.clinicId,
          therapistId: alice.id,
          name,
          language: "en",
          timeZone: "UTC",
          reminderTimes: "08:00",
          assignments: { create: { programVersionId: program.versionId, startDate: "2020-01-01" } },
        },
      });
    const mover = await patient("Maya Mover");
    const stayer = await patient("Sam Stayer");

    await page.goto(`${s.url}/programs/${program.id}/edit`);
    const move = page.getByRole("group", { name: "Patients on this program" });
    await move.getByText("Saving moves 2 patients to the new version").waitFor();
    await move.getByLabel("Move Sam Stayer (now on version 1)").uncheck();
    await move.getByText("Saving moves 1 patient to the new version").waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel("Sets for Heel slides").fill("1");
    await page.getByLabel("Hold seconds for Heel slides").fill("300");
    await page.getByLabel("What changed (for the version history)").fill("long hold");
    await page.getByRole("button", { name: "Save program" }).click();
    await page.getByRole("status").getByText("Saved as version 2. Moved 1 patient to it; each is told what changed in their next prompt. 1 patient stays on their version.").waitFor();
    await screenshot(page, "09-program-moved");
    // After the save the list shows where each patient is now; a further save would move both again.
    await move.getByLabel("Move Maya Mover (now on version 2)").waitFor();
    await move.getByText("Saving moves 2 patients to the new version").waitFor();

    const versionOf = async (patientId: string) =>
      (await s.db.assignment.findFirstOrThrow({ where: { patientId, status: "active" }, include: { programVersion: true } })).programVersion.version;
    expect([await versionOf(mover.id), await versionOf(stayer.id)]).toEqual([2, 1]);
    expect(await s.db.auditEvent.count({ where: { action: "assignment.move", entityId: mover.id } })).toBe(1);

    // The next morning's prompts, planned by the real scheduler.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await s.db.schedulerState.upsert({
      where: { key: PLANNED_THROUGH_KEY },
      create: { key: PLANNED_THROUGH_KEY, value: `${tomorrow}T07:59:00.000Z` },
      update: { value: `${tomorrow}T07:59:00.000Z` },
    });
    const clock = () => new Date(`${tomorrow}T08:00:30.000Z`);
    await createScheduler({ db: s.db, logger: silentLogger(), clock, videoBaseUrl: "https://videos.example/ex/", silenceCheckIntervalMs: 1e12, enabledChannels: ["local"] }).tick();
    const promptOf = async (patientId: string) => (await s.db.outboxMessage.findFirstOrThrow({ where: { patientId, kind: "prompt" } })).body;
    expect((await promptOf(mover.id)).split("\n")[0]).toBe("Your therapist updated your program: Heel slides now 1 set of 10, hold 5 minutes.");
    expect(await promptOf(stayer.id)).toMatch(/^Time for today's exercises \(2\):\n1\. Heel slides: 2 sets of 10/);
  });

  it("the therapist chooses the patient's channel over the one they last answered from", { timeout: 60_000 }, async () => {
    const { s, page } = session;
    const alice = await s.db.therapist.findUniqueOrThrow({ where: { email: ALICE } });
    const patient = await s.db.patient.create({
      data: {
        clinicId: alice.clinicId,
        therapistId: alice.id,
        name: "Tomás Teams",
        timeZone: "UTC",
        addresses: { create: [{ channel: "sms", address: "+15550001111", preferred: true }, { channel: "telegram", address: "90210" }] },
      },
    });
    await s.db.messageLog.create({ data: { patientId: patient.id, direction: "inbound", channel: "telegram", address: "90210", body: "hola", platformMessageId: "tg-browser-1" } });
    await page.goto(`${s.url}/patients/${patient.id}`);
    const select = page.getByLabel("Send prompts and replies on");
    await expect(select.locator("option:checked").textContent()).resolves.toBe("Where the patient last linked or answered from (now Telegram)");
    await select.selectOption({ label: "SMS always" });
    // The form saves, then reloads the page; the old page is already loaded, so wait for the new one's load event.
    const reloaded = page.waitForEvent("load");
    await page.getByRole("button", { name: "Save channel" }).click();
    await reloaded;
    expect((await s.db.channelPreference.findUnique({ where: { patientId: patient.id } }))?.channel).toBe("sms");
    await expect(page.getByLabel("Send prompts and replies on").locator("option:checked").textContent()).resolves.toBe("SMS always");
    expect(await unlabelledControls(page)).toEqual([]);
  });

  it("patients page: the add form first, a program must be chosen, time zones from a list; the editor fits a 390 px phone", { timeout: 60_000 }, async () => {
    const { s, page, browser } = session;
    await page.goto(`${s.url}/patients`);
    const formTop = await page.getByRole("heading", { name: "Add a patient" }).boundingBox();
    const tableTop = await page.locator("table.patients").boundingBox();
    expect(formTop!.y).toBeLessThan(tableTop!.y);
    await expect(page.getByLabel("Program").inputValue()).resolves.toBe("");
    const zones = await page.getByLabel("Time zone").locator("option").allTextContents();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain("America/New York");
    await expect(page.getByLabel("Time zone").inputValue()).resolves.toBe("America/New_York");
    const before = await s.db.patient.count();
    await page.getByLabel("Name").fill("No Program Yet");
    await page.getByRole("button", { name: "Add patient" }).click();
    // The browser asks for the program; nothing is sent.
    await expect(page.getByLabel("Program").evaluate((el: HTMLSelectElement) => el.validity.valueMissing)).resolves.toBe(true);
    expect(await s.db.patient.count()).toBe(before);
    await page.getByLabel("Time zone").selectOption("Europe/Madrid");
    await page.getByLabel("Program").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add patient" }).click();
    await page.getByRole("heading", { name: "No Program Yet" }).waitFor();
    expect((await s.db.patient.findFirstOrThrow({ where: { name: "No Program Yet" } })).timeZone).toBe("Europe/Madrid");

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    phone.setDefaultTimeout(5000);
    await phone.context().addCookies(await page.context().cookies());
    const program = await s.db.program.findUniqueOrThrow({ where: { slug: "hip-week-1" } });
    await phone.goto(`${s.url}/programs/${program.id}/edit`);
    for (const label of ["Times per day for Heel slides", "Days per week for Heel slides", "Note for Heel slides", "Remove Heel slides"]) {
      const box = await phone.getByLabel(label).boundingBox();
      expect(box, label).not.toBeNull();
      expect(box!.x, label).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, label).toBeLessThanOrEqual(390);
    }
    await expect(phone.locator("td[data-label='Times/day']").first().evaluate((el) => getComputedStyle(el, "::before").content)).resolves.toBe('"Times/day"');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, "10-program-editor-phone");
    await phone.goto(`${s.url}/patients`);
    await screenshot(phone, "11-patients-phone");
    await phone.close();
  });
});
