import { isAbsolute, resolve } from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string; connectionString: string; schema: string };

/**
 * One `DATABASE_URL` picks the database: `file:./data/hepbot.db` (SQLite, relative to the working
 * directory) or `postgres://…[?schema=NAME]` (PostgreSQL, schema `public` unless given).
 */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path === "") throw new Error("DATABASE_URL file: needs a path, e.g. file:./data/hepbot.db");
    return { provider: "sqlite", url, file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    // The URL's own text is not repeated: it may hold a password.
    if (!URL.canParse(url)) throw new Error("DATABASE_URL is not a valid URL: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]");
    const parsed = new URL(url);
    const schema = parsed.searchParams.get("schema") ?? "public";
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`DATABASE_URL schema "${schema}" is not a plain identifier`);
    parsed.searchParams.delete("schema");
    return { provider: "postgresql", url, connectionString: parsed.toString(), schema };
  }
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)");
}
