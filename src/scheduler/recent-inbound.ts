import type { Db } from "../db/client.js";

/** What each patient wrote in the last day and a half: a barrier they named is referred back to. */
export async function recentInboundText(db: Db, patientIds: string[], now: Date): Promise<Map<string, Array<{ text: string; at: Date }>>> {
  const rows = await db.messageLog.findMany({
    where: { patientId: { in: patientIds }, direction: "inbound", createdAt: { gte: new Date(now.getTime() - 36 * 3_600_000) } },
    select: { patientId: true, body: true, createdAt: true },
  });
  const byPatient = new Map<string, Array<{ text: string; at: Date }>>();
  for (const r of rows) byPatient.set(r.patientId!, [...(byPatient.get(r.patientId!) ?? []), { text: r.body, at: r.createdAt }]);
  return byPatient;
}
