import { z } from "zod";
import type { Db } from "../db/client.js";
import { AppError, notFound } from "../core/errors.js";
import { actorLabel, patientScope, type Actor } from "./actor.js";
import { auditPatient } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { escalationSchema, idParams, limitQuery } from "./schemas.js";

const LEVELS = ["emergency", "urgent", "therapist"] as const;
const STATUSES = ["open", "acknowledged", "resolved"] as const;
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(100)
    .transform((text) => text.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

const listQuery = z
  .object({
    status: csv(STATUSES).optional().describe("comma-separated: open,acknowledged,resolved (default open,acknowledged)"),
    level: csv(LEVELS).optional().describe("comma-separated: emergency,urgent,therapist"),
    patientId: z.string().max(64).optional(),
    limit: limitQuery(500, 100),
  })
  .strict();
export type EscalationFilter = z.output<typeof listQuery>;

/** Unhandled first, then the most urgent, then the newest. */
export async function listEscalations(db: Db, actor: Actor, filter: EscalationFilter) {
  const rows = await db.escalation.findMany({
    where: {
      patient: patientScope(actor),
      status: { in: filter.status ?? ["open", "acknowledged"] },
      ...(filter.level ? { level: { in: filter.level } } : {}),
      ...(filter.patientId ? { patientId: filter.patientId } : {}),
    },
    include: { patient: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: filter.limit,
  });
  const rank = (values: readonly string[], value: string) => (values.indexOf(value) + values.length + 1) % (values.length + 1);
  return rows
    .sort(
      (a, b) =>
        rank(STATUSES, a.status) - rank(STATUSES, b.status) ||
        rank(LEVELS, a.level) - rank(LEVELS, b.level) ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    )
    .map(escalationView);
}

type EscalationRow = Awaited<ReturnType<Db["escalation"]["findFirstOrThrow"]>> & { patient: { name: string } };
const escalationView = ({ patient, dedupeKey: _key, messageId: _message, notifiedAt: _notified, ...e }: EscalationRow) => ({ ...e, patientName: patient.name });

export function escalationRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const findOwn = async (actor: Actor, id: string) => {
    const escalation = await db.escalation.findFirst({ where: { id, patient: patientScope(actor) } });
    if (!escalation) throw notFound("escalation", id);
    return escalation;
  };
  const one = async (id: string) =>
    escalationView(await db.escalation.findUniqueOrThrow({ where: { id }, include: { patient: { select: { name: true } } } }));
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
        const escalation = await findOwn(actor, params.id);
        if (escalation.status === "resolved") throw new AppError("conflict", "that escalation is already resolved");
        if (escalation.status === "open") {
          await db.escalation.update({
            where: { id: escalation.id },
            data: { status: "acknowledged", acknowledgedAt: deps.clock(), acknowledgedBy: actorLabel(actor) },
          });
          await auditPatient(deps, actor, "escalation.acknowledge", escalation.patientId, { escalationId: escalation.id });
        }
        return one(escalation.id);
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
        const escalation = await findOwn(actor, params.id);
        if (escalation.status === "resolved") throw new AppError("conflict", "that escalation is already resolved");
        const now = deps.clock();
        await db.escalation.update({
          where: { id: escalation.id },
          data: {
            status: "resolved",
            resolvedAt: now,
            resolvedBy: actorLabel(actor),
            resolutionNote: body.note,
            ...(escalation.acknowledgedAt ? {} : { acknowledgedAt: now, acknowledgedBy: actorLabel(actor) }),
          },
        });
        await auditPatient(deps, actor, "escalation.resolve", escalation.patientId, { escalationId: escalation.id });
        return one(escalation.id);
      },
    }),
  ];
}
