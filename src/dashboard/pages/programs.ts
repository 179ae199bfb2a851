import type { Actor } from "../../care/actor.js";
import type { ExerciseView } from "../../care/library/library.service.js";
import type { ProgramVersionDetail, listVisiblePrograms } from "../../care/programs/program-reads.service.js";
import { html, jsonBlock } from "../html.js";
import { page } from "../layout.js";
import type { OutcomeSettings } from "../../outcomes/measures.js";
import { outcomeSettingsForm } from "../outcome-charts.js";

type ProgramRow = Awaited<ReturnType<typeof listVisiblePrograms>>[number];

export function programsPage(actor: Actor, programs: ProgramRow[]) {
  return page(
    { title: "Programs", actor, current: "programs" },
    html`<h1>Programs</h1>
    <p><a class="button" href="/programs/new">New program</a></p>
    <ul class="plain">${programs.map(
      (p) => html`<li class="card">
        <h2>${p.title.en} <span class="muted">v${p.version} · ${p.slug}${p.owner ? "" : " · shared"}</span></h2>
        <p>${p.exercises.map((e) => `${e.name} (${e.dose})`).join(" · ")}</p>
        <p><a href="/programs/${p.id}/edit">Edit</a>${p.versionId ? html` · <a href="/handouts/${p.versionId}">Printable handout</a>` : ""}</p>
      </li>`,
    )}</ul>`,
  );
}

/** The editor: pick exercises, set the dose, preview the patient's message, save (new program or new version). */
export function programEditorPage(
  actor: Actor,
  library: ExerciseView[],
  program: { id: string; title: { en: string; es: string }; current: ProgramVersionDetail | null } | null,
  outcomes?: OutcomeSettings,
) {
  const initial = {
    programId: program?.id ?? null,
    items: (program?.current?.items ?? []).map((i) => ({
      exerciseSlug: i.exercise.slug,
      sets: i.sets,
      reps: i.reps,
      holdSeconds: i.holdSeconds,
      timesPerDay: i.timesPerDay,
      daysPerWeek: i.daysPerWeek,
      notes: i.notes,
    })),
    library: library.map((e) => ({ slug: e.slug, name: e.name.en, region: e.bodyRegion, dose: e.defaultDose })),
  };
  const regions = [...new Set(library.map((e) => e.bodyRegion))].sort();
  return page(
    { title: program ? `Edit ${program.title.en}` : "New program", actor, current: "programs", scripts: ["/assets/program-editor.js"] },
    html`<h1>${program ? html`Edit ${program.title.en}` : "New program"}</h1>
    ${program ? html`<p class="muted">Saving creates a new version. Patients you move to it are told what changed in their next prompt; the others stay on theirs.</p>` : ""}
    <script type="application/json" id="editor-data">${jsonBlock(initial)}</script>
    <form id="program-editor" class="editor" novalidate>
      ${program
        ? ""
        : html`<div class="grid">
            <div><label for="pe-title-en">Title (English)</label><input id="pe-title-en" name="titleEn" required maxlength="120"></div>
            <div><label for="pe-title-es">Title (Spanish)</label><input id="pe-title-es" name="titleEs" required maxlength="120"></div>
            <div><label for="pe-slug">Short name (kebab-case)</label><input id="pe-slug" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" placeholder="knee-week-3"></div>
          </div>`}
      <fieldset class="picker"><legend>Add exercises from the library</legend>
        <div class="row">
          <label for="pe-search">Search</label><input id="pe-search" type="search" placeholder="e.g. heel slide">
          <label for="pe-region">Region</label><select id="pe-region"><option value="">All</option>${regions.map((r) => html`<option>${r}</option>`)}</select>
        </div>
        <div class="row"><label for="pe-pick">Exercise</label><select id="pe-pick" size="6"></select>
          <button type="button" id="pe-add">Add exercise</button></div>
      </fieldset>
      <div class="table-wrap"><table id="pe-items"><caption>Exercises in this program</caption>
        <thead><tr><th scope="col">Exercise</th><th scope="col">Sets</th><th scope="col">Reps</th><th scope="col">Hold (s)</th><th scope="col">Times/day</th><th scope="col">Days/week</th><th scope="col">Note</th><th scope="col"><span class="sr">Actions</span></th></tr></thead>
        <tbody></tbody></table></div>
      <label for="pe-notes">What changed (for the version history)</label><input id="pe-notes" name="notes" maxlength="1000">
      ${program
        ? html`<fieldset id="pe-move" hidden><legend>Patients on this program</legend>
            <p id="pe-move-summary"></p>
            <ul class="plain checks" id="pe-move-list"></ul>
          </fieldset>`
        : ""}
      <div class="row">
        <button type="button" id="pe-preview" class="secondary">Preview what the patient receives</button>
        <button type="submit">Save program</button>
      </div>
      <p class="error" role="alert" id="pe-error"></p>
      <p role="status" id="pe-status"></p>
      <section id="pe-previews" class="previews" aria-label="What the patient receives, per channel and language" hidden></section>
    </form>
    ${program && outcomes ? outcomeSettingsForm(program.id, outcomes) : ""}`,
  );
}
