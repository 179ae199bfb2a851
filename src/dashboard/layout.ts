import type { Actor } from "../care/actor.js";
import { html, type Html } from "./html.js";

export interface PageOptions {
  title: string;
  actor?: Actor;
  /** Which nav entry is the current page. */
  current?: "inbox" | "patients" | "programs" | "monitoring";
  scripts?: string[];
  /** Handouts: a page meant for paper. */
  printable?: boolean;
}

export function page(options: PageOptions, body: Html): Html {
  const nav = options.actor
    ? html`<header class="top${options.printable ? " no-print" : ""}">
        <a class="brand" href="/">hepbot</a>
        <nav aria-label="Main">
          <a href="/" ${options.current === "inbox" ? html`aria-current="page"` : ""}>Inbox</a>
          <a href="/patients" ${options.current === "patients" ? html`aria-current="page"` : ""}>Patients</a>
          <a href="/programs" ${options.current === "programs" ? html`aria-current="page"` : ""}>Programs</a>
          <a href="/monitoring" ${options.current === "monitoring" ? html`aria-current="page"` : ""}>Monitoring</a>
        </nav>
        <form data-api="POST /api/auth/logout" data-then="go:/" class="logout">
          <span class="who">${options.actor.name}</span>
          <button type="submit" class="link">Log out</button>
        </form>
      </header>`
    : "";
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · hepbot</title>
<link rel="stylesheet" href="/assets/app.css">
${options.printable ? html`<link rel="stylesheet" href="/assets/handout.css">` : ""}
</head>
<body${options.printable ? html` class="handout-page"` : ""}>
<a class="skip" href="#main">Skip to content</a>
${nav}
<main id="main" tabindex="-1">
${body}
</main>
<script src="/assets/app.js" defer></script>
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`;
}
