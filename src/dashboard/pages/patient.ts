import type { Actor } from "../../care/actor.js";
import type { patientAdherence, conversation } from "../../care/patients/patient-reads.service.js";
import type { EscalationView } from "../../care/escalations/escalations.service.js";
import type { ProgramVersionDetail, listVisiblePrograms } from "../../care/programs/program-reads.service.js";
import { doseLine } from "../../care/programs/program-preview.js";
import type { showPatient } from "../../care/patients/patient.service.js";
import type { patientChannel } from "../../care/patients/channel-preference.service.js";
import { adherenceCalendar, painChart } from "../charts.js";
import { adherenceWords } from "../../care/patients/adherence.js";
import { formatDateTime, html, type Html } from "../html.js";
import { page } from "../layout.js";
import { clinicTime, escalationCard } from "./escalation-card.js";
import type { OutcomeSummary } from "../../outcomes/summary.js";
import { outcomesSection } from "../outcome-charts.js";

export interface PatientPageData {
  patient: Awaited<ReturnType<typeof showPatient>>;
  adherence: Awaited<ReturnType<typeof patientAdherence>>;
  messages: Awaited<ReturnType<typeof conversation>>;
  /** Every escalation, resolved ones too: the patient's history. */
  escalations: EscalationView[];
  clinicTimeZone: string;
  assignments: Array<{ id: string; status: string; startDate: string; endDate: string | null; weekdays: number[]; version: ProgramVersionDetail }>;
  programs: Awaited<ReturnType<typeof listVisiblePrograms>>;
  codes: Array<{ code: string; channel: string; expiresAt: Date; telegramLink: string | null }>;
  /** The remote-monitoring card (src/dashboard/pages/monitoring.ts). */
  monitoring?: Html;
  outcomes?: OutcomeSummary;
  /** Where prompts and replies go, and the therapist's choice (`GET /api/patients/:id/channel`). */
  channel?: Awaited<ReturnType<typeof patientChannel>>;
}

const CHANNEL_LABELS: Record<string, string> = { sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram", teams: "Teams", local: "Web chat" };

/** The therapist's override of the rule that the address the patient last linked or answered from is used. */
function channelForm(patientId: string, channel: NonNullable<PatientPageData["channel"]>) {
  if (channel.addresses.length === 0) return "";
  const channels = [...new Set(channel.addresses.map((a) => a.channel))];
  const automatic = channel.pinned === null && channel.preferred ? ` (now ${CHANNEL_LABELS[channel.preferred] ?? channel.preferred})` : "";
  return html`<form class="row" data-api="PATCH /api/patients/${patientId}/channel" data-then="reload">
      <label for="s-channel">Send prompts and replies on</label>
      <select id="s-channel" name="channel">
        <option value="" ${channel.pinned === null ? html`selected` : ""}>Where the patient last linked or answered from${automatic}</option>
        ${channels.map((c) => html`<option value="${c}" ${channel.pinned === c ? html`selected` : ""}>${CHANNEL_LABELS[c] ?? c} always</option>`)}
      </select>
      <button type="submit" class="secondary">Save channel</button><span class="error" role="alert"></span>
    </form>`;
}

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function weekdayBoxes(name: string, selected: number[], idPrefix: string) {
  return html`<fieldset class="weekdays"><legend>Days prompts go out</legend>${DAY_NAMES.map(
    (day, i) => html`<label for="${idPrefix}-${i + 1}"><input type="checkbox" id="${idPrefix}-${i + 1}" name="${name}" value="${i + 1}" data-type="number" ${selected.includes(i + 1) ? html`checked` : ""}> ${day}</label>`,
  )}</fieldset>`;
}

function programSection(data: PatientPageData) {
  const active = data.assignments.filter((a) => a.status === "active");
  return html`<section class="card" aria-labelledby="program-h">
    <h2 id="program-h">Program</h2>
    ${active.length === 0 ? html`<p>No active program.</p>` : ""}
    ${active.map(
      (a) => html`<article class="assignment" data-assignment="${a.id}">
        <h3>${a.version.program.title.en} <span class="muted">v${a.version.version}</span></h3>
        <p>From ${a.startDate}${a.endDate ? ` to ${a.endDate}` : ""} · ${a.weekdays.map((d) => DAY_NAMES[d - 1]).join(", ")}
          · <a href="/handouts/patient/${data.patient.id}">Printable handout</a></p>
        <ol>${a.version.items.map((item) => html`<li><strong>${item.exercise.name.en}</strong> — ${doseLine(item)}</li>`)}</ol>
        <details><summary>Change schedule</summary>
          <form data-api="PATCH /api/assignments/${a.id}" data-then="reload">
            ${weekdayBoxes("weekdays[]", a.weekdays, `wd-${a.id}`)}
            <label for="end-${a.id}">End date (optional)</label><input id="end-${a.id}" name="endDate" type="date" value="${a.endDate ?? ""}">
            <button type="submit">Save schedule</button><p class="error" role="alert"></p>
          </form>
        </details>
        <form data-api="POST /api/assignments/${a.id}/end" data-then="reload" data-confirm="End this program for the patient?">
          <button type="submit" class="secondary">End program</button><span class="error" role="alert"></span>
        </form>
      </article>`,
    )}
    <details ${active.length === 0 ? html`open` : ""}><summary>Assign a program</summary>
      <form id="assign" data-api="POST /api/patients/${data.patient.id}/assignments" data-then="reload">
        <label for="assign-program">Program</label>
        <select id="assign-program" name="programId" required>${data.programs.map((p) => html`<option value="${p.id}">${p.title.en} (v${p.version})</option>`)}</select>
        <label for="assign-start">Start date</label><input id="assign-start" name="startDate" type="date">
        <label class="inline" for="assign-replace"><input id="assign-replace" type="checkbox" name="replaceActive" data-type="bool" checked> End the current program</label>
        <button type="submit">Assign</button><p class="error" role="alert"></p>
      </form>
    </details>
  </section>`;
}

/** Attachments are kept at the platform; the therapist opens them there (hepbot does not read them). */
function mediaLinks(media: PatientPageData["messages"][number]["media"]) {
  const label = (type: string) => (type.startsWith("image/") ? "Photo" : type.startsWith("audio/") ? "Voice note" : "Attachment");
  return html`<ul class="media">${media.map((m) => html`<li><a href="${m.url}" rel="noreferrer noopener" target="_blank">${label(m.contentType)}</a> <span class="muted">(${m.contentType}, not read by hepbot)</span></li>`)}</ul>`;
}

function senderLabel(sender: PatientPageData["messages"][number]["sender"], patientName: string): string {
  if (sender.kind === "patient") return patientName;
  return sender.kind === "therapist" ? `${sender.name ?? "Therapist"} (therapist)` : "hepbot";
}

function conversationSection(data: PatientPageData) {
  return html`<section class="card" aria-labelledby="conv-h">
    <h2 id="conv-h">Conversation</h2>
    <ol class="conversation" ${data.messages.length > 0 ? html`tabindex="0"` : ""} aria-labelledby="conv-h">${data.messages.map(
      (m) => html`<li class="msg ${m.direction} from-${m.sender.kind}"><span class="sender">${senderLabel(m.sender, data.patient.name)}</span>
        <p>${m.body}</p>${m.media.length > 0 ? mediaLinks(m.media) : ""}<time datetime="${m.at.toISOString()}">${clinicTime(m.at, data.clinicTimeZone)} · ${m.channel}${m.failure ? ` · not delivered (${m.failure})` : m.state.startsWith("queued") ? " · queued" : ""}</time></li>`,
    )}</ol>
    ${data.messages.length === 0 ? html`<p>No messages yet.</p>` : ""}
    <form id="reply" data-api="POST /api/patients/${data.patient.id}/messages" data-then="reload">
      <label for="reply-text">Reply to ${data.patient.name}</label>
      <textarea id="reply-text" name="text" rows="3" required maxlength="1000"></textarea>
      <button type="submit">Send reply</button><p class="error" role="alert"></p>
    </form>
  </section>`;
}

/** Every standing reminder time, those the patient set by text included: saving keeps them all. */
function reminderTimeInputs(times: string[]) {
  const all = times.length > 0 ? times : ["08:00"];
  return all.map((time, i) =>
    i === 0
      ? html`<input id="s-time" name="reminderTimes[]" type="time" value="${time}" required>`
      : html`<input id="s-time-${i}" name="reminderTimes[]" type="time" value="${time}" aria-label="Reminder time ${i + 1}">`,
  );
}

/** Days off and every change the patient made to their reminders by text: who (which channel), when, what. */
function reminderHistory(p: PatientPageData["patient"]) {
  const daysOff = p.reminderDaysOff.length > 0 ? html`<p>No reminders on ${p.reminderDaysOff.map((d) => DAY_NAMES[d - 1]).join(", ")} (patient asked).</p>` : "";
  if (p.reminderChanges.length === 0) return daysOff;
  return html`${daysOff}<h3>Changed by the patient by text</h3>
    <ul class="reminder-changes">${p.reminderChanges.map((c) => html`<li><time datetime="${c.createdAt.toISOString()}">${formatDateTime(c.createdAt, p.timeZone)}</time> · ${c.source.split(":")[0]} · ${c.what}</li>`)}</ul>`;
}

function settingsSection(data: PatientPageData) {
  const p = data.patient;
  return html`<section class="card" aria-labelledby="settings-h">
    <h2 id="settings-h">Reminders and linking</h2>
    <form class="grid" data-api="PATCH /api/patients/${p.id}" data-then="reload">
      <div><label for="s-time">Reminder time</label>${reminderTimeInputs(p.reminderTimes)}</div>
      <div><label for="s-qs">Quiet from</label><input id="s-qs" name="quietHours.start" type="time" value="${p.quietHours?.start ?? "21:00"}" required></div>
      <div><label for="s-qe">Quiet until</label><input id="s-qe" name="quietHours.end" type="time" value="${p.quietHours?.end ?? "08:00"}" required></div>
      <div><label for="s-lang">Language</label><select id="s-lang" name="language">${["en", "es"].map((l) => html`<option value="${l}" ${p.language === l ? html`selected` : ""}>${l === "en" ? "English" : "Spanish"}</option>`)}</select></div>
      <div class="full"><button type="submit">Save</button><p class="error" role="alert"></p></div>
    </form>
    ${p.pause
      ? html`<form data-api="POST /api/patients/${p.id}/resume" data-then="reload"><p>Prompts paused${p.pause.from ? ` from ${p.pause.from}` : ""}${p.pause.until ? ` until ${p.pause.until}` : ""}${p.pause.reason ? ` (${p.pause.reason})` : ""}.</p><button type="submit">Resume prompts</button></form>`
      : html`<form data-api="POST /api/patients/${p.id}/pause" data-then="reload" class="row"><label for="pause-until">Pause until (optional)</label><input id="pause-until" name="until" type="date"><button type="submit" class="secondary">Pause prompts</button><span class="error" role="alert"></span></form>`}
    ${reminderHistory(p)}
    ${data.channel ? channelForm(p.id, data.channel) : ""}
    <h3>Link a chat app</h3>
    <ul>${data.codes.map((c) => html`<li>${c.channel}: <code>${c.code}</code> until ${formatDateTime(c.expiresAt, p.timeZone)}${c.telegramLink ? html` · <a href="${c.telegramLink}">${c.telegramLink}</a>` : ""}</li>`)}</ul>
    <form class="row" data-api="POST /api/patients/${p.id}/enrollment-codes" data-then="reload">
      <label for="code-channel">Channel</label><select id="code-channel" name="channel"><option value="telegram">Telegram</option><option value="teams">Teams</option></select>
      <button type="submit" class="secondary">New code</button><span class="error" role="alert"></span>
    </form>
  </section>`;
}

/** Open and acknowledged escalations as cards with their actions; resolved ones below, with what was done. */
function escalationSection(data: PatientPageData) {
  const active = data.escalations.filter((e) => e.status !== "resolved");
  const resolved = data.escalations.filter((e) => e.status === "resolved");
  if (data.escalations.length === 0) return "";
  const cards = (list: EscalationView[]) =>
    html`<ul class="plain">${list.map((e) => escalationCard(e, data.clinicTimeZone, { headingLevel: 3, withPatient: false }))}</ul>`;
  return html`<section class="card${active.length > 0 ? " alert" : ""}" aria-labelledby="esc-h">
    <h2 id="esc-h">Escalations</h2>
    ${active.length > 0 ? cards(active) : html`<p>Nothing open.</p>`}
    ${resolved.length > 0 ? html`<details class="history"><summary>Resolved (${resolved.length})</summary>${cards(resolved)}</details>` : ""}
  </section>`;
}

export function patientPage(actor: Actor, data: PatientPageData) {
  const p = data.patient;
  return page(
    { title: p.name, actor, current: "patients" },
    html`<h1>${p.name}</h1>
    <p class="muted">${p.language === "es" ? "Spanish" : "English"} · ${p.timeZone} · reminders ${p.reminderTimes.join(", ")} ·
      ${p.consent.state === "opted_in" ? "opted in" : "opted out"} · ${p.channels.map((c) => c.channel).join(", ") || "no channel yet"}
      · <a href="/api/patients/${p.id}/fhir">FHIR export</a></p>
    ${escalationSection(data)}
    <div class="columns">
      <section class="card" aria-labelledby="adh-h">
        <h2 id="adh-h">Adherence <span class="muted">${adherenceWords(data.adherence.days)}, ${data.adherence.from} – ${data.adherence.to}</span></h2>
        ${adherenceCalendar(data.adherence.days)}
      </section>
      <section class="card" aria-labelledby="pain-h"><h2 id="pain-h">Pain</h2>${painChart(data.adherence.pain, data.adherence.from, data.adherence.to)}</section>
    </div>
    ${data.outcomes ? outcomesSection(data.outcomes) : ""}
    <div class="columns">${conversationSection(data)}${programSection(data)}</div>
    ${data.monitoring ?? ""}
    ${settingsSection(data)}`,
  );
}
