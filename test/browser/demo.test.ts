import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { HAS_CHROMIUM, launchChromium, screenshot, unlabelledControls } from "./browser.js";
import { DEMO_PASSWORD, startServers, type Servers } from "./servers.js";

/** A name that is not localhost: plain http there is not a secure context, as on a clinic's network. */
const LAN_HOST = "demo-clinic.test";
const PHONE = { width: 390, height: 740 };

describe.skipIf(!HAS_CHROMIUM)("the demo a first visitor opens, in Chromium", () => {
  let s: Servers;
  let browser: Browser;
  let harold: string;
  let chatUrl: string;
  beforeAll(async () => {
    s = await startServers({ demoHistory: true });
    harold = (await s.db.patient.findFirstOrThrow({ where: { name: "Harold Jennings" } })).id;
    const port = new URL(s.url).port;
    chatUrl = `http://${LAN_HOST}:${port}/chat?patient=${harold}`;
    browser = await launchChromium([`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`]);
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function phonePage(): Promise<Page> {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    page.setDefaultTimeout(5000);
    page.on("pageerror", (error) => {
      throw error;
    });
    return page;
  }

  /** Whether an element is wholly inside the window and, for a message, inside the conversation's scroll box. */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const box = el.getBoundingClientRect();
      const log = document.getElementById("log")!.getBoundingClientRect();
      const inWindow = box.top >= 0 && box.bottom <= window.innerHeight;
      return el.closest("#log") ? inWindow && box.top >= log.top - 1 && box.bottom <= log.bottom + 1 : inWindow;
    });

  it("opens /chat on a phone at the latest message with the input in view, links clickable and text never read as HTML", { timeout: 60_000 }, async () => {
    const page = await phonePage();
    await page.context().route("https://videos.example/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>video</title>" }));
    await page.goto(chatUrl);
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID }))).toEqual({ secure: false, uuid: "undefined" });
    await page.locator("#log .msg").nth(20).waitFor();

    // The four weeks of history are there, and the newest (yesterday's warning sign and hepbot's answer) is what shows.
    await expect(inView(page, "#log .msg:last-child")).resolves.toBe(true);
    const newest = await s.db.messageLog.findFirstOrThrow({ where: { patientId: harold }, orderBy: { createdAt: "desc" } });
    await expect(page.locator("#log .msg:last-child").textContent()).resolves.toBe(newest.body);
    await expect(inView(page, "#log .msg:first-child")).resolves.toBe(false);
    await expect(inView(page, "#text")).resolves.toBe(true);
    await expect(inView(page, "#send button")).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, "demo-01-chat-phone");

    // A prompt's video link is a link that opens.
    const link = page.locator("#log .msg.outbound a[href^='https://videos.example/ex/']").last();
    const href = await link.getAttribute("href");
    await link.scrollIntoViewIfNeeded();
    const [video] = await Promise.all([page.waitForEvent("popup"), link.click()]);
    await video.waitForLoadState();
    expect(video.url()).toBe(href);
    await video.close();

    // Sending on plain http from a LAN name: no randomUUID, yet the message goes and hepbot answers; both come into view.
    const outboundBefore = await page.locator("#log .msg.outbound").count();
    const attack = "<img src=x onerror=\"window.__injected=1\"> did 3 of 7, see https://example.org/a?b=1.";
    await page.getByLabel("Message").fill(attack);
    await page.getByLabel("Message").press("Enter");
    const mine = page.locator("#log .msg.inbound").last();
    await mine.filter({ hasText: "did 3 of 7" }).waitFor();
    await expect(mine.textContent()).resolves.toBe(attack);
    expect(await page.locator("#log img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await expect(mine.locator("a").getAttribute("href")).resolves.toBe("https://example.org/a?b=1");
    await page.locator("#log .msg.outbound").nth(outboundBefore).waitFor({ timeout: 15_000 });
    await expect(inView(page, "#log .msg:last-child")).resolves.toBe(true);
    const stored = await s.db.messageLog.findFirstOrThrow({ where: { patientId: harold, direction: "inbound" }, orderBy: { createdAt: "desc" } });
    expect(stored.body).toBe(attack);
    expect(stored.platformMessageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await screenshot(page, "demo-02-chat-sent");
    await page.close();
  });

  it("shows the seeded history at the therapist's first login: the open escalation, full calendars and a pain chart", { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5000);
    await page.goto(s.url);
    await page.getByLabel("Email").fill("alice@demo.hepbot.local");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    const open = page.locator("li.escalation").first();
    await expect(open.textContent()).resolves.toMatch(/Harold Jennings[\s\S]*calf/);
    await screenshot(page, "demo-03-inbox");

    await page.goto(`${s.url}/patients/${harold}`);
    expect(await page.locator("td.day.s-done").count()).toBeGreaterThanOrEqual(15);
    expect(await page.locator("td.day.s-partial, td.day.s-missed").count()).toBeGreaterThanOrEqual(1);
    const latest = await s.db.painReport.findFirstOrThrow({ where: { patientId: harold, score: { not: null } }, orderBy: { createdAt: "desc" } });
    await expect(page.locator("figure.pain:not(.outcome) figcaption").textContent()).resolves.toContain(`Latest ${latest.score}/10`);
    await screenshot(page, "demo-04-patient");
    await page.close();
  });
});
