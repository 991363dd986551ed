/**
 * Callers and roles: API keys and JWT bearer tokens become a `Caller`, roles
 * gate operations, and secret-looking values are redacted for non-admins.
 */
export { AuthenticationError, ForbiddenError } from "./auth-errors.js";
export { readAuthConfig, type ApiKeyEntry, type AuthConfig, type JwtConfig, type JwtKeySource } from "./auth.config.js";
export { logAuthSettings } from "./auth-settings.log.js";
export { createAuthenticator } from "./authenticator.js";
export { RedactionResolver } from "./redaction.resolver.js";
export { requireRole } from "./require-role.js";
export { roleAuthChecker } from "./role.auth-checker.js";
export { expandRoles, isRole, ROLES, type Role } from "./roles.js";
export { DEFAULT_SECRET_VALUE_POLICY, SecretValuePolicy } from "./secret-values.js";
