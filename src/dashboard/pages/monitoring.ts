import type { Actor } from "../../care/actor.js";
import type { monitoringReads } from "../../care/monitoring/monitoring-reads.service.js";
import { HEARTBEAT_EVERY_MS } from "../../monitoring/heartbeat.js";
import type { PatientMonthReport } from "../../monitoring/monthly-report.js";
import { formatDateTime, html, type Html } from "../html.js";
import { page } from "../layout.js";

type Standing = Awaited<ReturnType<ReturnType<typeof monitoringReads>["standing"]>>;

const codeList = (codes: Array<{ code: string; units: number; provisional?: boolean }>) =>
  codes.length === 0 ? html`<span class="muted">none yet</span>` : codes.map((c, i) => html`${i > 0 ? ", " : ""}<span class="badge">${c.code}${c.units > 1 ? ` ×${c.units}` : ""}</span>${c.provisional ? html` <span class="muted">(so far)</span>` : ""}`);

/** The patient page's RTM card: where the episode stands, forms for manual time and contacts, and the heartbeat. */
export function monitoringSection(patient: { id: string; name: string }, standing: Standing, idleSeconds: number): Html {
  const periodCode = standing.period?.code ? [{ code: standing.period.code, units: 1, provisional: true }] : [];
  return html`<section class="card" aria-labelledby="rtm-h" data-monitoring-heartbeat="/api/patients/${patient.id}/monitoring/heartbeat" data-idle-seconds="${idleSeconds}" data-every-ms="${HEARTBEAT_EVERY_MS}">
    <h2 id="rtm-h">Remote monitoring</h2>
    <ul class="rtm-standing">
      <li><strong>Data days:</strong> ${standing.dataDaysSentence}${standing.period ? html` <span class="muted">(period ${standing.period.start} – ${standing.period.end})</span>` : ""}</li>
      <li><strong>Minutes in ${standing.month.month}:</strong> ${standing.minutesSentence}</li>
      <li><strong>Codes the record supports:</strong> ${codeList([...periodCode, ...standing.month.codes])}</li>
    </ul>
    <p><a href="/patients/${patient.id}/monitoring/report">Monthly report</a> · <a href="/api/patients/${patient.id}/monitoring/report?format=csv">CSV</a>
      <span class="muted">· Time on this page counts while it is open and in use. Confirm billing rules with the clinic's payers.</span></p>
    <details><summary>Add monitoring time</summary>
      <form class="grid" data-api="POST /api/patients/${patient.id}/monitoring/time" data-then="reload">
        <div><label for="rtm-time-date">Date</label><input id="rtm-time-date" name="date" type="date" value="${standing.today}" required></div>
        <div><label for="rtm-time-time">Start (patient's time)</label><input id="rtm-time-time" name="time" type="time" required></div>
        <div><label for="rtm-time-min">Minutes</label><input id="rtm-time-min" name="minutes" type="number" min="1" max="480" required></div>
        <div><label for="rtm-time-note">Note</label><input id="rtm-time-note" name="note" maxlength="500" autocomplete="off"></div>
        <div class="full"><button type="submit">Add time</button><p class="error" role="alert"></p></div>
      </form>
    </details>
    <details><summary>Log a call or video visit</summary>
      <form class="grid" data-api="POST /api/patients/${patient.id}/monitoring/contacts" data-then="reload">
        <div><label for="rtm-c-date">Date</label><input id="rtm-c-date" name="date" type="date" value="${standing.today}" required></div>
        <div><label for="rtm-c-time">Time (patient's time)</label><input id="rtm-c-time" name="time" type="time" required></div>
        <div><label for="rtm-c-min">Minutes</label><input id="rtm-c-min" name="minutes" type="number" min="1" max="240" required></div>
        <div><label for="rtm-c-mode">Mode</label><select id="rtm-c-mode" name="mode"><option value="phone">Phone call</option><option value="video">Video visit</option></select></div>
        <div class="full"><label for="rtm-c-note">Note</label><input id="rtm-c-note" name="note" maxlength="500" autocomplete="off"></div>
        <div class="full"><button type="submit">Log contact</button> <span class="muted">Text messages do not count as interactive communication.</span><p class="error" role="alert"></p></div>
      </form>
    </details>
    <script src="/assets/monitoring-heartbeat.js" defer></script>
  </section>`;
}

/** Where every episode stands this period, for the clinic (an admin) or the therapist's own patients. */
export function monitoringOverviewPage(actor: Actor, rows: Array<{ patient: { id: string; name: string }; standing: Standing }>, month: string): Html {
  return page(
    { title: "Remote monitoring", actor, current: "monitoring" },
    html`<h1>Remote monitoring</h1>
    <p>Where each episode stands this period. <a href="/monitoring/report?month=${month}">Monthly report for ${month}</a> ·
      <a href="/api/monitoring/report?month=${month}&amp;format=csv">CSV</a></p>
    <p class="muted">hepbot reports what the record supports; confirm billing rules with the clinic's payers.</p>
    <div class="table-wrap"><table>
      <caption>${rows.length} patient${rows.length === 1 ? "" : "s"}</caption>
      <thead><tr><th scope="col">Patient</th><th scope="col">Data days this period</th><th scope="col">Minutes this month</th><th scope="col">Codes supported</th></tr></thead>
      <tbody>${rows.map(
        (r) => html`<tr><th scope="row"><a href="/patients/${r.patient.id}">${r.patient.name}</a></th><td>${r.standing.dataDaysSentence}</td><td>${r.standing.minutesSentence}</td>
          <td>${codeList([...(r.standing.period?.code ? [{ code: r.standing.period.code, units: 1, provisional: true }] : []), ...r.standing.month.codes])}</td></tr>`,
      )}</tbody>
    </table></div>`,
  );
}

function patientReportBlock(report: PatientMonthReport, headingLevel: 1 | 2): Html {
  const title = html`${report.patientName} — remote monitoring, ${report.month}`;
  const zone = report.timeZone;
  const dataDays = [...new Set(report.events.map((e) => e.localDate))];
  return html`<section class="rtm-report" aria-label="${report.patientName}">
    ${headingLevel === 1 ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`}
    <p>First monitoring day: ${report.firstMonitoringDay ?? "none"} · time zone ${zone}${report.standing ? html` · today: ${report.standing.dataDays}; ${report.standing.minutes}` : ""}</p>
    <p><strong>Codes the record supports:</strong> ${codeList(report.codes)}</p>
    <div class="table-wrap"><table><caption>Data-day periods</caption>
      <thead><tr><th scope="col">Period</th><th scope="col">Data days</th><th scope="col">Code</th></tr></thead>
      <tbody>${report.periods.map((p) => html`<tr><td>${p.start} – ${p.end}</td><td>${p.dataDays.length}</td><td>${p.code ?? "—"}</td></tr>`)}</tbody></table></div>
    <p><strong>Data days in ${report.month}:</strong> ${dataDays.length === 0 ? "none" : dataDays.join(", ")}</p>
    <div class="table-wrap"><table><caption>Monitoring time: ${report.minutes} minutes (overlaps counted once)</caption>
      <thead><tr><th scope="col">From</th><th scope="col">Minutes</th><th scope="col">Recorded</th><th scope="col">Clinician</th></tr></thead>
      <tbody>${report.time.map((t) => html`<tr><td>${formatDateTime(new Date(t.start), zone)}</td><td>${t.minutes}</td><td>${t.source === "auto" ? "automatically" : "by hand"}</td><td>${t.clinician}</td></tr>`)}</tbody></table></div>
    <div class="table-wrap"><table><caption>Live interactive contacts</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Minutes</th><th scope="col">Mode</th><th scope="col">Clinician</th></tr></thead>
      <tbody>${report.contacts.map((c) => html`<tr><td>${formatDateTime(new Date(c.at), zone)}</td><td>${c.minutes}</td><td>${c.mode}</td><td>${c.clinician}</td></tr>`)}</tbody></table></div>
  </section>`;
}

/** A printable monthly report: one patient, or every patient the caller may see. */
export function monitoringReportPage(actor: Actor, input: { title: string; month: string; csvHref: string; reports: PatientMonthReport[]; single: boolean }): Html {
  return page(
    { title: input.title, actor, current: "monitoring", printable: true },
    html`${input.single ? "" : html`<h1>${input.title}</h1>`}
    <p class="no-print"><button type="button" data-print>Print</button> · <a href="${input.csvHref}">CSV</a></p>
    ${input.reports.map((r) => patientReportBlock(r, input.single ? 1 : 2))}
    <p class="muted">Billing rules differ by payer: confirm them with the clinic's payers before billing.</p>`,
  );
}
