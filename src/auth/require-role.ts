import type { Caller } from "../context/gateway-context.js";
import { ForbiddenError } from "./auth-errors.js";
import { highestRole, type Role } from "./roles.js";

/**
 * Throws FORBIDDEN unless the caller has `role` (directly or through a
 * higher role). The message names the operation, the role it needs and the
 * role the caller has; `extensions.requiredRole` carries the role.
 */
export function requireRole(caller: Caller, role: Role, operation: string): void {
  if (caller.roles.has(role)) return;

  const heldRole = highestRole(caller.roles);
  const holder = caller.anonymous ? "anonymous callers have" : `the caller "${caller.id}" has`;
  const fix = caller.anonymous ? " Send an API key or a bearer token with that role." : "";
  throw new ForbiddenError(role, `${operation} requires the "${role}" role; ${holder} ${heldRole ? `"${heldRole}"` : "no role"}.${fix}`);
}
