import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadConfig } from "../config/config.js";
import { invalidInput } from "../core/errors.js";
import { openDatabase } from "../db/database.js";
import type { Db } from "../db/client.js";
import type { CliIo } from "./cli-io.js";

/** Strict flag parsing: an unknown flag or a stray argument is bad input (exit code 2). */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, positionals = 0) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) throw new Error(`unexpected argument: ${parsed.positionals[positionals]}`);
    return parsed;
  } catch (error) {
    throw invalidInput((error as Error).message);
  }
}

/** Opens the configured database (migrating it if needed) for one command, and closes it after. */
export async function withDb<T>(io: CliIo, work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(io.env).DATABASE_URL);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
