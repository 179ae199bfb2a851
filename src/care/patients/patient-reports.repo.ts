import type { Prisma } from "../../db/client.js";

/**
 * The only writes of what patients report: exercise completions and pain scores. A batch of
 * messages writes each kind in one statement, inside the batch's transaction.
 */
type Tx = Pick<Prisma.TransactionClient, "completion" | "painReport">;

export type CompletionRow = Omit<Prisma.CompletionCreateManyInput, "id">;
export type PainReportRow = Omit<Prisma.PainReportCreateManyInput, "id">;

export async function insertCompletions(tx: Tx, rows: readonly CompletionRow[]): Promise<void> {
  if (rows.length > 0) await tx.completion.createMany({ data: [...rows] });
}

export async function insertPainReports(tx: Tx, rows: readonly PainReportRow[]): Promise<void> {
  if (rows.length > 0) await tx.painReport.createMany({ data: [...rows] });
}
