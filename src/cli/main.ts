import { AppError } from "../core/errors.js";
import { ConfigError } from "../config/config.js";
import type { CliIo } from "./cli-io.js";
import { COMMANDS, usage } from "./commands.js";

/** Exit codes: 0 ok, 1 unexpected failure, 2 bad input (nothing was written). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  const twoWords = first && second ? COMMANDS[`${first} ${second}`] : undefined;
  const command = twoWords ?? (first ? COMMANDS[first] : undefined);
  if (!command) {
    io.stderr.write(usage());
    return 2;
  }
  const args = argv.slice(twoWords ? 2 : 1);
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof AppError && error.code !== "internal") {
      io.stderr.write(`${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    io.stderr.write(`${JSON.stringify({ error: { code: "internal", message: (error as Error).message } })}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
  });
  process.exitCode = code;
}
