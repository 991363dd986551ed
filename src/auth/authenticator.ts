import type { Logger } from "pino";

import type { Caller } from "../context/gateway-context.js";
import type { Authenticator } from "../server/context-factory.js";
import { ApiKeyVerifier } from "./api-key.verifier.js";
import { AuthenticationError, ForbiddenError } from "./auth-errors.js";
import type { AuthConfig } from "./auth.config.js";
import { readPresentedCredentials, type PresentedCredentials } from "./presented-credentials.js";
import { JwtVerifier } from "./jwt.verifier.js";
import { expandRoles } from "./roles.js";

/**
 * Creates the function that turns a request's credentials into a `Caller`
 * (see presented-credentials.ts for where they are read from).
 *
 * It throws `AuthenticationError` (UNAUTHENTICATED) for missing or invalid
 * credentials, and `ForbiddenError` (FORBIDDEN) for a valid token that grants
 * no gateway role. Invalid credentials are rejected even when anonymous
 * access is on, so a mistyped key never silently downgrades a caller. Each
 * rejection is logged with its reason, never with the key or token.
 */
export function createAuthenticator(config: AuthConfig, logger: Logger): Authenticator {
  const apiKeys = new ApiKeyVerifier(config.apiKeys);
  const jwt = config.jwt
    ? new JwtVerifier(config.jwt, (details) =>
        logger.warn({ event: "jwks_unavailable", ...details }, "Could not load the issuer's signing keys to verify a bearer token"),
      )
    : undefined;
  const rolesClaim = config.jwt?.rolesClaim ?? "roles";

  const identifyByApiKey = (apiKey: string): Caller => {
    if (!apiKeys.enabled) throw new AuthenticationError("API keys are not enabled on this gateway.");

    const entry = apiKeys.identify(apiKey);
    if (!entry) throw new AuthenticationError("the API key is not valid.");
    return { id: entry.name, roles: expandRoles([entry.role]), anonymous: false };
  };

  const identifyByToken = async (authorization: string): Promise<Caller> => {
    const token = /^Bearer +(\S+)$/i.exec(authorization.trim())?.[1];
    if (!token) throw new AuthenticationError('the Authorization value must be "Bearer <token>".');
    if (!jwt) throw new AuthenticationError("bearer tokens are not enabled on this gateway.");

    const identity = await jwt.verify(token);
    const roles = expandRoles(identity.roles);
    if (roles.size === 0) {
      const message = `The bearer token of "${identity.subject}" grants no gateway role in its "${rolesClaim}" claim; reading requires the "viewer" role.`;
      throw new ForbiddenError("viewer", message, { httpStatus: 403 });
    }
    return { id: identity.subject, roles, anonymous: false };
  };

  const identify = async (presented: PresentedCredentials): Promise<Caller> => {
    if (presented.apiKey !== undefined && presented.authorization !== undefined) {
      throw new AuthenticationError("send either an x-api-key or an Authorization bearer token, not both.");
    }
    if (presented.apiKey !== undefined) return identifyByApiKey(presented.apiKey);
    if (presented.authorization !== undefined) return identifyByToken(presented.authorization);

    if (!config.anonymousRole) {
      throw new AuthenticationError("this gateway requires credentials: an x-api-key header or an Authorization: Bearer token.");
    }
    return { id: "anonymous", roles: expandRoles([config.anonymousRole]), anonymous: true };
  };

  return async ({ headers, connectionParams }) => {
    let presented: PresentedCredentials = {};
    try {
      presented = readPresentedCredentials(headers, connectionParams);
      return await identify(presented);
    } catch (error) {
      logger.info({ event: "authentication_failed", method: methodOf(presented), reason: (error as Error).message }, "Request rejected by authentication");
      throw error;
    }
  };
}

function methodOf(presented: PresentedCredentials): "api_key" | "bearer" | "none" {
  if (presented.apiKey !== undefined) return "api_key";
  if (presented.authorization !== undefined) return "bearer";
  return "none";
}
