import type { Actor } from "../../care/actor.js";
import type { patientList } from "../../care/patients/patient-reads.service.js";
import type { listVisiblePrograms } from "../../care/programs/program-reads.service.js";
import { html, percent } from "../html.js";
import { page } from "../layout.js";

type PatientRow = Awaited<ReturnType<typeof patientList>>[number];
type ProgramRow = Awaited<ReturnType<typeof listVisiblePrograms>>[number];

const meter = (rate: number | null, label: string) =>
  rate === null
    ? html`<span class="muted" aria-label="${label}: no data">—</span>`
    : html`<meter min="0" max="1" low="0.5" high="0.8" optimum="1" value="${rate}" aria-label="${label}"></meter> ${percent(rate)}`;

/** Every IANA zone the runtime knows, the clinic's first among equals (kept even if the runtime lists it under another name). */
export function timeZoneChoices(clinicTimeZone: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(clinicTimeZone) ? zones : [clinicTimeZone, ...zones];
}

export function patientsPage(actor: Actor, patients: PatientRow[], programs: ProgramRow[], clinicTimeZone: string) {
  return page(
    { title: "Patients", actor, current: "patients" },
    html`<h1>Patients</h1>
    <section class="card" aria-labelledby="add-patient">
      <h2 id="add-patient">Add a patient</h2>
      <form class="grid" data-api="POST /api/patients" data-then="go:/patients/{id}">
        <div><label for="p-name">Name</label><input id="p-name" name="name" required maxlength="120" autocomplete="off"></div>
        <div><label for="p-lang">Language</label><select id="p-lang" name="language"><option value="en">English</option><option value="es">Spanish</option></select></div>
        <div><label for="p-tz">Time zone</label><select id="p-tz" name="timeZone" required>${timeZoneChoices(clinicTimeZone).map(
          (zone) => html`<option value="${zone}" ${zone === clinicTimeZone ? html`selected` : ""}>${zone.replaceAll("_", " ")}</option>`,
        )}</select></div>
        <div><label for="p-phone">Mobile (E.164, optional)</label><input id="p-phone" name="phone" type="tel" placeholder="+15551234567" autocomplete="off"></div>
        <div><label for="p-whatsapp">WhatsApp (E.164, optional)</label><input id="p-whatsapp" name="whatsapp" type="tel" placeholder="+34600111222" autocomplete="off"></div>
        <div><label class="inline" for="p-whatsapp-opt-in"><input id="p-whatsapp-opt-in" name="whatsappOptIn" type="checkbox" data-type="bool"> The patient agreed to receive WhatsApp messages</label></div>
        <div><label for="p-program">Program</label><select id="p-program" name="program" required><option value="" selected>Choose a program</option>${programs.map(
          (p) => html`<option value="${p.slug}">${p.title.en}</option>`,
        )}</select></div>
        <div><label for="p-time">Reminder time</label><input id="p-time" name="reminderTimes[]" type="time" value="08:00" required></div>
        <div class="full"><button type="submit">Add patient</button><p class="error" role="alert"></p></div>
      </form>
    </section>
    <div class="table-wrap"><table class="patients">
      <caption>${patients.length} patient${patients.length === 1 ? "" : "s"}; adherence counts days a prompt went out or the patient reported</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Last 7 days</th><th scope="col">Last 30 days</th><th scope="col">Open escalations</th><th scope="col">Channels</th><th scope="col">Status</th></tr></thead>
      <tbody>${patients.map(
        (p) => html`<tr>
          <th scope="row"><a href="/patients/${p.id}">${p.name}</a></th>
          <td>${meter(p.adherence.last7, `${p.name}, last 7 days`)}</td>
          <td>${meter(p.adherence.last30, `${p.name}, last 30 days`)}</td>
          <td>${p.openEscalations > 0 ? html`<span class="badge level-urgent">${p.openEscalations}</span>` : "0"}</td>
          <td>${p.channels.join(", ") || "none yet"}</td>
          <td>${p.consent === "opted_out" ? "opted out" : p.paused ? "paused" : "active"}</td>
        </tr>`,
      )}</tbody>
    </table></div>`,
  );
}
