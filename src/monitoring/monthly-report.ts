import { localDateOf } from "../scheduling/local-time.js";
import { episodeStanding, monthMinutes, periodStandings, isLiveContactMode } from "./ledger.js";
import { localMonthOf } from "./monitoring-time.js";
import type { PatientMonitoringRecord } from "./monitoring.repo.js";
import type { SupportedCode } from "./rtm-codes.js";

export interface ReportCode extends SupportedCode {
  /** What the code rests on: a data-day period or the calendar month's minutes. */
  basis: string;
  /** A period still running: its count may still grow. */
  provisional: boolean;
}

export interface PatientMonthReport {
  patientId: string;
  patientName: string;
  month: string;
  timeZone: string;
  firstMonitoringDay: string | null;
  periods: Array<{ start: string; end: string; dataDays: string[]; code: string | null; daysLeft: number }>;
  minutes: number;
  contacts: Array<{ at: string; minutes: number; mode: string; clinician: string }>;
  time: Array<{ start: string; end: string; minutes: number; source: string; clinician: string }>;
  /** Patient-reported data in the month: when, and what the reader made of it (never the words). */
  events: Array<{ at: string; localDate: string; kind: string | null }>;
  codes: ReportCode[];
  standing: { dataDays: string; minutes: string } | null;
}

/**
 * One patient's month: the data-day periods that end in it or are running in it, the month's
 * minutes and live contacts, the entries they rest on and the codes the record supports.
 */
export function patientMonthReport(
  patient: { id: string; name: string },
  record: PatientMonitoringRecord,
  month: string,
  clinicianName: (therapistId: string) => string,
): PatientMonthReport {
  const { ledger } = record;
  const zone = ledger.timeZone;
  const inMonth = (at: Date) => localMonthOf(at, zone) === month;
  const today = localDateOf(ledger.now, zone);
  const periods = periodStandings(ledger).filter((p) => p.start.slice(0, 7) <= month && p.end.slice(0, 7) >= month);
  const minutes = monthMinutes(ledger, month);
  const codes: ReportCode[] = [];
  // A period's code belongs to the month it ends in, so no period is counted in two months.
  for (const period of periods) {
    if (period.code && period.end.slice(0, 7) === month) codes.push({ code: period.code, units: 1, basis: `data days ${period.start} to ${period.end}`, provisional: period.end >= today });
  }
  for (const code of minutes.codes) codes.push({ ...code, basis: `minutes in ${month}`, provisional: month >= today.slice(0, 7) });
  const current = month === today.slice(0, 7) ? episodeStanding(ledger) : null;
  return {
    patientId: patient.id,
    patientName: patient.name,
    month,
    timeZone: zone,
    firstMonitoringDay: ledger.firstDay,
    periods: periods.map((p) => ({ start: p.start, end: p.end, dataDays: p.dataDays, code: p.code, daysLeft: p.daysLeft })),
    minutes: minutes.minutes,
    contacts: record.contacts
      .filter((c) => isLiveContactMode(c.mode) && inMonth(c.at))
      .map((c) => ({ at: c.at.toISOString(), minutes: c.minutes, mode: c.mode, clinician: clinicianName(c.therapistId) })),
    time: record.time
      .filter((t) => inMonth(t.startedAt) || inMonth(t.endedAt))
      .map((t) => ({
        start: t.startedAt.toISOString(),
        end: t.endedAt.toISOString(),
        minutes: Math.round((t.endedAt.getTime() - t.startedAt.getTime()) / 6_000) / 10,
        source: t.source,
        clinician: clinicianName(t.therapistId),
      })),
    events: record.events.filter((e) => inMonth(e.at)).map((e) => ({ at: e.at.toISOString(), localDate: localDateOf(e.at, zone), kind: e.kind })),
    codes,
    standing: current ? { dataDays: current.dataDaysSentence, minutes: current.minutesSentence } : null,
  };
}

const CSV_FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, and a leading formula character neutralised for spreadsheets. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && CSV_FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: Array<string | number | null>) => cells.map(csvCell).join(",");

/** A patient's month as CSV: one line per period, data day, time entry, contact and supported code. */
export function patientReportCsv(report: PatientMonthReport): string {
  const lines = [csvLine(["record", "start", "end", "minutes", "detail", "clinician", "code"])];
  for (const p of report.periods) lines.push(csvLine(["period", p.start, p.end, null, `${p.dataDays.length} data days`, null, p.code]));
  for (const day of new Set(report.events.map((e) => e.localDate))) {
    const kinds = report.events.filter((e) => e.localDate === day).map((e) => e.kind ?? "message");
    lines.push(csvLine(["data_day", day, day, null, kinds.join(" "), null, null]));
  }
  for (const t of report.time) lines.push(csvLine(["time", t.start, t.end, t.minutes, t.source, t.clinician, null]));
  for (const c of report.contacts) lines.push(csvLine(["contact", c.at, null, c.minutes, c.mode, c.clinician, null]));
  for (const c of report.codes) lines.push(csvLine(["code", null, null, null, `${c.basis}${c.provisional ? " (so far)" : ""}`, null, `${c.code} x${c.units}`]));
  return `${lines.join("\r\n")}\r\n`;
}

/** The clinic's month as CSV: one line per patient. */
export function clinicReportCsv(reports: PatientMonthReport[]): string {
  const lines = [csvLine(["patient_id", "patient", "month", "first_monitoring_day", "data_days", "minutes", "live_contacts", "codes"])];
  for (const r of reports) {
    lines.push(
      csvLine([
        r.patientId,
        r.patientName,
        r.month,
        r.firstMonitoringDay,
        r.periods.map((p) => `${p.start}..${p.end}: ${p.dataDays.length}`).join("; "),
        r.minutes,
        r.contacts.length,
        r.codes.map((c) => `${c.code} x${c.units}${c.provisional ? " (so far)" : ""}`).join("; "),
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
