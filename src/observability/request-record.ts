import type { GraphQLFormattedError } from "graphql";

import type { RejectionReason } from "./gateway-metrics.js";

/** Variables of a request as logged: names and sizes, never values. */
export type VariableSummary = { count: number; listed: Array<{ name: string; bytes: number }> };

/** Variables listed by name in a log line; the rest are only counted. */
const MAX_LISTED_VARIABLES = 20;

/** Summarizes variables by name and JSON size in bytes; undefined when there are none. */
export function summarizeVariables(variables: Record<string, unknown> | undefined): VariableSummary | undefined {
  if (!variables) return undefined;
  const entries = Object.entries(variables);
  if (entries.length === 0) return undefined;

  return {
    count: entries.length,
    listed: entries.slice(0, MAX_LISTED_VARIABLES).map(([name, value]) => ({
      name,
      bytes: Buffer.byteLength(JSON.stringify(value) ?? ""),
    })),
  };
}

const REASON_BY_LIMIT: Record<string, RejectionReason> = {
  depth: "max_depth",
  aliases: "max_aliases",
  rootFields: "max_root_fields",
  cost: "max_cost",
};

const REASON_BY_CODE: Record<string, RejectionReason> = {
  GRAPHQL_PARSE_FAILED: "parse_failed",
  GRAPHQL_VALIDATION_FAILED: "validation_failed",
  OPERATION_RESOLUTION_FAILURE: "operation_not_found",
  BAD_USER_INPUT: "invalid_variables",
  BAD_REQUEST: "bad_request",
};

/**
 * Names the reason Apollo rejected a request that produced no `data`, from
 * its first error: the gateway limit in `extensions.limit`, or the error
 * code. Returns undefined for any other error, which is a failure rather
 * than a rejection.
 */
export function rejectionReasonOf(errors: readonly GraphQLFormattedError[]): RejectionReason | undefined {
  const first = errors[0];
  if (!first) return undefined;

  const limit = first.extensions?.limit;
  if (typeof limit === "string" && Object.hasOwn(REASON_BY_LIMIT, limit)) return REASON_BY_LIMIT[limit];
  const code = first.extensions?.code;
  return typeof code === "string" && Object.hasOwn(REASON_BY_CODE, code) ? REASON_BY_CODE[code] : undefined;
}
