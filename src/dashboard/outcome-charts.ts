import type { OutcomeSettings } from "../outcomes/measures.js";
import type { OutcomeSummary } from "../outcomes/summary.js";
import { scoreChartAxes, scoreChartScale } from "./chart-frame.js";
import { html, type Html } from "./html.js";

interface Series {
  id: string;
  title: string;
  points: Array<{ date: string; value: number }>;
  /** Which way is better: pain down, function up. */
  better: "down" | "up";
  mcid: number;
}

/** Whether a change from the first score reaches the minimal clinically important difference, in words. */
export function changeWords(change: number | null, mcid: number, better: "down" | "up"): string {
  if (change === null) return "one score so far";
  const signed = change > 0 ? `+${change}` : String(change);
  const improved = better === "down" ? change <= -mcid : change >= mcid;
  const worse = better === "down" ? change >= mcid : change <= -mcid;
  const verdict = improved ? "a clinically important improvement" : worse ? "a clinically important worsening" : "within the MCID";
  return `${signed} since the first score (MCID ${mcid}): ${verdict}`;
}

/** A 0–10 measure over time as a small SVG line chart; the band from the first score to ±MCID shows what counts as a real change. */
export function outcomeChart(series: Series): Html {
  const { points } = series;
  if (points.length === 0) return html`<p>${series.title}: no answers yet.</p>`;
  const from = points[0]!.date;
  const to = points[points.length - 1]!.date;
  const frame = { width: 320, height: 150, pad: { left: 28, right: 10, top: 10, bottom: 24 }, from, to, dateLabelRise: 6 };
  const { width, pad } = frame;
  const { x, y, path } = scoreChartScale(frame);
  const first = points[0]!.value;
  const target = series.better === "down" ? first - series.mcid : first + series.mcid;
  const bandTop = y(Math.max(first, target));
  const bandBottom = y(Math.min(first, target));
  const latest = points[points.length - 1]!;
  const change = points.length >= 2 ? Math.round((latest.value - first) * 10) / 10 : null;
  const summary = changeWords(change, series.mcid, series.better);
  return html`<figure class="pain outcome">
    <svg viewBox="0 0 ${width} ${frame.height}" role="img" aria-labelledby="${series.id}-title ${series.id}-desc" preserveAspectRatio="xMidYMid meet">
      <title id="${series.id}-title">${series.title} (0–10) from ${from} to ${to}</title>
      <desc id="${series.id}-desc">${points.length} answers; latest ${latest.value} on ${latest.date}; ${summary}.</desc>
      <rect class="mcid" x="${pad.left}" y="${bandTop}" width="${width - pad.left - pad.right}" height="${Math.max(1, bandBottom - bandTop)}"><title>MCID: ${series.mcid} points from the first score</title></rect>
      ${scoreChartAxes(frame, y)}
      <path class="line" d="${path(points)}"></path>
      ${points.map((p) => html`<circle class="dot" cx="${x(p.date)}" cy="${y(p.value)}" r="3.5"><title>${p.date}: ${p.value}</title></circle>`)}
    </svg>
    <figcaption>${series.title}: latest ${latest.value} on ${latest.date} · ${summary}</figcaption>
  </figure>`;
}

const GRC_WORDS: Record<number, string> = { 1: "much worse", 2: "worse", 3: "a little worse", 4: "about the same", 5: "a little better", 6: "better", 7: "much better" };

/** The patient page's outcome measures: pain and PSFS charts with the MCID band, and the global rating of change. */
export function outcomesSection(summary: OutcomeSummary): Html {
  const psfsTitle = summary.psfs.activities.length > 0 ? `PSFS mean (${summary.psfs.activities.join(", ")})` : "PSFS mean";
  return html`<section class="card" aria-labelledby="outcomes-h">
    <h2 id="outcomes-h">Outcome measures${summary.surveysStopped ? html` <span class="muted">· the patient asked for no more questionnaires</span>` : ""}</h2>
    <div class="columns">
      ${outcomeChart({ id: "nprs-chart", title: "Pain now (NPRS)", points: summary.nprs.points, better: "down", mcid: summary.mcid.nprs })}
      ${outcomeChart({ id: "psfs-chart", title: psfsTitle, points: summary.psfs.mean, better: "up", mcid: summary.mcid.psfs })}
    </div>
    ${summary.grc.length > 0
      ? html`<p>Global rating of change: ${summary.grc.map((g) => html`${g.value}/7 (${GRC_WORDS[g.value] ?? ""}) on ${g.date}`)}</p>`
      : ""}
  </section>`;
}

const MEASURE_LABELS: Array<[OutcomeSettings["measures"][number], string]> = [
  ["nprs", "Pain now (NPRS 0–10), weekly"],
  ["psfs", "Patient-Specific Functional Scale: at the start, every few weeks and at discharge"],
  ["grc", "Global rating of change, at discharge"],
];

/** The program page's choice of outcome measures (PATCH /api/programs/:id/outcomes). */
export function outcomeSettingsForm(programId: string, settings: OutcomeSettings): Html {
  const every = (name: string, value: number, max: number, label: string) =>
    html`<div><label for="oc-${name}">${label}</label><input id="oc-${name}" name="${name}" type="number" min="1" max="${max}" value="${value}" required></div>`;
  return html`<section class="card" aria-labelledby="oc-h">
    <h2 id="oc-h">Outcome measures by message</h2>
    <form class="grid" data-api="PATCH /api/programs/${programId}/outcomes" data-then="reload">
      <fieldset class="full"><legend>Ask this program's patients</legend>${MEASURE_LABELS.map(
        ([measure, label]) => html`<label class="inline" for="oc-${measure}"><input type="checkbox" id="oc-${measure}" name="measures[]" value="${measure}" ${settings.measures.includes(measure) ? html`checked` : ""}> ${label}</label>`,
      )}</fieldset>
      ${every("nprsEveryWeeks", settings.nprsEveryWeeks, 4, "Pain every (weeks)")}
      ${every("psfsEveryWeeks", settings.psfsEveryWeeks, 8, "PSFS every (weeks)")}
      <div class="full"><button type="submit">Save outcome measures</button><p class="error" role="alert"></p></div>
    </form>
  </section>`;
}
