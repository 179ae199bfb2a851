import { ConfigError, loadConfig, redactedSummary } from "./config/config.js";
import { createLogger, logAndExit } from "./logging/logger.js";
import { startService } from "./service.js";

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
const logger = createLogger({ level: config.LOG_LEVEL });
logger.info({ config: redactedSummary(config) }, "starting hepbot");

const service = await startService(config, logger).catch((error: unknown) =>
  logAndExit(logger, 1, (log) => {
    const reason = error instanceof Error ? error.message : String(error);
    log.fatal({ err: error }, `hepbot could not start: ${reason}`);
    process.stderr.write(`hepbot could not start: ${reason}\n`);
  }),
);

/** Container runtimes send SIGKILL 10 s after SIGTERM; whatever is still running by then is cut short by us, logged. */
const STOP_DEADLINE_MS = 9_000;

// A promise some background path forgot to catch (a database outage finds such paths) is logged;
// ending the process for it would turn one lost query into every request refused.
process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing work in flight");
    setTimeout(() => void logAndExit(logger, 1, (log) => log.error("stop took too long; exiting with work unfinished")), STOP_DEADLINE_MS).unref();
    void service.stop().then(
      () => logAndExit(logger, 0, (log) => log.info("stopped")),
      (error: unknown) => logAndExit(logger, 1, (log) => log.error({ err: error }, "unclean stop")),
    );
  });
}
