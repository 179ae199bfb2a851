import { z } from "zod";
import { MCID } from "./measures.js";

export interface AnswerRow {
  kind: "nprs" | "psfs_activities" | "psfs_rating" | "grc";
  item: number;
  activity: string | null;
  value: number | null;
  activities: string[] | null;
  occasion: string;
}

const point = z.object({ date: z.string().describe("local YYYY-MM-DD the answer belongs to"), value: z.number() });

export const OutcomeSummarySchema = z.object({
  mcid: z.object({ nprs: z.number(), psfs: z.number() }).describe("minimal clinically important differences, in points"),
  surveysStopped: z.boolean().describe("the patient asked for no more questionnaires"),
  nprs: z.object({ points: z.array(point), change: z.number().nullable().describe("last minus first") }),
  psfs: z.object({
    activities: z.array(z.string()).describe("the activities the patient named, latest"),
    ratings: z.array(point.extend({ item: z.number().int(), activity: z.string() })),
    mean: z.array(point).describe("mean of the day's ratings"),
    change: z.number().nullable().describe("last mean minus first mean"),
  }),
  grc: z.array(point).describe("global rating of change: 1 much worse, 4 about the same, 7 much better"),
});
export type OutcomeSummary = z.output<typeof OutcomeSummarySchema>;

const change = (points: { value: number }[]) => (points.length >= 2 ? round(points[points.length - 1]!.value - points[0]!.value) : null);
const round = (n: number) => Math.round(n * 10) / 10;

/** A patient's answers, oldest first, shaped per measure for the charts and the API. */
export function summarizeOutcomes(answers: readonly AnswerRow[], surveysStopped: boolean): OutcomeSummary {
  const scored = answers.filter((a): a is AnswerRow & { value: number } => a.value !== null);
  const nprs = scored.filter((a) => a.kind === "nprs").map((a) => ({ date: a.occasion, value: a.value }));
  const ratings = scored
    .filter((a) => a.kind === "psfs_rating")
    .map((a) => ({ date: a.occasion, value: a.value, item: a.item, activity: a.activity ?? "" }));
  const byDay = new Map<string, number[]>();
  for (const r of ratings) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r.value]);
  const mean = [...byDay].map(([date, values]) => ({ date, value: round(values.reduce((s, v) => s + v, 0) / values.length) }));
  const named = [...answers].reverse().find((a) => a.kind === "psfs_activities" && a.activities !== null);
  return {
    mcid: { ...MCID },
    surveysStopped,
    nprs: { points: nprs, change: change(nprs) },
    psfs: { activities: named?.activities ?? [], ratings, mean, change: change(mean) },
    grc: scored.filter((a) => a.kind === "grc").map((a) => ({ date: a.occasion, value: a.value })),
  };
}
