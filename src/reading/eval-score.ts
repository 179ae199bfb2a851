import type { LabelledMessage } from "./labelled-message.js";
import type { EscalationLevel, Reading } from "./reading.js";
import { levelRank } from "./reading.js";

export type ReadingScored = Pick<Reading, "kind" | "pain" | "escalate">;

export interface Rate {
  hits: number;
  total: number;
  /** hits / total, or null when there was nothing to count. */
  rate: number | null;
}

export interface Misread {
  id: string;
  text: string;
  lang: string;
  expected: LabelledMessage["expect"];
  got: ReadingScored;
  wrong: ("kind" | "pain" | "escalate")[];
}

export interface EvalReport {
  messages: number;
  kindAccuracy: { all: Rate; en: Rate; es: Rate };
  painExact: Rate;
  emergencyRecall: Rate;
  urgentOrHigherRecall: Rate;
  anyEscalationRecall: Rate;
  /** Escalated where only `none` was acceptable: hits are the false alarms. */
  falseAlarmRate: Rate;
  stopRecall: Rate;
  /** Read as `stop` where `stop` was not acceptable. */
  falseStops: number;
  /** Per syndrome (the labelled line's `syndrome` or `category`): escalation recall at the labelled level. */
  bySyndrome: Record<string, SyndromeScore>;
  /** Per expected kind: how often the reader read one of the acceptable kinds. */
  kindRecall: Record<string, Rate>;
  /** confusion[expected][got]: counts, keyed by the first acceptable kind of each line. */
  confusion: Record<string, Record<string, number>>;
  misreads: Misread[];
}

export interface SyndromeScore {
  messages: number;
  emergencyRecall: Rate;
  urgentOrHigherRecall: Rate;
  anyEscalationRecall: Rate;
}

/** The team's bar for the reader (held-back messages are scored against the same). */
export const TARGETS = {
  kindAccuracyPerLanguage: 0.95,
  painExact: 0.97,
  emergencyRecall: 1,
  urgentOrHigherRecall: 0.98,
  anyEscalationRecall: 0.97,
  falseAlarmRateMax: 0.03,
  stopRecall: 1,
  falseStopsMax: 0,
} as const;

/** Scores readings against their labels. Pure: the caller reads the file and runs the reader. */
export function scoreReadings(items: readonly { message: LabelledMessage; reading: ReadingScored }[]): EvalReport {
  const counter = (): Counter => ({ hits: 0, total: 0 });
  const kind = { all: counter(), en: counter(), es: counter() };
  const pain = counter();
  const emergency = counter();
  const urgent = counter();
  const anyEscalation = counter();
  const falseAlarm = counter();
  const stop = counter();
  let falseStops = 0;
  const misreads: Misread[] = [];
  const syndromes = new Map<string, { messages: number; emergency: Counter; urgent: Counter; any: Counter }>();
  const kindRecall = new Map<string, Counter>();
  const confusion: Record<string, Record<string, number>> = {};

  for (const { message, reading } of items) {
    const expect = message.expect;
    const lang = message.lang ?? "en";
    const kindOk = expect.kind.includes(reading.kind);
    const painOk = expect.pain === reading.pain;
    const escalateOk = expect.escalate.includes(reading.escalate);
    count(kind.all, kindOk);
    count(lang === "es" ? kind.es : kind.en, kindOk);
    count(pain, painOk);

    const mildestAcceptable = Math.min(...expect.escalate.map(levelRank));
    const got = levelRank(reading.escalate);
    if (mildestAcceptable >= levelRank("emergency")) count(emergency, got >= levelRank("emergency"));
    if (mildestAcceptable >= levelRank("urgent")) count(urgent, got >= levelRank("urgent"));
    if (mildestAcceptable >= levelRank("therapist")) count(anyEscalation, got >= levelRank("therapist"));
    if (onlyNone(expect.escalate)) count(falseAlarm, reading.escalate !== "none");

    const syndrome = message.syndrome ?? message.category;
    if (syndrome !== undefined) {
      const score = syndromes.get(syndrome) ?? { messages: 0, emergency: counter(), urgent: counter(), any: counter() };
      score.messages++;
      if (mildestAcceptable >= levelRank("emergency")) count(score.emergency, got >= levelRank("emergency"));
      if (mildestAcceptable >= levelRank("urgent")) count(score.urgent, got >= levelRank("urgent"));
      if (mildestAcceptable >= levelRank("therapist")) count(score.any, got >= levelRank("therapist"));
      syndromes.set(syndrome, score);
    }
    const expectedKind = expect.kind[0]!;
    const recall = kindRecall.get(expectedKind) ?? counter();
    count(recall, kindOk);
    kindRecall.set(expectedKind, recall);
    const row = (confusion[expectedKind] ??= {});
    const gotKind = kindOk ? expectedKind : reading.kind;
    row[gotKind] = (row[gotKind] ?? 0) + 1;

    if (expect.kind.length === 1 && expect.kind[0] === "stop") count(stop, reading.kind === "stop");
    if (reading.kind === "stop" && !expect.kind.includes("stop")) falseStops++;

    const wrong = [...(kindOk ? [] : ["kind" as const]), ...(painOk ? [] : ["pain" as const]), ...(escalateOk ? [] : ["escalate" as const])];
    if (wrong.length > 0) misreads.push({ id: message.id, text: message.text, lang, expected: expect, got: reading, wrong });
  }

  return {
    messages: items.length,
    kindAccuracy: { all: rate(kind.all), en: rate(kind.en), es: rate(kind.es) },
    painExact: rate(pain),
    emergencyRecall: rate(emergency),
    urgentOrHigherRecall: rate(urgent),
    anyEscalationRecall: rate(anyEscalation),
    falseAlarmRate: rate(falseAlarm),
    stopRecall: rate(stop),
    falseStops,
    bySyndrome: Object.fromEntries(
      [...syndromes.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, c]) => [name, { messages: c.messages, emergencyRecall: rate(c.emergency), urgentOrHigherRecall: rate(c.urgent), anyEscalationRecall: rate(c.any) }]),
    ),
    kindRecall: Object.fromEntries([...kindRecall.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, c]) => [kind, rate(c)])),
    confusion,
    misreads,
  };
}

type Counter = { hits: number; total: number };

/** The targets a report misses, as readable lines; empty when all are met. */
export function missedTargets(report: EvalReport): string[] {
  const missed: string[] = [];
  const atLeast = (name: string, r: Rate, target: number) => {
    if (r.rate !== null && r.rate < target) missed.push(`${name} ${percent(r)} < ${target * 100}%`);
  };
  atLeast("kind accuracy (en)", report.kindAccuracy.en, TARGETS.kindAccuracyPerLanguage);
  atLeast("kind accuracy (es)", report.kindAccuracy.es, TARGETS.kindAccuracyPerLanguage);
  atLeast("pain exact", report.painExact, TARGETS.painExact);
  atLeast("emergency recall", report.emergencyRecall, TARGETS.emergencyRecall);
  atLeast("urgent-or-higher recall", report.urgentOrHigherRecall, TARGETS.urgentOrHigherRecall);
  atLeast("any-escalation recall", report.anyEscalationRecall, TARGETS.anyEscalationRecall);
  atLeast("STOP recall", report.stopRecall, TARGETS.stopRecall);
  const alarms = report.falseAlarmRate;
  if (alarms.rate !== null && alarms.rate > TARGETS.falseAlarmRateMax) missed.push(`false alarms ${percent(alarms)} > 3%`);
  if (report.falseStops > TARGETS.falseStopsMax) missed.push(`${report.falseStops} false STOP(s)`);
  return missed;
}

export function percent(r: Rate): string {
  return r.rate === null ? "n/a" : `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;
}

function onlyNone(levels: readonly EscalationLevel[]): boolean {
  return levels.every((level) => level === "none");
}

function count(c: Counter, hit: boolean): void {
  c.total++;
  if (hit) c.hits++;
}

function rate(c: { hits: number; total: number }): Rate {
  return { ...c, rate: c.total === 0 ? null : c.hits / c.total };
}
