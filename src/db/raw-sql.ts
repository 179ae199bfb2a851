import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/sqlite/client.js";
import type { Db } from "./client.js";

/** Under both engines' limits on the values one statement may carry (SQLite 32,766; PostgreSQL 65,535). */
const MAX_VALUES_PER_STATEMENT = 30_000;

/**
 * Writes rows of one shape (the same keys; a column left out takes its default) with new ids, a
 * statement per few hundred rows. `unique` names a unique column whose taken values are skipped
 * (ON CONFLICT DO NOTHING, alike in SQLite and PostgreSQL). Returns how many rows were written.
 * Raw because Prisma plans every `createMany` anew (it never caches their plans), which costs more
 * than the write itself on the pipeline's hot path.
 */
export async function insertRows<Row extends object>(
  db: Pick<Db, "$executeRaw">,
  table: string,
  rows: readonly Row[],
  options: { unique?: keyof Row & string } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!) as Array<keyof Row & string>;
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length || columns.some((column) => !(column in row))) throw new Error(`rows for ${table} differ in their columns`);
  }
  const names = Prisma.raw(["id", ...columns].map((column) => `"${column}"`).join(", "));
  const onConflict = options.unique ? Prisma.raw(` ON CONFLICT ("${options.unique}") DO NOTHING`) : Prisma.empty;
  const rowsPerStatement = Math.floor(MAX_VALUES_PER_STATEMENT / (columns.length + 1));
  let written = 0;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const values = rows.slice(start, start + rowsPerStatement).map((row) => Prisma.sql`(${Prisma.join([randomUUID(), ...columns.map((column) => row[column] ?? null)])})`);
    written += await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)}${onConflict}`;
  }
  return written;
}

/** A piece of raw SQL whose `${values}` are passed as parameters (Prisma's `sql` tag). */
export const sql = Prisma.sql;

/** Values as parameters separated by commas (for `IN (…)`), or pieces of SQL by `separator`. */
export function sqlJoin(values: readonly unknown[], separator?: string): Prisma.Sql {
  return Prisma.join(values, separator);
}
