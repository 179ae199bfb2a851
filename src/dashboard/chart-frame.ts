import { localDaysBetween } from "../scheduling/local-time.js";
import { html, type Html } from "./html.js";

/** An SVG line chart of a 0–10 score over local dates: its size, margins and date range. */
export interface ScoreChartFrame {
  width: number;
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
  from: string;
  to: string;
  /** How far above the bottom edge the from/to date labels sit. */
  dateLabelRise: number;
}

/** Where a date and a 0–10 score fall in the frame, and the line through a series of points. */
export function scoreChartScale(frame: ScoreChartFrame) {
  const { width, height, pad, from, to } = frame;
  const span = Math.max(1, localDaysBetween(from, to));
  const x = (date: string) => pad.left + (localDaysBetween(from, date) / span) * (width - pad.left - pad.right);
  const y = (value: number) => pad.top + ((10 - Math.max(0, Math.min(10, value))) / 10) * (height - pad.top - pad.bottom);
  const path = (points: ReadonlyArray<{ date: string; value: number }>) =>
    points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return { x, y, path };
}

/** Grid lines and labels at 0, 5 and 10, and the first and last date under the chart. */
export function scoreChartAxes(frame: ScoreChartFrame, y: (value: number) => number): Html {
  const { width, height, pad, from, to } = frame;
  return html`${[0, 5, 10].map(
      (v) => html`<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}"></line>
          <text class="axis" x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    )}
      <text class="axis" x="${pad.left}" y="${height - frame.dateLabelRise}">${from}</text>
      <text class="axis" x="${width - pad.right}" y="${height - frame.dateLabelRise}" text-anchor="end">${to}</text>`;
}
