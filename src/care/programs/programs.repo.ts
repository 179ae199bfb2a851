import type { Db } from "../../db/client.js";

/** Programs matching `where`, each with its newest version and that version's exercises in order. */
export function programsWithCurrentVersion(db: Db, where: NonNullable<Parameters<Db["program"]["findMany"]>[0]>["where"] = {}) {
  return db.program.findMany({
    where,
    orderBy: { slug: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { items: { orderBy: { position: "asc" }, include: { exercise: true } } } } },
  });
}
