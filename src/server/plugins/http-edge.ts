import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

import type { RejectionReason } from "../../observability/gateway-metrics.js";
import { INTERNAL_ERROR_MESSAGE } from "./error-masking.js";

/** Called when the HTTP layer rejects a request before Apollo receives it. */
export type RejectionListener = (response: Response, reason: RejectionReason, code: string) => void;

/** Members that body-parser (used by `express.json`) adds to the errors it passes on. */
type BodyParserError = Error & { type?: string; status?: number; length?: number; limit?: number };

/**
 * Sends a GraphQL-shaped error response, `{ errors: [{ message, extensions }] }`,
 * so that clients read HTTP-level failures the way they read Apollo's.
 */
export function sendGraphQLError(response: Response, status: number, message: string, code: string): void {
  response.status(status).type("application/json; charset=utf-8").send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Placed after `express.json()`: rejects a POST whose body was not read as
 * JSON (a missing or other content type) with 415, and gives every other
 * request an empty body. Apollo's express integration responds with 500 when
 * `req.body` is unset, and Express 5 leaves it unset for GET requests and
 * for content types the JSON parser skips.
 */
export function requireJsonBody(onReject: RejectionListener) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.body !== undefined) return next();

    const contentType = request.headers["content-type"];
    const mediaType = contentType?.split(";")[0].trim().toLowerCase();
    if (request.method === "POST" && mediaType !== "application/json") {
      const shown = contentType === undefined ? "no content-type" : `content-type ${JSON.stringify(contentType.slice(0, 100))}`;
      onReject(response, "unsupported_media_type", "BAD_REQUEST");
      sendGraphQLError(
        response,
        415,
        `POST /graphql received ${shown}; send the body as JSON with "content-type: application/json".`,
        "BAD_REQUEST",
      );
      return;
    }
    request.body = {};
    next();
  };
}

/**
 * Turns the errors of `express.json()` into GraphQL-shaped responses: 413 for
 * a body over the size limit, 400 for invalid JSON, 415 for an unsupported
 * encoding or charset. Other errors go on to the next handler.
 */
export function bodyErrorHandler(onReject: RejectionListener) {
  return (error: BodyParserError, _request: Request, response: Response, next: NextFunction): void => {
    switch (error?.type) {
      case "entity.too.large": {
        const size = error.length === undefined ? "The request body" : `The request body of ${error.length} bytes`;
        onReject(response, "body_too_large", "BAD_REQUEST");
        sendGraphQLError(
          response,
          413,
          `${size} exceeds the limit of ${error.limit} bytes; send a shorter query or smaller variables.`,
          "BAD_REQUEST",
        );
        return;
      }
      case "entity.parse.failed":
        onReject(response, "invalid_json", "BAD_REQUEST");
        sendGraphQLError(response, 400, `The request body is not valid JSON (${error.message}); send a JSON object with a "query" string.`, "BAD_REQUEST");
        return;
      case "encoding.unsupported":
      case "charset.unsupported":
        onReject(response, "unsupported_media_type", "BAD_REQUEST");
        sendGraphQLError(response, 415, `The request body could not be decoded: ${error.message}; send it as UTF-8 JSON.`, "BAD_REQUEST");
        return;
    }

    if (error?.status !== undefined && error.status >= 400 && error.status < 500) {
      onReject(response, "bad_request", "BAD_REQUEST");
      sendGraphQLError(response, error.status, `The request body could not be read: ${error.message}.`, "BAD_REQUEST");
      return;
    }
    next(error);
  };
}

/**
 * The last error handler: logs the error and responds with 500 and a masked
 * message, so that Express's own handler never sends an HTML stack trace.
 */
/** Responds to a path the gateway does not serve with a JSON 404 that lists the paths it does serve. */
export function notFoundHandler() {
  return (request: Request, response: Response): void => {
    sendGraphQLError(
      response,
      404,
      `No such path: ${request.method} ${request.path}. GraphQL is at /graphql (POST, or GET in a browser for Apollo Sandbox); ` +
        "health checks at /healthz and /readyz; metrics at /metrics.",
      "NOT_FOUND",
    );
  };
}

export function internalErrorHandler(logger: Logger) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) return next(error);

    logger.error(
      { event: "internal_error", requestId: request.headers["x-request-id"], err: error },
      `Internal error before Apollo handled ${request.method} ${request.path}`,
    );
    sendGraphQLError(response, 500, INTERNAL_ERROR_MESSAGE, "INTERNAL_SERVER_ERROR");
  };
}
