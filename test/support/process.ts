import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Starts `src/main.ts` as `npm start` does, and resolves once it logs that it is ready (or rejects when it
 * exits first). `timeoutMs` only bounds a start that hangs: a loaded machine may take tens of seconds.
 */
export async function startServiceProcess(env: NodeJS.ProcessEnv, timeoutMs = 150_000, options: { runAs?: string } = {}): Promise<ServiceProcess> {
  // runAs: as another (unprivileged) user, through runuser, e.g. to meet a file it may not write.
  const [command, prefix] = options.runAs ? ["runuser", ["-u", options.runAs, "--", process.execPath]] : [process.execPath, []];
  const child = spawn(command, [...prefix, ...(process.env.HEPBOT_PROFILE_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.HEPBOT_PROFILE_DIR}`] : []), "--import", "tsx", join(ROOT, "src", "main.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", SCHEDULER_ENABLED: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // "close", not "exit": by then everything the process wrote has been read.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    // Only the lines not yet looked at, and not after the start: the service logs every message,
    // and splitting the whole output at each chunk costs the caller more CPU than the service uses.
    let scanned = 0;
    const check = () => {
      const complete = output.lastIndexOf("\n") + 1;
      const ready = output.slice(scanned, complete).split("\n").find((line) => line.includes('"msg":"hepbot is ready"'));
      scanned = complete;
      if (ready) {
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve(`http://127.0.0.1:${(JSON.parse(ready) as { port: number }).port}`);
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}
