import type { Db } from "../../db/client.js";
import { episodeStanding } from "../../monitoring/ledger.js";
import { patientMonthReport, type PatientMonthReport } from "../../monitoring/monthly-report.js";
import { loadMonitoringRecord } from "../../monitoring/monitoring.repo.js";
import { DEFAULT_RTM_THRESHOLDS, type RtmThresholds } from "../../monitoring/rtm-thresholds.js";
import { localDateOf } from "../../scheduling/local-time.js";
import { patientScope, type Actor } from "../actor.js";
import { clinicById } from "../clinics/clinics.repo.js";
import { patientsInScope } from "../patients/patients.repo.js";
import { clinicTherapists } from "../therapists/therapists.repo.js";

/** A dashboard tab idle longer than this stops counting monitoring time, unless configured. */
export const DEFAULT_MONITORING_IDLE_MS = 5 * 60_000;

export interface MonitoringReadDeps {
  db: Db;
  clock: () => Date;
  /** RTM code thresholds; the 2026 published values when absent. */
  rtmThresholds?: RtmThresholds;
}

type Patient = { id: string; name: string; timeZone: string; clinicId: string };

/** The RTM ledger's reads, shared by the API and the dashboard pages. */
export function monitoringReads(deps: MonitoringReadDeps) {
  const { db } = deps;
  const thresholds = deps.rtmThresholds ?? DEFAULT_RTM_THRESHOLDS;
  const clinicianNames = async (clinicId: string) => {
    const names = new Map((await clinicTherapists(db, clinicId)).map((t) => [t.id, t.name]));
    return (id: string) => names.get(id) ?? "another clinic's clinician";
  };
  const record = (patient: Patient) => loadMonitoringRecord(db, patient, { now: deps.clock(), thresholds });
  const reads = {
    async standing(patient: Patient) {
      const { ledger } = await record(patient);
      const standing = episodeStanding(ledger);
      return {
        today: standing.today,
        firstMonitoringDay: ledger.firstDay,
        period: standing.period && { start: standing.period.start, end: standing.period.end, dataDays: standing.period.dataDays, code: standing.period.code, daysLeft: standing.period.daysLeft },
        month: { month: standing.month.month, minutes: standing.month.minutes, liveContacts: standing.month.liveContacts.length, codes: standing.month.codes },
        dataDaysSentence: standing.dataDaysSentence,
        minutesSentence: standing.minutesSentence,
      };
    },
    async patientReport(patient: Patient, reportMonth: string | undefined): Promise<PatientMonthReport> {
      const names = await clinicianNames(patient.clinicId);
      return patientMonthReport(patient, await record(patient), reportMonth ?? localDateOf(deps.clock(), patient.timeZone).slice(0, 7), names);
    },
    /** Each of the caller's patients with their standing, and the clinic's current month. */
    async overview(actor: Actor) {
      const [clinic, patients] = await Promise.all([clinicById(db, actor.clinicId), patientsInScope(db, patientScope(actor))]);
      const rows = [];
      for (const patient of patients) rows.push({ patient, standing: await reads.standing(patient) });
      return { month: localDateOf(deps.clock(), clinic.timeZone).slice(0, 7), rows };
    },
    async clinicReport(actor: Actor, reportMonth: string | undefined) {
      const clinic = await clinicById(db, actor.clinicId);
      const chosen = reportMonth ?? localDateOf(deps.clock(), clinic.timeZone).slice(0, 7);
      const patients = await patientsInScope(db, patientScope(actor));
      const names = await clinicianNames(actor.clinicId);
      const reports: PatientMonthReport[] = [];
      for (const patient of patients) reports.push(patientMonthReport(patient, await record(patient), chosen, names));
      return { month: chosen, clinic: clinic.name, patients: reports };
    },
  };
  return reads;
}
