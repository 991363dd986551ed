import { pino, type Logger } from "pino";

/**
 * The process logger: one JSON object per line on stdout. Credentials never
 * reach it: authorization headers and API keys are redacted wherever they
 * appear in a logged object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "sagemaker-training-gateway" },
    redact: {
      paths: ["req.headers.authorization", "req.headers['x-api-key']", "headers.authorization", "headers['x-api-key']", "*.apiKey", "*.secret"],
      censor: "[redacted]",
    },
  });
}
