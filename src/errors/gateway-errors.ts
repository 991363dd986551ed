import { GraphQLError } from "graphql";

/**
 * Codes the gateway adds to Apollo's own (`BAD_USER_INPUT`, `UNAUTHENTICATED`,
 * `FORBIDDEN`, `GRAPHQL_VALIDATION_FAILED`, ...). Clients branch on these, so
 * they are part of the public contract.
 */
export const UpstreamErrorCode = {
  /** SageMaker kept throttling after the retries. */
  THROTTLED: "UPSTREAM_THROTTLED",
  /** SageMaker answered with a server error, an unreadable body, or not at all. */
  UNAVAILABLE: "UPSTREAM_UNAVAILABLE",
  /** SageMaker did not answer within the time limit. */
  TIMEOUT: "UPSTREAM_TIMEOUT",
  /** SageMaker rejected the gateway's credentials or permissions. */
  ACCESS_DENIED: "UPSTREAM_ACCESS_DENIED",
  /** SageMaker rejected a request for a reason the caller can act on. */
  REJECTED: "UPSTREAM_REJECTED",
} as const;

export type UpstreamErrorCode = (typeof UpstreamErrorCode)[keyof typeof UpstreamErrorCode];

/** Invalid arguments; the message quotes the value and the rule it breaks. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...details } });
  }
}

/** A SageMaker call that failed; carries the operation and SageMaker's request id. */
export class UpstreamError extends GraphQLError {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    readonly upstream: { operation: string; requestId?: string; attempts?: number; errorName?: string },
  ) {
    super(message, {
      extensions: {
        code,
        operation: upstream.operation,
        ...(upstream.requestId ? { upstreamRequestId: upstream.requestId } : {}),
      },
    });
  }
}
