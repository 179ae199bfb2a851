import { z } from "zod";
import type { Db } from "../db/client.js";
import { AppError, notFound } from "../core/errors.js";
import { actorLabel, patientScope, type Actor } from "./actor.js";
import { auditPatient } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { parseStoredCard } from "../conversation/escalation-card.js";
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
    include: ESCALATION_INCLUDE,
    orderBy: { createdAt: "desc" },
    take: filter.limit,
  });
  const rank = (values: readonly string[], value: string) => (values.indexOf(value) + values.length + 1) % (values.length + 1);
  const sorted = rows.sort(
    (a, b) =>
      rank(STATUSES, a.status) - rank(STATUSES, b.status) ||
      rank(LEVELS, a.level) - rank(LEVELS, b.level) ||
      b.createdAt.getTime() - a.createdAt.getTime(),
  );
  return escalationViews(db, sorted);
}

/** One escalation of the caller's patients, as the list shows it; null when it is not theirs. */
export async function findEscalation(db: Db, actor: Actor, id: string) {
  const row = await db.escalation.findFirst({ where: { id, patient: patientScope(actor) }, include: ESCALATION_INCLUDE });
  return row ? (await escalationViews(db, [row]))[0]! : null;
}

const ESCALATION_INCLUDE = { patient: { select: { name: true } }, notes: { orderBy: { createdAt: "asc" as const } } };
type EscalationRow = Awaited<ReturnType<Db["escalation"]["findFirstOrThrow"]>> & {
  patient: { name: string };
  notes: Awaited<ReturnType<Db["escalationNote"]["findFirstOrThrow"]>>[];
};
export type EscalationView = Awaited<ReturnType<typeof escalationViews>>[number];

/** Rows as the API and the dashboard show them: the card parsed, who acted by name. */
async function escalationViews(db: Db, rows: EscalationRow[]) {
  const names = await actorNames(db, rows.flatMap((e) => [e.acknowledgedBy, e.resolvedBy, ...e.notes.map((n) => n.author)]));
  const nameOf = (label: string | null) => (label === null ? null : (names.get(label) ?? null));
  return rows.map(({ patient, dedupeKey: _key, messageId: _message, notifiedAt: _notified, card, notes, ...e }) => ({
    ...e,
    patientName: patient.name,
    acknowledgedByName: nameOf(e.acknowledgedBy),
    resolvedByName: nameOf(e.resolvedBy),
    card: parseStoredCard(card),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind as "call" | "note", text: n.text, author: n.author, authorName: nameOf(n.author), createdAt: n.createdAt })),
  }));
}

/** "therapist:<id>" → the therapist's name, "token:<id>" → the token's name. */
async function actorNames(db: Db, labels: (string | null)[]): Promise<Map<string, string>> {
  const ids = (kind: string) => [...new Set(labels.filter((l): l is string => l?.startsWith(`${kind}:`) ?? false).map((l) => l.slice(kind.length + 1)))];
  const [therapists, tokens] = await Promise.all([
    db.therapist.findMany({ where: { id: { in: ids("therapist") } }, select: { id: true, name: true } }),
    db.apiToken.findMany({ where: { id: { in: ids("token") } }, select: { id: true, name: true } }),
  ]);
  return new Map([...therapists.map((t) => [`therapist:${t.id}`, t.name] as const), ...tokens.map((t) => [`token:${t.id}`, `API token "${t.name}"`] as const)]);
}

export function escalationRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const findOwn = async (actor: Actor, id: string) => {
    const escalation = await db.escalation.findFirst({ where: { id, patient: patientScope(actor) } });
    if (!escalation) throw notFound("escalation", id);
    return escalation;
  };
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
        const escalation = await findOwn(actor, params.id);
        if (escalation.status === "resolved") throw new AppError("conflict", "that escalation is already resolved");
        if (escalation.status === "open") {
          await db.escalation.update({
            where: { id: escalation.id },
            data: { status: "acknowledged", acknowledgedAt: deps.clock(), acknowledgedBy: actorLabel(actor) },
          });
          await auditPatient(deps, actor, "escalation.acknowledge", escalation.patientId, { escalationId: escalation.id });
        }
        return one(actor, escalation.id);
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
        return one(actor, escalation.id);
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
        const escalation = await findOwn(actor, params.id);
        const now = deps.clock();
        await db.$transaction([
          db.escalationNote.create({ data: { escalationId: escalation.id, kind: body.kind, text: body.text, author: actorLabel(actor), createdAt: now } }),
          ...(escalation.status === "open"
            ? [db.escalation.update({ where: { id: escalation.id }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: actorLabel(actor) } })]
            : []),
        ]);
        await auditPatient(deps, actor, "escalation.note", escalation.patientId, { escalationId: escalation.id, kind: body.kind });
        return one(actor, escalation.id);
      },
    }),
  ];
}
