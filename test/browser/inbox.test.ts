import { beforeAll, describe, expect, it } from "vitest";
import { buildEscalationCard } from "../../src/conversation/escalation-card.js";
import { ALICE, HAS_CHROMIUM, logIn, screenshot, unlabelledControls } from "./browser.js";
import { CAROL, DEMO_PASSWORD, OTHER_PASSWORD } from "./servers.js";
import { dashboardSession } from "./dashboard-session.js";

describe.skipIf(!HAS_CHROMIUM)("the inbox in Chromium: cards, notes, resolving, live arrival", () => {
  const session = dashboardSession();
  let harold: string;
  let dana: string;
  beforeAll(async () => {
    harold = (await session.s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } })).id;
    dana = (await session.s.db.patient.findFirstOrThrow({ where: { name: { startsWith: "Dana" } } })).id;
  });

  it("shows the card, takes a call note, resolves it and keeps it findable", { timeout: 60_000 }, async () => {
    const { s, page } = session;
    const now = new Date();
    const card = buildEscalationCard({
      escalation: { level: "urgent", reason: "pain 8/10" },
      redFlags: [],
      message: { text: "Knee is 8/10 after the squats, swollen too", at: now },
      pain: 8,
      exercises: ["Squats"],
      previousPain: [3, 2, 3].map((score, i) => ({ score, at: new Date(now.getTime() - (i + 1) * 86_400_000) })),
      completionDates: [],
      told: "I'm sorry it hurts. I've told your therapist.",
      now,
      patientTimeZone: "America/New_York",
    });
    const escalation = await s.db.escalation.create({ data: { patientId: harold, level: "urgent", reason: "pain 8/10", summary: "s", card: JSON.stringify(card), createdAt: now } });

    await logIn(page, s.url, ALICE, DEMO_PASSWORD);
    const item = page.locator(`#escalation-${escalation.id}`);
    await item.getByRole("heading", { name: "Harold Jennings: Pain 8/10 after Squats — up from 3 recently" }).waitFor();
    await expect(item.locator(".patient-message blockquote").textContent()).resolves.toContain("Knee is 8/10 after the squats, swollen too");
    await expect(item.locator(".figures").textContent()).resolves.toMatch(/Pain\s*8\/10\s*usually 3/);
    await expect(item.locator(".told").textContent()).resolves.toContain("I've told your therapist.");
    // Every time on the card is in the clinic's zone, and says so.
    await expect(item.locator("time").first().textContent()).resolves.toMatch(/\d{2}:\d{2} [A-Z]{2,5}|GMT/);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "inbox-01-card");

    await item.locator("summary", { hasText: "Call note" }).click();
    await item.getByLabel("What was said on the call").fill("Called Harold: ice, rest, call back at 5.");
    await item.getByRole("button", { name: "Save call note" }).click();
    await item.locator(".handled", { hasText: "Called Harold: ice, rest, call back at 5." }).waitFor();
    await expect(item.locator(".badge", { hasText: "Acknowledged" }).count()).resolves.toBe(1);

    await item.locator("summary", { hasText: "Resolve" }).click();
    await item.getByLabel("What was done").fill("Swelling down at the call back; no visit needed.");
    const reloaded = page.waitForEvent("load");
    await item.getByRole("button", { name: "Resolve" }).click();
    await reloaded;
    await item.waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Resolved" }).click();
    await item.locator(".resolution", { hasText: "Swelling down at the call back; no visit needed." }).waitFor();
    await expect(item.locator(".resolution").textContent()).resolves.toContain("Dr. Alice Moreno");
    expect((await s.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).resolutionNote).toBe("Swelling down at the call back; no visit needed.");
    await screenshot(page, "inbox-02-resolved");

    // The patient's page keeps it in their history, with the note.
    await page.goto(`${s.url}/patients/${harold}`);
    await page.getByText("Resolved (1)").click();
    await page.locator(`#escalation-${escalation.id} .resolution`, { hasText: "no visit needed" }).waitFor();
    await screenshot(page, "inbox-03-patient-history");
  });

  it("an emergency sent in the web chat appears in the open inbox without a reload, with a banner", { timeout: 60_000 }, async () => {
    const { s, page, browser } = session;
    await page.goto(s.url);
    await page.getByRole("status").filter({ hasText: "Live:" }).waitFor({ timeout: 15_000 });
    const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const openBefore = Number(await page.locator("#open-count").textContent());

    const chat = await browser.newPage();
    chat.setDefaultTimeout(5000);
    await chat.goto(`${s.url}/chat?patient=${dana}`);
    await chat.getByLabel("Message").fill("My face is drooping on one side and my speech is slurred");
    await chat.getByRole("button", { name: "Send", exact: true }).click();
    await chat.locator("#log .msg.inbound").first().waitFor();

    const arrived = page.locator("li.escalation.arrived", { hasText: "Possible stroke signs" });
    await arrived.waitFor({ timeout: 20_000 });
    await expect(arrived.locator(".patient-message").textContent()).resolves.toContain("My face is drooping on one side and my speech is slurred");
    await page.locator("#live-banner").getByRole("link", { name: /New emergency: Dana .* — Possible stroke signs/ }).waitFor();
    await expect(page.locator("#open-count").textContent()).resolves.toBe(String(openBefore + 1));
    // Same page, no reload.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(marker);
    await screenshot(page, "inbox-04-live-emergency");
    await chat.close();

    // The sound is off until the therapist turns it on, and the choice is remembered.
    await expect(page.getByLabel("Sound for new emergencies and urgent items").isChecked()).resolves.toBe(false);
    await page.getByLabel("Sound for new emergencies and urgent items").check();
    await page.reload();
    await expect(page.getByLabel("Sound for new emergencies and urgent items").isChecked()).resolves.toBe(true);

    // On a phone: nothing wider than the screen.
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(s.url);
    await phone.locator("li.escalation", { hasText: "Possible stroke signs" }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "inbox-05-phone");
    await phone.close();
  });

  it("the event stream needs a login and carries only the caller's clinic", async () => {
    const { s, browser } = session;
    const anonymous = await fetch(`${s.url}/inbox/events`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("Dana");

    const context = await browser.newContext();
    const carol = await context.newPage();
    carol.setDefaultTimeout(5000);
    await logIn(carol, s.url, CAROL, OTHER_PASSWORD);
    const card = await carol.request.get(`${s.url}/inbox/cards/${(await s.db.escalation.findFirstOrThrow({ where: { patientId: dana } })).id}`);
    expect(card.status()).toBe(404);
    expect(await card.text()).not.toContain("Dana");
    await context.close();
  });

  it("the patient page: who wrote each message, adherence in days, a keyboard-reachable conversation, no blank scroll", { timeout: 60_000 }, async () => {
    const { s, page, browser } = session;
    const alice = await s.db.therapist.findUniqueOrThrow({ where: { email: ALICE } });
    const start = Date.now() - 60 * 60_000;
    for (let i = 0; i < 40; i++) {
      await s.db.messageLog.create({
        data: { patientId: harold, direction: i % 2 === 0 ? "inbound" : "outbound", channel: "local", address: harold, body: `message ${i}`, state: i % 2 === 0 ? "processed" : "sent", createdAt: new Date(start + i * 60_000) },
      });
    }
    const reply = await s.db.outboxMessage.create({
      data: { idempotencyKey: "therapist-reply-1", kind: "reply", patientId: harold, therapistId: alice.id, channel: "local", address: harold, body: "Ice it for 15 minutes, Harold.", status: "sent" },
    });
    await s.db.messageLog.create({
      data: { patientId: harold, direction: "outbound", channel: "local", address: harold, body: reply.body, outboxId: reply.id, state: "sent", createdAt: new Date(start + 41 * 60_000) },
    });

    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
      const p = await browser.newPage({ viewport, isMobile: viewport.width < 600 });
      p.setDefaultTimeout(5000);
      await p.context().addCookies(await page.context().cookies());
      await p.goto(`${s.url}/patients/${harold}`);
      const box = p.locator("ol.conversation");
      await expect(box.locator("li.msg.from-therapist .sender").textContent()).resolves.toBe("Dr. Alice Moreno (therapist)");
      await expect(box.locator("li.msg.from-hepbot .sender").first().textContent()).resolves.toBe("hepbot");
      await expect(box.locator("li.msg.from-patient .sender").first().textContent()).resolves.toBe("Harold Jennings");
      // Too few prompted days for a percentage to mean anything.
      await expect(p.locator("#adh-h").textContent()).resolves.toMatch(/no prompted days yet|\d+ of \d+ days? done/);
      // The scroll box takes keyboard focus.
      await box.focus();
      expect(await p.evaluate(() => document.activeElement?.classList.contains("conversation"))).toBe(true);
      // Nothing below the last section: the page ends where its content does.
      const blank = await p.evaluate(() => document.documentElement.scrollHeight - (document.querySelector("main")!.getBoundingClientRect().bottom + window.scrollY));
      expect(blank).toBeLessThanOrEqual(40);
      await screenshot(p, `inbox-06-patient-${viewport.width}`);
      await p.close();
    }
  });
});
