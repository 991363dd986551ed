import type { Logger } from "pino";

import type { AuthConfig } from "./auth.config.js";

/**
 * Logs at start how callers authenticate, so that an open gateway is visible
 * in its own logs. Anonymous access with a role above viewer is a warning,
 * because anyone who reaches the port can then change jobs.
 */
export function logAuthSettings(config: AuthConfig, logger: Logger): void {
  const details = {
    event: "auth_settings",
    apiKeys: config.apiKeys.length,
    bearerTokens: config.jwt ? config.jwt.keys.kind : "off",
    anonymousRole: config.anonymousRole ?? "none",
    showSecretValues: config.showSecretValues,
  };

  if (config.anonymousRole && config.anonymousRole !== "viewer") {
    logger.warn(details, `Requests without credentials get the "${config.anonymousRole}" role; set ANONYMOUS_ROLE=viewer or none to restrict them.`);
  } else {
    logger.info(details, "Authentication settings");
  }
}
