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

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    { level: options.level, redact: { paths: REDACTED_FIELDS, censor: "[redacted]" }, base: { service: "hepbot" } },
    options.destination,
  );
}

/** A logger that writes nothing, for tests and CLI commands that print JSON to stdout. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
