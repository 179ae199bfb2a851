import type { Prisma } from "../../db/client.js";
import { insertRows } from "../../db/raw-sql.js";

/**
 * The only writes of what patients report: exercise completions and pain scores. A batch of
 * messages writes each kind in one statement, inside the batch's transaction.
 */
type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

export type CompletionRow = Omit<Prisma.CompletionCreateManyInput, "id">;
export type PainReportRow = Omit<Prisma.PainReportCreateManyInput, "id">;

export async function insertCompletions(tx: Tx, rows: readonly CompletionRow[]): Promise<void> {
  await insertRows(tx, "Completion", rows);
}

export async function insertPainReports(tx: Tx, rows: readonly PainReportRow[]): Promise<void> {
  await insertRows(tx, "PainReport", rows);
}
