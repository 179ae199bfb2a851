import type { Request, Response, Router } from "express";
import { findOwnPatient, type Actor } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { DEFAULT_MONITORING_IDLE_MS, monitoringReads } from "../care/monitoring/monitoring-reads.service.js";
import type { Html } from "./html.js";
import { monitoringOverviewPage, monitoringReportPage, monitoringSection } from "./pages/monitoring.js";

type PageGet = (path: string, handler: (req: Request<{ id: string }>, res: Response) => Promise<void>) => Router;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The asked-for month; anything else (none, or not YYYY-MM) is this month. */
function monthParam(req: Request): string | undefined {
  const month = req.query.month;
  return typeof month === "string" && MONTH.test(month) ? month : undefined;
}

/** The RTM card for the patient page. */
export async function patientMonitoringCard(deps: TherapistApiDeps, patient: { id: string; name: string; timeZone: string; clinicId: string }): Promise<Html> {
  const standing = await monitoringReads(deps).standing(patient);
  return monitoringSection(patient, standing, Math.round((deps.monitoringIdleMs ?? DEFAULT_MONITORING_IDLE_MS) / 1000));
}

/** The dashboard's monitoring pages: the overview and the printable monthly reports. */
export function registerMonitoringPages(get: PageGet, deps: TherapistApiDeps, send: (res: Response, body: Html) => void): void {
  const { db } = deps;
  const reads = monitoringReads(deps);
  const actorOf = (res: Response) => res.locals.actor as Actor;

  get("/monitoring", async (_req, res) => {
    const actor = actorOf(res);
    const { month, rows } = await reads.overview(actor);
    await auditPatient(deps, actor, "monitoring.list", null, { count: rows.length, via: "dashboard" });
    send(res, monitoringOverviewPage(actor, rows, month));
  });

  get("/monitoring/report", async (req, res) => {
    const actor = actorOf(res);
    const report = await reads.clinicReport(actor, monthParam(req));
    await auditPatient(deps, actor, "monitoring.report", null, { month: report.month, count: report.patients.length, via: "dashboard" });
    send(
      res,
      monitoringReportPage(actor, {
        title: `${report.clinic} — remote monitoring, ${report.month}`,
        month: report.month,
        csvHref: `/api/monitoring/report?month=${report.month}&format=csv`,
        reports: report.patients,
        single: false,
      }),
    );
  });

  get("/patients/:id/monitoring/report", async (req, res) => {
    const actor = actorOf(res);
    const patient = await findOwnPatient(db, actor, req.params.id);
    const report = await reads.patientReport(patient, monthParam(req));
    await auditPatient(deps, actor, "monitoring.report", patient.id, { month: report.month, via: "dashboard" });
    send(
      res,
      monitoringReportPage(actor, {
        title: `${patient.name} — remote monitoring, ${report.month}`,
        month: report.month,
        csvHref: `/api/patients/${patient.id}/monitoring/report?month=${report.month}&format=csv`,
        reports: [report],
        single: true,
      }),
    );
  });
}
