import { DateTime } from "luxon";
import type { TemplateBook } from "./reply-templates.js";
import { completedDaysInLastWeek } from "./streaks.js";
import { localDateOf } from "../scheduling/local-time.js";
import { therapistWriter } from "./therapist-templates.js";
import { PAIN_BASELINE, painBaseline } from "./trends.js";
import type { EscalationAction, Lang, PainScore, ProgramItem } from "./types.js";

export interface EscalationSummaryInput {
  escalation: Pick<EscalationAction, "level" | "reason">;
  /** The patient message that raised it (absent for a scheduler finding such as no reply). */
  message: { text: string; at: Date } | null;
  program: Pick<ProgramItem, "name" | "sets" | "reps" | "holdSeconds">[];
  completionDates: string[];
  /** Pain scores, the triggering one included. */
  painScores: PainScore[];
  /** The last few messages either way, any order. */
  recentMessages: { from: "patient" | "hepbot"; text: string; at: Date }[];
  now: Date;
  /** Times are shown in the patient's zone, as the patient lived them. */
  timeZone: string;
  lang?: Lang;
}

const RECENT_MESSAGES = 4;
const QUOTE_CHARS = 160;

/** A short note for the therapist: what happened, the program, adherence, pain trend and the last messages. */
export function summarizeEscalation(input: EscalationSummaryInput, book: TemplateBook): string {
  const t = therapistWriter(book);
  const locale = input.lang ?? "en";
  const when = (at: Date) => DateTime.fromJSDate(at, { zone: input.timeZone }).setLocale(locale).toFormat("MMM d, HH:mm");
  const lines: string[] = [];

  lines.push(
    t.fixed("summary.header", { level: t.fixed(`summary.level.${input.escalation.level}`), reason: input.escalation.reason }),
  );
  if (input.message !== null) lines.push(t.fixed("summary.trigger", { when: when(input.message.at), text: quote(input.message.text) }));
  if (input.program.length > 0) {
    const list = input.program.map((i) => `${i.name} ${i.sets}x${i.reps}${i.holdSeconds > 0 ? ` (${i.holdSeconds} s)` : ""}`).join(", ");
    lines.push(t.fixed("summary.program", { list }));
  }
  const today = localDateOf(input.now, input.timeZone);
  lines.push(t.fixed("summary.adherence", { days: completedDaysInLastWeek(input.completionDates, today) }));
  lines.push(painLine(input, t));

  const recent = [...input.recentMessages].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(-RECENT_MESSAGES);
  if (recent.length > 0) {
    lines.push(t.fixed("summary.recent"));
    for (const m of recent) {
      lines.push(t.fixed("summary.recent_line", { who: t.fixed(`summary.who.${m.from}`), when: when(m.at), text: quote(m.text) }));
    }
  }
  return lines.join("\n");
}

function painLine(input: EscalationSummaryInput, t: ReturnType<typeof therapistWriter>): string {
  const since = input.now.getTime() - PAIN_BASELINE.windowDays * 86_400_000;
  const scores = input.painScores.filter((s) => s.at.getTime() >= since).sort((a, b) => a.at.getTime() - b.at.getTime());
  if (scores.length === 0) return t.fixed("summary.pain_none");
  const list = scores.map((s) => String(s.score)).join(", ");
  // The baseline is what the latest score is compared with: the ones before it.
  const baseline = painBaseline(scores.slice(0, -1), input.now);
  return baseline === null ? t.fixed("summary.pain_no_baseline", { scores: list }) : t.fixed("summary.pain", { scores: list, baseline });
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_CHARS ? flat : `${flat.slice(0, QUOTE_CHARS - 1)}…`;
}
