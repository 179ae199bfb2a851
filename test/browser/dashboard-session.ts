import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, logIn, strictPage } from "./browser.js";
import { startServers, type Servers } from "./servers.js";

export interface DashboardSession {
  s: Servers;
  browser: Browser;
  /** A strict page (see `strictPage`) at desktop size. */
  page: Page;
}

/**
 * The set-up most browser tests share: the demo servers, Chromium and a strict page, started in the
 * enclosing `describe` block's beforeAll (logged in when `logInAs` is given) and closed in its
 * afterAll. Read the fields inside tests, once beforeAll has filled them.
 */
export function dashboardSession(options: { logInAs?: { email: string; password: string } } = {}): DashboardSession {
  const session = {} as DashboardSession;
  beforeAll(async () => {
    session.s = await startServers();
    session.browser = await launchChromium();
    session.page = await strictPage(session.browser);
    if (options.logInAs) await logIn(session.page, session.s.url, options.logInAs.email, options.logInAs.password);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.s?.close();
  });
  return session;
}
