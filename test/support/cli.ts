import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

/** Runs the admin CLI in-process, as `npm run -s hepbot -- …` would, with its own environment and stdin. */
export async function cli(args: string[], env: NodeJS.ProcessEnv, options: { stdin?: string; now?: Date } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const code = await runCli(args, {
    stdin: Readable.from([options.stdin ?? ""]),
    stdout,
    stderr,
    env: { SEED_DEMO: "true", ...env },
    now: () => options.now ?? new Date(),
  });
  const text = Buffer.concat(out).toString();
  return { code, stdout: text, stderr: Buffer.concat(err).toString(), json: <T>() => JSON.parse(text) as T };
}
