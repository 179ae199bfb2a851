import type { Actor } from "../../care/actor.js";
import type { EscalationView } from "../../care/escalations/escalations.service.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import { escalationCard } from "./escalation-card.js";

/** The inbox's views: what needs the therapist (open and acknowledged), or one status. */
export const INBOX_VIEWS = {
  active: { label: "Needs you", statuses: ["open", "acknowledged"] },
  open: { label: "Open", statuses: ["open"] },
  acknowledged: { label: "Acknowledged", statuses: ["acknowledged"] },
  resolved: { label: "Resolved", statuses: ["resolved"] },
} as const satisfies Record<string, { label: string; statuses: readonly ("open" | "acknowledged" | "resolved")[] }>;
export type InboxView = keyof typeof INBOX_VIEWS;

export function inboxView(query: unknown): InboxView {
  return typeof query === "string" && query in INBOX_VIEWS ? (query as InboxView) : "active";
}

function filterNav(view: InboxView) {
  return html`<nav class="filters" aria-label="Show escalations">${Object.entries(INBOX_VIEWS).map(
    ([key, v]) => html`<a href="/?status=${key}" ${key === view ? html`aria-current="page"` : ""}>${v.label}</a>`,
  )}</nav>`;
}

/** The live part: new emergencies and urgent items arrive by server-sent events (`/assets/inbox-live.js`). */
function liveControls() {
  return html`<div class="live">
    <div id="live-banner" class="live-banner" role="alert" hidden></div>
    <label class="inline" for="live-sound"><input type="checkbox" id="live-sound"> Sound for new emergencies and urgent items</label>
    <span id="live-state" class="muted" role="status"></span>
  </div>`;
}

/** `now` is when the page was read: the live stream starts there, so nothing raised in between is missed. */
export function inboxPage(actor: Actor, escalations: EscalationView[], timeZone: string, view: InboxView, now: Date) {
  const live = view === "active" || view === "open";
  const open = escalations.filter((e) => e.status === "open").length;
  const counts =
    view === "active"
      ? html`<span id="open-count">${open}</span> open, ${escalations.length - open} acknowledged. Emergencies and urgent items first, newest on top.`
      : html`${escalations.length} ${INBOX_VIEWS[view].label.toLowerCase()}.`;
  return page(
    { title: "Inbox", actor, current: "inbox", scripts: live ? ["/assets/inbox-live.js"] : [] },
    html`<h1>Inbox</h1>
    ${filterNav(view)}
    ${live ? liveControls() : ""}
    <p>${counts} Times are in the clinic's zone (${timeZone}).</p>
    <ul class="plain" id="escalations" aria-label="Escalations" data-since="${now.toISOString()}">${escalations.map((e) => escalationCard(e, timeZone, { headingLevel: 2, withPatient: true }))}</ul>
    ${escalations.length === 0 ? html`<p class="card" id="inbox-empty">${view === "resolved" ? "Nothing resolved yet." : "Nothing needs you right now."}</p>` : ""}`,
  );
}
