import type BetterSqlite3 from "better-sqlite3";

/** The part of a prepared statement the Prisma SQLite adapter uses, once per query. */
interface BoundStatement {
  readonly reader: boolean;
  run(): BetterSqlite3.RunResult;
  columns(): BetterSqlite3.ColumnDefinition[];
  raw(): { all(): unknown[] };
}

interface ReusableStatement {
  readonly reader: boolean;
  bind(args: unknown[]): BoundStatement;
  run(): BetterSqlite3.RunResult;
}

/**
 * The Prisma SQLite adapter prepares every query anew (`client.prepare(sql).bind(args)`), which
 * costs more than running it. Its SQL comes from a small set of shapes, so here each shape is
 * prepared once and kept; the arguments are passed per run instead of bound for good (a bound
 * statement cannot be bound again). SQLite re-prepares a kept statement itself when the schema changes.
 */
export function cacheStatements(client: BetterSqlite3.Database, maxEntries = 1_000): void {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, BetterSqlite3.Statement>();
  const statementFor = (sql: string): BetterSqlite3.Statement => {
    let statement = kept.get(sql);
    if (statement) return statement;
    statement = prepare(sql);
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
    kept.set(sql, statement);
    return statement;
  };
  const reusable = (sql: string): ReusableStatement => {
    const statement = statementFor(sql);
    return {
      reader: statement.reader,
      run: () => statement.run(),
      bind: (args) => ({
        reader: statement.reader,
        run: () => statement.run(args),
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(args) }),
      }),
    };
  };
  (client as unknown as { prepare: (sql: string) => ReusableStatement }).prepare = reusable;
}

/** The better-sqlite3 connection inside Prisma's SQLite adapter (it keeps it as `client`). */
export function sqliteClientOf(adapter: unknown): BetterSqlite3.Database | null {
  const client = (adapter as { client?: unknown }).client;
  return client && typeof (client as { prepare?: unknown }).prepare === "function" ? (client as BetterSqlite3.Database) : null;
}
