import type { CliIo } from "./cli-io.js";

/** One admin CLI command: its usage line and what it does with the arguments after its name. */
export interface Command {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
