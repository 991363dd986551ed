import type { Logger } from "pino";

import type { UnknownEnumValueHandler } from "./mapping/index.js";

const reporters = new WeakMap<Logger, UnknownEnumValueHandler>();

/**
 * Returns the handler that logs each enum value SageMaker sends and the schema
 * does not know, once per enum and value. One handler exists per logger, so
 * every request of the process shares it and the mapping's own per-handler
 * bookkeeping stays bounded.
 */
export function unknownEnumReporter(logger: Logger): UnknownEnumValueHandler {
  const existing = reporters.get(logger);
  if (existing) return existing;

  const reported = new Set<string>();
  const report: UnknownEnumValueHandler = (enumName, value, path) => {
    const key = `${enumName}\u0000${value}`;
    if (reported.has(key)) return;

    reported.add(key);
    logger.warn(
      { event: "unknown_enum_value", enumName, value, path },
      `SageMaker returned ${enumName} value "${value}", which this gateway version does not know; it is served as UNKNOWN.`,
    );
  };
  reporters.set(logger, report);
  return report;
}
