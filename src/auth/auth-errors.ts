import { GraphQLError } from "graphql";

import type { Role } from "./roles.js";

/**
 * The request carries no usable credentials: none when anonymous access is
 * off, or an API key or token that failed verification. The message gives the
 * reason in terms a client can act on and never quotes the key or token. It is
 * raised only while a request or connection is being authenticated, so it
 * carries the HTTP status Apollo Server answers with.
 */
export class AuthenticationError extends GraphQLError {
  constructor(reason: string) {
    super(`Authentication failed: ${reason}`, {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
}

/**
 * The caller is known but lacks the role an operation needs; `requiredRole`
 * names it. `httpStatus` is set only when the whole request is rejected before
 * execution, because inside a result the status would apply to every field.
 */
export class ForbiddenError extends GraphQLError {
  constructor(
    readonly requiredRole: Role,
    message: string,
    options: { httpStatus?: number } = {},
  ) {
    super(message, {
      extensions: {
        code: "FORBIDDEN",
        requiredRole,
        ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
      },
    });
  }
}
