import { z } from "zod";
import { listAudit } from "../audit/audit.repo.js";
import { loadBundleInput } from "../fhir/patient-bundle.repo.js";
import { patientBundle } from "../fhir/patient-bundle.js";
import { findOwnPatient, requireAdmin } from "../care/actor.js";
import { auditPatient, clinicAudit } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { auditEventSchema, fhirBundleSchema, idParams, limitQuery } from "./schemas.js";

const auditQuery = z
  .object({
    actor: z.string().max(80).optional().describe("therapist:<id> or token:<id>"),
    action: z.string().max(80).optional(),
    entity: z.string().max(40).optional(),
    before: z.iso.datetime().optional(),
    limit: limitQuery(1000, 200),
  })
  .strict();

/** Audit trails and the FHIR export: records about a patient rather than the care itself. */
export function recordRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/patients/:id/audit",
      tag: "audit",
      summary: "Who looked at or changed this patient's data, newest first",
      params: idParams,
      query: z.object({ limit: limitQuery(1000, 200), before: z.iso.datetime().optional() }).strict(),
      response: z.object({ events: z.array(auditEventSchema) }),
      async handler({ actor, params, query }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const events = await listAudit(db, {
          entity: "patient",
          entityIds: [patient.id],
          limit: query.limit,
          ...(query.before ? { before: new Date(query.before) } : {}),
        });
        await auditPatient(deps, actor, "audit.view", patient.id);
        return { events };
      },
    }),
    route({
      method: "get",
      path: "/audit",
      tag: "audit",
      summary: "Clinic admins: everything the clinic's people did and everything done to its patients",
      query: auditQuery,
      response: z.object({ events: z.array(auditEventSchema) }),
      errors: ["forbidden"],
      async handler({ actor, query }) {
        requireAdmin(actor);
        const events = await clinicAudit(db, actor.clinicId, {
          actor: query.actor,
          action: query.action,
          entity: query.entity,
          before: query.before ? new Date(query.before) : undefined,
          limit: query.limit,
        });
        return { events };
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/fhir",
      tag: "fhir",
      summary: "FHIR R4 Bundle (collection): Patient, a CarePlan per assigned program, pain and completion Observations",
      params: idParams,
      responseType: "application/fhir+json",
      response: fhirBundleSchema,
      async handler({ res, actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const bundle = patientBundle(await loadBundleInput(db, patient.id, deps.videoBaseUrl, deps.clock()));
        await auditPatient(deps, actor, "fhir.export", patient.id);
        res.type("application/fhir+json").send(JSON.stringify(bundle));
        return undefined;
      },
    }),
  ];
}
