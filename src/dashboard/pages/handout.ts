import type { ProgramVersionDetail } from "../../care/programs/program-reads.service.js";
import { doseLine } from "../../care/programs/program-preview.js";
import { html } from "../html.js";
import { page } from "../layout.js";

const WORDS = {
  en: { steps: "How to do it", video: "Video", dose: "Dose", print: "Print", forPatient: "Home exercises for", questions: "Questions? Reply to your reminder message or call the clinic." },
  es: { steps: "Cómo hacerlo", video: "Video", dose: "Dosis", print: "Imprimir", forPatient: "Ejercicios en casa para", questions: "¿Preguntas? Responda al mensaje de recordatorio o llame a la clínica." },
} as const;

export interface HandoutOptions {
  version: ProgramVersionDetail;
  language: "en" | "es";
  clinicName: string;
  patientName?: string;
  /** Absolute short link per exercise slug. */
  shortLink: (slug: string) => string;
  date: string;
}

/** One printed page a patient without a smartphone can follow: steps, dose, and a short link to type. */
export function handoutPage(options: HandoutOptions) {
  const w = WORDS[options.language];
  const lang = options.language;
  const title = options.version.program.title[lang];
  return page(
    { title: `${title} handout`, printable: true },
    html`<article class="handout" lang="${lang}">
      <header>
        <p class="clinic">${options.clinicName}</p>
        <h1>${title}</h1>
        <p>${options.patientName ? html`${w.forPatient} <strong>${options.patientName}</strong> · ` : ""}${options.date} · v${options.version.version}</p>
        <button type="button" class="no-print" data-print>${w.print}</button>
      </header>
      <ol class="exercises">${options.version.items.map((item) => {
        const link = options.shortLink(item.exercise.slug);
        return html`<li class="exercise">
          <h2>${item.exercise.name[lang]}</h2>
          <p class="dose"><strong>${w.dose}:</strong> ${doseLine(item, lang)}</p>
          <ol class="steps" aria-label="${w.steps}">${item.exercise.instructions[lang].map((step) => html`<li>${step}</li>`)}</ol>
          ${item.notes[lang] ? html`<p class="note">${item.notes[lang]}</p>` : ""}
          <p class="video">${w.video}: <a href="${link}">${link.replace(/^https?:\/\//, "")}</a></p>
        </li>`;
      })}</ol>
      <footer><p>${w.questions}</p></footer>
    </article>`,
  );
}
