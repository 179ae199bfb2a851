import type { EscalationView } from "../../care/escalations/escalations.service.js";
import { html } from "../html.js";

export const LEVEL_LABEL: Record<string, string> = { emergency: "Emergency", urgent: "Urgent", therapist: "For you" };
const STATUS_LABEL: Record<string, string> = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" };

/** "2 Dec 2026, 06:58 CET": every time on a card is in the clinic's zone, with the zone named. */
export function clinicTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at) + ` ${zoneName(at, timeZone)}`;
}

function zoneName(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

const timeTag = (at: Date, timeZone: string) => html`<time datetime="${at.toISOString()}">${clinicTime(at, timeZone)}</time>`;

function figures(card: NonNullable<EscalationView["card"]>) {
  const { latest, usual, recent } = card.pain;
  return html`<dl class="figures">
    <div><dt>Pain</dt><dd>${latest === null ? "none on record" : html`<strong>${latest}/10</strong>${usual === null ? "" : html` <span class="muted">usually ${usual}</span>`}${recent.length > 1 ? html` <span class="muted">(${recent.join(" → ")})</span>` : ""}`}</dd></div>
    <div><dt>Exercises, last ${card.adherence.of} days</dt><dd><strong>${card.adherence.done} of ${card.adherence.of}</strong> days</dd></div>
  </dl>`;
}

function history(e: EscalationView, timeZone: string) {
  const items = [
    ...e.notes.map((n) => ({ at: n.createdAt, html: html`<li><strong>${n.kind === "call" ? "Call note" : "Note"}</strong> · ${n.authorName ?? n.author} · ${timeTag(n.createdAt, timeZone)}<p>${n.text}</p></li>` })),
    ...(e.status === "resolved" && e.resolvedAt
      ? [{ at: e.resolvedAt, html: html`<li class="resolution"><strong>Resolved</strong> · ${e.resolvedByName ?? e.resolvedBy ?? ""} · ${timeTag(e.resolvedAt, timeZone)}<p>${e.resolutionNote ?? ""}</p></li>` }]
      : []),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return items.length === 0 ? "" : html`<ol class="plain handled" aria-label="Notes and resolution">${items.map((i) => i.html)}</ol>`;
}

function actions(e: EscalationView) {
  if (e.status === "resolved") return "";
  return html`<div class="actions">
    ${e.status === "open"
      ? html`<form data-api="POST /api/escalations/${e.id}/acknowledge" data-then="reload"><button type="submit">Acknowledge</button><span class="error" role="alert"></span></form>`
      : ""}
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
      <summary>Call note</summary>
      <form data-api="POST /api/escalations/${e.id}/notes" data-then="reload">
        <input type="hidden" name="kind" value="call">
        <label for="call-${e.id}">What was said on the call</label>
        <textarea id="call-${e.id}" name="text" rows="2" required maxlength="2000"></textarea>
        <button type="submit">Save call note</button><p class="error" role="alert"></p>
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
  </div>`;
}

/**
 * The clinician's card: what happened in one line, the patient's words set apart, why it was
 * flagged, two small figures, what hepbot said, what was done, and the actions. `headingLevel`
 * fits the page it sits on; `withPatient` names the patient (the inbox) or not (their own page).
 */
export function escalationCard(e: EscalationView, timeZone: string, options: { headingLevel: 2 | 3; withPatient: boolean }) {
  const card = e.card;
  const headline = card?.headline ?? e.reason.charAt(0).toUpperCase() + e.reason.slice(1);
  const title = options.withPatient ? html`<a href="/patients/${e.patientId}">${e.patientName}</a>: ${headline}` : html`${headline}`;
  return html`<li class="card escalation level-${e.level} status-${e.status}" id="escalation-${e.id}" data-escalation="${e.id}">
    <div class="row">
      <span class="badge level-${e.level}">${LEVEL_LABEL[e.level] ?? e.level}</span>
      <span class="badge">${STATUS_LABEL[e.status] ?? e.status}</span>
      ${timeTag(e.createdAt, timeZone)}
      ${e.status === "acknowledged" && e.acknowledgedAt ? html`<span class="muted">Acknowledged by ${e.acknowledgedByName ?? e.acknowledgedBy ?? ""}, ${clinicTime(e.acknowledgedAt, timeZone)}</span>` : ""}
    </div>
    ${options.headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
    ${card
      ? html`${card.why.length > 0 ? html`<p class="why"><span class="label">Why flagged:</span> ${card.why.join(" ")}</p>` : ""}
        ${card.message ? html`<figure class="patient-message"><blockquote><p>${card.message.text}</p></blockquote><figcaption>${e.patientName}, ${timeTag(card.message.at, timeZone)}</figcaption></figure>` : ""}
        ${figures(card)}
        ${card.told ? html`<p class="told"><span class="label">hepbot told them:</span> “${card.told}”</p>` : ""}`
      : html`<p class="summary">${e.summary}</p>`}
    ${history(e, timeZone)}
    ${actions(e)}
  </li>`;
}
