import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Message text, phone numbers, chat ids and names are health data: they are removed from every log
 * line, whatever the level. Log ids (message id, patient id) instead.
 */
export const REDACTED_FIELDS = [
  "text", "body", "Body", "phone", "address", "to", "from", "From", "To", "name", "email",
  "*.text", "*.body", "*.phone", "*.address", "*.to", "*.from", "*.name", "*.email",
];

/**
 * Logs go to stdout without ever blocking: a synchronous write to a pipe whose reader falls behind
 * (a busy log shipper) would stall every webhook; pino's default even sleeps 100 ms when the pipe is
 * full. Lines are written as soon as the pipe takes them and flushed at exit; past 16 MiB waiting,
 * new lines are dropped rather than memory growing without bound.
 */
function stdoutDestination(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 });
}

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    { level: options.level, redact: { paths: REDACTED_FIELDS, censor: "[redacted]" }, base: { service: "hepbot" } },
    options.destination ?? stdoutDestination(),
  );
}

/**
 * Logs what is given, waits until every line so far is written, then exits. `process.exit` right
 * after logging would lose the lines still being written in the background.
 */
export function logAndExit(logger: Logger, code: number, log: (logger: Logger) => void): Promise<never> {
  log(logger);
  return new Promise(() => logger.flush(() => process.exit(code)));
}

/** A logger that writes nothing, for tests and CLI commands that print JSON to stdout. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
