import { ApolloServerErrorCode } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

import { UpstreamErrorCode } from "../../errors/gateway-errors.js";

/**
 * Codes of errors whose messages are written for clients. Their messages
 * stay readable when errors are masked; every other error is treated as
 * internal, so a new client-facing code must be added here.
 */
export const CLIENT_SAFE_CODES: ReadonlySet<string> = new Set([
  // Apollo Server's request and input errors.
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  // Authentication and authorization: the gateway's own and TypeGraphQL's.
  "UNAUTHENTICATED",
  "UNAUTHORIZED",
  "FORBIDDEN",
  // Outcomes of the job mutations, and subscriptions refused while stopping.
  "NOT_FOUND",
  "JOB_NOT_RUNNING",
  "SERVICE_UNAVAILABLE",
  ...Object.values(UpstreamErrorCode),
]);

export const INTERNAL_ERROR_MESSAGE = "Internal server error";

const INTROSPECTION_DISABLED_MESSAGE =
  "Introspection (__schema, __type) is disabled on this gateway; its operator can enable it with INTROSPECTION=true.";

/** Returns whether an error with this `extensions.code` is shown as it is. */
export function isClientSafe(code: unknown): boolean {
  return typeof code === "string" && CLIENT_SAFE_CODES.has(code);
}

/**
 * Builds Apollo Server's `formatError`. With `mask`, an error whose code is
 * not client-safe loses its message and every extension but the code
 * INTERNAL_SERVER_ERROR; its path and locations, which point into the
 * client's own query, stay. The request log plugin adds the request id to
 * these errors and logs the original.
 */
export function createErrorFormatter(options: { mask: boolean }) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (formatted.extensions?.validationErrorCode === "INTROSPECTION_DISABLED") {
      // Apollo's own text asks developers to change ApolloServer's options, which gateway users cannot do.
      return { ...formatted, message: INTROSPECTION_DISABLED_MESSAGE };
    }
    if (!options.mask || isClientSafe(formatted.extensions?.code)) return formatted;

    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
