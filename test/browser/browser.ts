import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM && process.env.REQUIRE_BROWSER === "1") {
  throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: the browser tests would be skipped`);
}
export const SCREENSHOTS = join(import.meta.dirname, "..", "output", "screenshots");

/** Debian's Chromium, headless, with nothing phoning home; `extraArgs` e.g. to map a host name to this machine. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Form controls a screen reader could not name: no label, aria-label or aria-labelledby. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("input, select, textarea")]
      .filter((el) => el.type !== "hidden")
      .filter((el) => !(el.labels && el.labels.length > 0) && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

export const ALICE = "alice@demo.hepbot.local";
export const DESKTOP = { width: 1280, height: 900 };

/** A page that fails the test on any uncaught page error, waiting at most 5 s for anything. */
export async function strictPage(browser: Browser, options: Parameters<Browser["newPage"]>[0] = { viewport: DESKTOP }): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(5000);
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

/** Logs in through the form and waits for the inbox. */
export async function logIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("heading", { name: "Inbox" }).waitFor();
}
