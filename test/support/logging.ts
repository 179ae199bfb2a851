import pino from "pino";

/** A pino logger whose lines the test reads back as parsed JSON records. */
export function captureLogger(level: pino.Level = "info") {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
