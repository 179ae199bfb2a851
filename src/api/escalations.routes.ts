import { z } from "zod";
import type { Actor } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import {
  acknowledgeEscalation,
  addEscalationNote,
  ESCALATION_LEVELS,
  ESCALATION_STATUSES,
  findEscalation,
  listEscalations,
  resolveEscalation,
} from "../care/escalations/escalations.service.js";
import { escalationSchema, idParams, limitQuery } from "./schemas.js";

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(100)
    .transform((text) => text.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

const listQuery = z
  .object({
    status: csv(ESCALATION_STATUSES).optional().describe("comma-separated: open,acknowledged,resolved (default open,acknowledged)"),
    level: csv(ESCALATION_LEVELS).optional().describe("comma-separated: emergency,urgent,therapist"),
    patientId: z.string().max(64).optional(),
    limit: limitQuery(500, 100),
  })
  .strict();

export function escalationRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const one = async (actor: Actor, id: string) => (await findEscalation(db, actor, id))!;
  return [
    route({
      method: "get",
      path: "/escalations",
      tag: "escalations",
      summary: "Escalations of the caller's patients, by status and level: unhandled and most urgent first",
      query: listQuery,
      response: z.object({ escalations: z.array(escalationSchema) }),
      async handler({ actor, query }) {
        const escalations = await listEscalations(db, actor, query);
        await auditPatient(deps, actor, "escalation.list", query.patientId ?? null, { count: escalations.length });
        return { escalations };
      },
    }),
    route({
      method: "post",
      path: "/escalations/:id/acknowledge",
      tag: "escalations",
      summary: "Acknowledge an escalation (seen, being handled); repeating it changes nothing",
      params: idParams,
      response: escalationSchema,
      errors: ["conflict"],
      async handler({ actor, params }) {
        const { patientId, changed } = await acknowledgeEscalation(db, actor, params.id, deps.clock());
        if (changed) await auditPatient(deps, actor, "escalation.acknowledge", patientId, { escalationId: params.id });
        return one(actor, params.id);
      },
    }),
    route({
      method: "post",
      path: "/escalations/:id/resolve",
      tag: "escalations",
      summary: "Resolve an escalation with a note saying what was done",
      params: idParams,
      body: z.object({ note: z.string().trim().min(1, "say what was done").max(2000) }).strict(),
      response: escalationSchema,
      errors: ["conflict"],
      async handler({ actor, params, body }) {
        const { patientId } = await resolveEscalation(db, actor, params.id, body.note, deps.clock());
        await auditPatient(deps, actor, "escalation.resolve", patientId, { escalationId: params.id });
        return one(actor, params.id);
      },
    }),
    route({
      method: "post",
      path: "/escalations/:id/notes",
      tag: "escalations",
      summary: "Add a call note (or another note) to an escalation without resolving it; an open one becomes acknowledged",
      params: idParams,
      body: z.object({ kind: z.enum(["call", "note"]).default("call"), text: z.string().trim().min(1, "write what was said or done").max(2000) }).strict(),
      response: escalationSchema,
      async handler({ actor, params, body }) {
        const { patientId } = await addEscalationNote(db, actor, params.id, body, deps.clock());
        await auditPatient(deps, actor, "escalation.note", patientId, { escalationId: params.id, kind: body.kind });
        return one(actor, params.id);
      },
    }),
  ];
}
