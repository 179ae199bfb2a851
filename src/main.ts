import { ConfigError, loadConfig, redactedSummary } from "./config/config.js";
import { createLogger } from "./logging/logger.js";
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

const service = await startService(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, "hepbot could not start");
  process.exit(1);
});

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing work in flight");
    service.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "unclean stop");
        process.exit(1);
      },
    );
  });
}
