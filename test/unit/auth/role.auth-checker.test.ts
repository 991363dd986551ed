import type { GraphQLResolveInfo } from "graphql";
import { describe, expect, test } from "vitest";

import { requireRole } from "../../../src/auth/require-role.js";
import { roleAuthChecker } from "../../../src/auth/role.auth-checker.js";
import type { Caller, GatewayContext } from "../../../src/context/gateway-context.js";

const operator: Caller = { id: "ops", roles: new Set(["viewer", "operator"]), anonymous: false };
const anonymousViewer: Caller = { id: "anonymous", roles: new Set(["viewer"]), anonymous: true };
const info = { parentType: { name: "Mutation" }, fieldName: "stopTrainingJob" } as unknown as GraphQLResolveInfo;

function check(caller: Caller, roles: string[]): unknown {
  return roleAuthChecker({ context: { caller } as GatewayContext, info, args: {}, root: undefined }, roles);
}

describe("roleAuthChecker", () => {
  test("caller with the role passes", () => {
    expect(check(operator, ["operator"])).toBe(true);
  });

  test("any listed role is enough", () => {
    expect(check(operator, ["admin", "operator"])).toBe(true);
  });

  test("denial names the weakest listed role", () => {
    expect(() => check(anonymousViewer, ["admin", "operator"])).toThrow(
      'Mutation.stopTrainingJob requires the "operator" role; anonymous callers have "viewer". Send an API key or a bearer token with that role.',
    );
  });

  test("unknown role names are a programming error", () => {
    expect(() => check(operator, ["superuser"])).toThrow(/lists no gateway role \(superuser\)/);
  });
});

describe("requireRole", () => {
  test("error carries FORBIDDEN and the role", () => {
    let extensions: unknown;
    try {
      requireRole(operator, "admin", "TrainingJob.environment");
    } catch (error) {
      extensions = (error as { extensions: unknown }).extensions;
    }

    expect(extensions).toEqual({ code: "FORBIDDEN", requiredRole: "admin" });
  });

  test("caller without roles is described", () => {
    const nobody: Caller = { id: "bot", roles: new Set(), anonymous: false };

    expect(() => requireRole(nobody, "viewer", "Query.trainingJob")).toThrow('Query.trainingJob requires the "viewer" role; the caller "bot" has no role.');
  });
});
