import type { AdherenceDay } from "../care/patients/adherence.js";
import { scoreChartAxes, scoreChartScale } from "./chart-frame.js";
import { html, type Html } from "./html.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const SYMBOL: Record<AdherenceDay["status"], string> = { done: "✓", partial: "½", missed: "✗", pending: "…", none: "" };
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** A month-style grid, Monday first; status is shown by symbol and text as well as colour. */
export function adherenceCalendar(days: AdherenceDay[]): Html {
  const cells: Array<AdherenceDay | null> = [...Array.from({ length: isoWeekday(days[0]?.date ?? "2024-01-01") - 1 }, () => null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return html`<table class="calendar" aria-label="Adherence by day">
    <thead><tr>${WEEKDAYS.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
    <tbody>${weeks.map(
      (week) =>
        html`<tr>${week.map((day) =>
          day
            ? html`<td class="day s-${day.status}" title="${day.date}: ${day.status}${day.prompted ? ` (${day.prompted} prompt${day.prompted > 1 ? "s" : ""})` : ""}">
                <span class="num">${Number(day.date.slice(8))}</span><span class="sym" aria-hidden="true">${SYMBOL[day.status]}</span>
                <span class="sr">${day.date}: ${day.status === "none" ? "nothing asked" : day.status}</span></td>`
            : html`<td class="day empty"></td>`,
        )}</tr>`,
    )}</tbody>
  </table>
  <p class="legend"><span class="s-done">✓ done</span> <span class="s-partial">½ partial</span> <span class="s-missed">✗ missed</span> <span class="s-pending">… waiting</span></p>`;
}

/** Pain scores 0–10 over the range as an inline SVG line chart, with a text summary for screen readers. */
export function painChart(points: Array<{ date: string; score: number }>, from: string, to: string): Html {
  if (points.length === 0) return html`<p>No pain scores reported between ${from} and ${to}.</p>`;
  const frame = { width: 640, height: 200, pad: { left: 32, right: 12, top: 12, bottom: 28 }, from, to, dateLabelRise: 8 };
  const { x, y, path } = scoreChartScale(frame);
  const latest = points[points.length - 1]!;
  const max = points.reduce((m, p) => Math.max(m, p.score), 0);
  return html`<figure class="pain">
    <svg viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="pain-title pain-desc" preserveAspectRatio="xMidYMid meet">
      <title id="pain-title">Pain scores (0–10) from ${from} to ${to}</title>
      <desc id="pain-desc">${points.length} reports; latest ${latest.score}/10 on ${latest.date}; highest ${max}/10.</desc>
      ${scoreChartAxes(frame, y)}
      <path class="line" d="${path(points.map((p) => ({ date: p.date, value: p.score })))}"></path>
      ${points.map((p) => html`<circle class="${p.score >= 7 ? "dot high" : "dot"}" cx="${x(p.date)}" cy="${y(p.score)}" r="4"><title>${p.date}: ${p.score}/10</title></circle>`)}
    </svg>
    <figcaption>Latest ${latest.score}/10 on ${latest.date} · highest ${max}/10 · ${points.length} report${points.length > 1 ? "s" : ""}</figcaption>
  </figure>`;
}
