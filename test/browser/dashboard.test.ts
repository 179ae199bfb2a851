import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { localDateOf } from "../../src/scheduling/local-time.js";
import { ALICE, HAS_CHROMIUM, launchChromium, screenshot, SCREENSHOTS, unlabelledControls } from "./browser.js";
import { CAROL, DEMO_PASSWORD, OTHER_PASSWORD, startServers, type Servers } from "./servers.js";


describe.skipIf(!HAS_CHROMIUM)("the therapist dashboard in Chromium", () => {
  let s: Servers;
  let browser: Browser;
  let page: Page;
  let url: string;
  let harold: string;
  let aliceId: string;
  beforeAll(async () => {
    s = await startServers();
    url = s.url;
    harold = (await s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } })).id;
    aliceId = (await s.db.therapist.findUniqueOrThrow({ where: { email: ALICE } })).id;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5000);
    page.on("pageerror", (error) => {
      throw error;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it("logs in, adds a patient, assigns a program, sees a done day, handles an escalation and prints a handout", { timeout: 90_000 }, async () => {
    await s.db.escalation.create({ data: { patientId: harold, level: "urgent", reason: "Pain 8/10", summary: "Harold reported knee pain 8/10 after exercises." } });
    const rosa = (await s.db.patient.findFirstOrThrow({ where: { name: "Rosa Delgado" } })).id;
    await s.db.escalation.create({ data: { patientId: rosa, level: "therapist", reason: "Missed three days", summary: "No answer since Sunday." } });

    // Logged out: the login page, then a wrong password, then the right one.
    await page.goto(`${url}/patients`);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.getByLabel("Email").isVisible()).resolves.toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "01-login");
    await page.getByLabel("Email").fill(ALICE);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("alert").filter({ hasText: "wrong email or password" }).waitFor();
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");

    // The inbox: the urgent escalation first.
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    const cards = page.locator("li.escalation");
    await expect(cards.first().textContent()).resolves.toContain("Pain 8/10");
    await screenshot(page, "02-inbox");

    // Add a patient.
    await page.getByRole("link", { name: "Patients" }).click();
    await page.getByRole("heading", { name: "Patients", exact: true }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel("Name").fill("Test Patient");
    await page.getByLabel("Mobile (E.164, optional)").fill("+15557654321");
    await page.getByLabel("Program").selectOption({ label: "Low back pain: gentle home program" }).catch(async () => {
      await page.getByLabel("Program").selectOption({ index: 1 });
    });
    await page.getByRole("button", { name: "Add patient" }).click();
    await page.getByRole("heading", { name: "Test Patient" }).waitFor();
    const patientId = page.url().split("/").pop()!;
    expect(await s.db.patient.count({ where: { id: patientId, therapistId: aliceId } })).toBe(1);

    // Assign another program, replacing the first.
    await page.getByText("Assign a program").click();
    await page.getByLabel("Program", { exact: true }).selectOption({ label: `Neck posture${""}` }).catch(async () => {
      const neck = await s.db.program.findUniqueOrThrow({ where: { slug: "neck-posture" } });
      await page.locator("#assign-program").selectOption(neck.id);
    });
    const reloaded = page.waitForEvent("load");
    await page.locator("#assign").getByRole("button", { name: "Assign" }).click();
    await reloaded;
    await page.locator("article.assignment").first().waitFor();
    const active = await s.db.assignment.findMany({ where: { patientId, status: "active" }, include: { programVersion: { include: { program: true } } } });
    expect(active.map((a) => a.programVersion.program.slug)).toEqual(["neck-posture"]);

    // The patient answers "done" in the local web chat of the full service; the pipeline records it.
    const chat = await browser.newPage();
    chat.setDefaultTimeout(5000);
    await chat.goto(`${s.url}/chat?patient=${patientId}`);
    await chat.locator("#patient").evaluate((select: HTMLSelectElement, id) => select.value === id || Promise.reject(new Error("patient not offered")), patientId);
    await chat.getByLabel("Message").fill("done");
    await chat.getByRole("button", { name: "Send", exact: true }).click();
    await chat.locator("#log .msg.inbound", { hasText: "done" }).waitFor();
    // hepbot's answer comes back through the outbox and the dispatcher, as on any channel.
    await chat.locator("#log .msg.outbound").first().waitFor({ timeout: 15_000 });
    const today = localDateOf(new Date(), "America/New_York");
    await expect.poll(() => s.db.completion.count({ where: { patientId, localDate: today, status: "done" } }), { timeout: 15_000 }).toBe(1);
    await screenshot(chat, "03a-chat");
    await chat.close();
    await s.db.painReport.create({ data: { patientId, score: 3, text: "3/10", localDate: today } });
    await page.reload();
    const todayCell = page.locator("td.day", { hasText: `${today}: done` });
    await expect(todayCell.getAttribute("class")).resolves.toContain("s-done");
    await page.getByRole("listitem").filter({ hasText: "done" }).first().waitFor();
    await expect(page.locator("figure.pain:not(.outcome) figcaption").textContent()).resolves.toContain("Latest 3/10");
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "03-patient");
    await page.getByRole("link", { name: "Patients" }).click();
    const row = page.getByRole("row", { name: /Test Patient/ });
    await expect(row.textContent()).resolves.toContain("100%");
    await screenshot(page, "04-patients");

    // Acknowledge the escalation and reply to the patient from the inbox.
    await page.getByRole("link", { name: "Inbox" }).click();
    const pain = () => page.locator("li.escalation", { hasText: "Pain 8/10" });
    await pain().getByRole("button", { name: "Acknowledge" }).click();
    await pain().locator(".muted", { hasText: "Acknowledged" }).waitFor();
    // Handled items sink below the open ones.
    await expect(page.locator("li.escalation").first().textContent()).resolves.toContain("Missed three days");
    await pain().getByText("Reply to Harold Jennings").click();
    await pain().getByLabel("Message").fill("Sorry it hurts, Harold. Ice for 15 minutes; I will call you at 3.");
    await pain().getByRole("button", { name: "Send reply" }).click();
    await pain().getByRole("status").filter({ hasText: "Sent." }).waitFor();
    const escalation = await s.db.escalation.findFirstOrThrow({ where: { patientId: harold } });
    expect(escalation).toMatchObject({ status: "acknowledged", acknowledgedBy: `therapist:${aliceId}` });
    const reply = await s.db.outboxMessage.findFirstOrThrow({ where: { patientId: harold, kind: "reply" } });
    expect(reply.body).toContain("Ice for 15 minutes");
    // Harold has no channel turned on here but the web chat, so the reply is delivered there.
    await expect.poll(async () => (await s.db.outboxMessage.findUniqueOrThrow({ where: { id: reply.id } })).status, { timeout: 15_000 }).toBe("sent");
    await screenshot(page, "05-inbox-after");

    // The program editor: pick exercises, preview.
    await page.getByRole("link", { name: "Programs" }).click();
    await page.getByRole("link", { name: "New program" }).click();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel("Search").fill("heel slide");
    await page.getByRole("button", { name: "Add exercise" }).click();
    await page.getByLabel("Region").selectOption("shoulder");
    await page.getByLabel("Search").fill("");
    await page.getByRole("button", { name: "Add exercise" }).click();
    await page.getByLabel("Sets for Heel slides").fill("3");
    await page.getByLabel("Title (English)").fill("Knee and shoulder");
    await page.getByRole("button", { name: "Preview what the patient receives" }).click();
    // One labelled preview per channel and language.
    const smsSpanish = page.locator("figure.preview", { has: page.locator("figcaption", { hasText: "SMS · Spanish" }) });
    await smsSpanish.getByText(/1\) Deslizamientos de talon \d+x\d+/).waitFor();
    await expect(smsSpanish.locator("p.muted").textContent()).resolves.toMatch(/SMS segment/);
    await expect(page.locator("figure.preview figcaption").allTextContents()).resolves.toEqual([
      "SMS · English", "SMS · Spanish (usted)", "WhatsApp · English", "WhatsApp · Spanish (usted)",
      "Telegram · English", "Telegram · Spanish (usted)", "Teams · English", "Teams · Spanish (usted)",
    ]);
    await page.locator("figure.preview", { hasText: "Telegram · English" }).getByText(/1\. Heel slides: 3 sets of \d+/).waitFor();
    await screenshot(page, "06-program-editor");
    await page.getByLabel("Title (Spanish)").fill("Rodilla y hombro");
    await page.getByLabel("Short name (kebab-case)").fill("knee-and-shoulder");
    await page.getByRole("button", { name: "Save program" }).click();
    await page.getByRole("heading", { name: "Edit Knee and shoulder" }).waitFor();
    const saved = await s.db.program.findUniqueOrThrow({ where: { slug: "knee-and-shoulder" }, include: { versions: { include: { items: true } } } });
    expect(saved.therapistId).toBe(aliceId);
    expect(saved.versions[0]!.items).toHaveLength(2);

    // The printable handout, in print media, as a PDF.
    await page.goto(`${url}/handouts/patient/${patientId}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const shortLink = await page.locator(".video a").first().getAttribute("href");
    expect(shortLink).toMatch(new RegExp(`^${url}/v/[a-z2-9]{6}$`));
    const redirect = await fetch(shortLink!, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toMatch(/^https:\/\/videos\.example\/ex\//);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.top").count()).toBe(0);
    await expect(page.getByRole("button", { name: "Print" }).isVisible()).resolves.toBe(false);
    await screenshot(page, "07-handout-print");
    const pdf = await page.pdf({ path: join(SCREENSHOTS, "handout.pdf"), format: "Letter" });
    expect(pdf.byteLength).toBeGreaterThan(5000);
    expect(readFileSync(join(SCREENSHOTS, "handout.pdf")).toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: "screen" });

    // On a phone.
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${url}/patients/${harold}`);
    await phone.getByRole("heading", { name: "Harold Jennings" }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, "08-patient-phone");
    await phone.close();
  });

  it("shows another therapist's patient as not found", async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    other.setDefaultTimeout(5000);
    await other.goto(url);
    await other.getByLabel("Email").fill(CAROL);
    await other.getByLabel("Password").fill(OTHER_PASSWORD);
    await other.getByRole("button", { name: "Log in" }).click();
    await other.getByRole("heading", { name: "Inbox" }).waitFor();
    const response = await other.goto(`${url}/patients/${harold}`);
    expect(response?.status()).toBe(404);
    await expect(other.content()).resolves.not.toContain("Harold");
    await context.close();
  });
});
