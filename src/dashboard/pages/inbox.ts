import type { Actor } from "../../api/actor.js";
import type { listEscalations } from "../../api/escalations.routes.js";
import { formatDateTime, html } from "../html.js";
import { page } from "../layout.js";

type Escalation = Awaited<ReturnType<typeof listEscalations>>[number];

const LEVEL_LABEL: Record<string, string> = { emergency: "Emergency", urgent: "Urgent", therapist: "For you" };

function escalationCard(e: Escalation, timeZone: string) {
  return html`<li class="card escalation level-${e.level} status-${e.status}" data-escalation="${e.id}">
    <div class="row">
      <span class="badge level-${e.level}">${LEVEL_LABEL[e.level] ?? e.level}</span>
      <span class="badge">${e.status}</span>
      <time datetime="${e.createdAt.toISOString()}">${formatDateTime(e.createdAt, timeZone)}</time>
    </div>
    <h2><a href="/patients/${e.patientId}">${e.patientName}</a>: ${e.reason}</h2>
    <p>${e.summary}</p>
    <div class="actions">
      ${e.status === "open"
        ? html`<form data-api="POST /api/escalations/${e.id}/acknowledge" data-then="reload"><button type="submit">Acknowledge</button><span class="error" role="alert"></span></form>`
        : html`<span class="muted">Acknowledged${e.acknowledgedAt ? html` ${formatDateTime(e.acknowledgedAt, timeZone)}` : ""}</span>`}
      <details>
        <summary>Reply to ${e.patientName}</summary>
        <form data-api="POST /api/patients/${e.patientId}/messages" data-then="reset">
          <label for="reply-${e.id}">Message</label>
          <textarea id="reply-${e.id}" name="text" rows="3" required maxlength="1000"></textarea>
          <button type="submit">Send reply</button>
          <p class="status" role="status"></p><p class="error" role="alert"></p>
        </form>
      </details>
      <details>
        <summary>Resolve</summary>
        <form data-api="POST /api/escalations/${e.id}/resolve" data-then="reload">
          <label for="note-${e.id}">What was done</label>
          <textarea id="note-${e.id}" name="note" rows="2" required maxlength="2000"></textarea>
          <button type="submit">Resolve</button><p class="error" role="alert"></p>
        </form>
      </details>
    </div>
  </li>`;
}

export function inboxPage(actor: Actor, escalations: Escalation[], timeZone: string) {
  const open = escalations.filter((e) => e.status === "open").length;
  return page(
    { title: "Inbox", actor, current: "inbox" },
    html`<h1>Inbox</h1>
    <p>${open} open, ${escalations.length - open} acknowledged. Emergencies and urgent items first, newest on top.</p>
    ${escalations.length === 0
      ? html`<p class="card">Nothing needs you right now.</p>`
      : html`<ul class="plain" aria-label="Escalations">${escalations.map((e) => escalationCard(e, timeZone))}</ul>`}`,
  );
}
