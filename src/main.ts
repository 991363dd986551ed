import "reflect-metadata";

import { ConfigError, readConfig } from "./config/config.js";
import { createLogger } from "./server/logger.js";
import { startGateway } from "./server/gateway.js";

/**
 * Time allowed after SHUTDOWN_GRACE_MS for the rest of the stop (closing the
 * remaining connections and the local SageMaker) before the process exits
 * with status 1 anyway.
 */
const SHUTDOWN_MARGIN_MS = 5_000;

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }

  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(config, { logger });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "gateway_stopping", signal }, `Received ${signal}; draining requests in flight`);

    // The gateway closes connections still busy after SHUTDOWN_GRACE_MS itself.
    const limitMs = config.http.shutdownGraceMs + SHUTDOWN_MARGIN_MS;
    const deadline = setTimeout(() => {
      logger.error({ event: "gateway_stop_timeout", limitMs }, `The gateway had not stopped after ${limitMs} ms; exiting`);
      process.exit(1);
    }, limitMs);
    deadline.unref();

    gateway.close().then(
      () => {
        logger.info({ event: "gateway_stopped" }, "Gateway stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ event: "gateway_stop_failed", err: error }, "Gateway did not stop cleanly");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EADDRINUSE" || code === "EACCES") {
    const reason = code === "EADDRINUSE" ? "is already in use" : "needs privileges this process lacks";
    process.stderr.write(`Gateway failed to start: ${process.env.HOST || "127.0.0.1"}:${process.env.PORT || 4000} ${reason}; stop the other process or set PORT to a free port.\n`);
    process.exit(1);
  }

  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
