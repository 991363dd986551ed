import type { AuthCheckerFn } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { requireRole } from "./require-role.js";
import { ROLES } from "./roles.js";

/**
 * Decides `@Authorized(...roles)` fields: the caller needs one of the listed
 * roles, and roles include the lower ones (see roles.ts). A denied caller gets
 * a FORBIDDEN error naming the weakest listed role, instead of TypeGraphQL's
 * uncoded "Access denied".
 */
export const roleAuthChecker: AuthCheckerFn<GatewayContext> = ({ context, info }, roles) => {
  const weakest = ROLES.find((role) => roles.includes(role));
  if (!weakest) {
    throw new Error(`@Authorized on ${info.parentType.name}.${info.fieldName} lists no gateway role (${roles.join(", ")}); use one of ${ROLES.join(", ")}.`);
  }

  requireRole(context.caller, weakest, `${info.parentType.name}.${info.fieldName}`);
  return true;
};
