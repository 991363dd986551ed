import { randomUUID } from "node:crypto";

import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

import type { GatewayContext } from "../context/gateway-context.js";
import type { CallScope } from "../sagemaker/call-scope.js";
import { isClientSafe } from "../server/plugins/error-masking.js";
import type { GatewayMetrics, RejectionReason, RequestOutcome } from "./gateway-metrics.js";
import { rejectionReasonOf, summarizeVariables, type VariableSummary } from "./request-record.js";

/** Facts about one request to `/graphql`, gathered for its log line and metrics. */
type RequestRecord = {
  requestId: string;
  startedAt: number;
  /** Set once Apollo resolved an operation; null for an anonymous one. */
  operationName?: string | null;
  operationType?: string;
  errorCodes: Set<string>;
  rejection?: RejectionReason;
  estimatedCost?: number;
  variables?: VariableSummary;
  context?: GatewayContext;
};

/** Request ids taken from the client's `x-request-id`: plain tokens only, as the context factory accepts. */
const REQUEST_ID_PATTERN = /^[\w.-]{1,128}$/;

/**
 * Watches each request to `/graphql` from arrival to response and writes one
 * log line and one set of metrics for it, whether Apollo ran it or the HTTP
 * layer rejected it first. The parts fit together like this:
 *
 * - `middleware()` runs first and fixes the request id: the client's
 *   `x-request-id` when it is a plain token, otherwise a new UUID. It writes
 *   the id back to the request headers, so that the context factory uses the
 *   same id, and sends it in the `x-request-id` response header;
 * - `bindContext()` links the request's GatewayContext to it;
 * - `plugin()` adds what Apollo parsed and ran: operation, error codes, variables.
 *
 * The log line holds no header and no variable value: variables are logged
 * by name and size only.
 */
export class RequestObserver {
  private readonly byResponse = new WeakMap<Response, RequestRecord>();
  // Keyed by the call scope: Apollo hands plugins a shallow copy of the
  // context, which shares its scope with the context built for the request.
  private readonly byScope = new WeakMap<CallScope, RequestRecord>();

  constructor(private readonly deps: { logger: Logger; metrics: GatewayMetrics }) {}

  middleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const headerValue = request.headers["x-request-id"];
      const requestId = typeof headerValue === "string" && REQUEST_ID_PATTERN.test(headerValue) ? headerValue : randomUUID();
      request.headers["x-request-id"] = requestId;
      response.setHeader("x-request-id", requestId);

      const record: RequestRecord = { requestId, startedAt: performance.now(), errorCodes: new Set() };
      this.byResponse.set(response, record);
      response.once("close", () => this.finish(record, request, response));
      next();
    };
  }

  /** Links a request's context to its record; returns the context. */
  bindContext(response: Response, context: GatewayContext): GatewayContext {
    const record = this.byResponse.get(response);
    if (record) {
      record.context = context;
      this.byScope.set(context.scope, record);
    }
    return context;
  }

  /** Notes that the HTTP layer rejected a request before Apollo saw it. */
  markRejected(response: Response, reason: RejectionReason, code: string): void {
    const record = this.byResponse.get(response);
    if (!record) return;
    record.rejection = reason;
    record.errorCodes.add(code);
  }

  /** Notes the estimated SageMaker calls of a request (see queryCostPlugin). */
  noteEstimatedCost(context: GatewayContext, cost: number): void {
    const record = this.byScope.get(context.scope);
    if (record) record.estimatedCost = cost;
  }

  /** Builds the Apollo plugin that fills in each request's record. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    const records = this.byScope;
    const logger = this.deps.logger;

    return {
      async requestDidStart({ contextValue, request }) {
        const record = records.get(contextValue.scope);
        if (!record) return;
        record.variables = summarizeVariables(request.variables);

        return {
          async didResolveOperation({ operation, operationName }) {
            record.operationName = operationName;
            record.operationType = operation?.operation;
          },
          async didEncounterErrors({ errors }) {
            logInternalErrors(logger, record.requestId, errors);
          },
          async willSendResponse({ response }) {
            if (response.body.kind !== "single") return;
            const result = response.body.singleResult;
            if (!result.errors) return;

            for (const error of result.errors) record.errorCodes.add(String(error.extensions?.code));
            if (result.data === undefined) record.rejection = rejectionReasonOf(result.errors);
            result.errors = result.errors.map((error) => withRequestId(error, record.requestId));
          },
        };
      },
    };
  }

  private finish(record: RequestRecord, request: Request, response: Response): void {
    const durationMs = Math.round((performance.now() - record.startedAt) * 10) / 10;
    if (!record.rejection && response.statusCode >= 400 && response.statusCode < 500 && !record.operationType) {
      // Apollo responded before it parsed the operation, as it does for a
      // failed authentication, CSRF prevention, a body without a query or a batch.
      record.rejection = rejectionOfStatus(response.statusCode);
    }
    const outcome = outcomeOf(record, response);
    const operation = record.operationName === undefined ? "none" : (record.operationName ?? "anonymous");
    this.deps.metrics.recordRequest(operation, outcome, durationMs / 1000, outcome === "rejected" ? record.rejection : undefined);

    const upstreamCalls = record.context?.scope.upstreamCalls ?? {};
    this.deps.logger.info(
      {
        event: "graphql_request",
        requestId: record.requestId,
        method: request.method,
        httpStatus: response.statusCode,
        durationMs,
        outcome,
        operationName: record.operationName,
        operationType: record.operationType,
        errorCodes: record.errorCodes.size > 0 ? [...record.errorCodes] : undefined,
        rejection: record.rejection,
        estimatedCost: record.estimatedCost,
        upstreamCalls,
        upstreamCallCount: Object.values(upstreamCalls).reduce((sum, count) => sum + count, 0),
        variables: record.variables,
      },
      `${request.method} /graphql ${operation}: ${outcome}, HTTP ${response.statusCode} in ${durationMs} ms`,
    );
  }
}

function rejectionOfStatus(status: number): RejectionReason {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  return "bad_request";
}

function outcomeOf(record: RequestRecord, response: Response): RequestOutcome {
  if (!response.writableFinished) return "aborted";
  if (record.rejection) return "rejected";
  if (record.errorCodes.size > 0 || response.statusCode >= 400) return "error";
  return "ok";
}

/** Adds the request id to an INTERNAL_SERVER_ERROR, so that a client can quote it when reporting the failure. */
function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (error.extensions?.code !== "INTERNAL_SERVER_ERROR") return error;
  return { ...error, extensions: { ...error.extensions, requestId } };
}

/**
 * Logs the first error of a request that has no client-safe code, with its
 * stack: clients see only "Internal server error" when errors are masked.
 */
function logInternalErrors(logger: Logger, requestId: string, errors: readonly GraphQLError[]): void {
  const internal = errors.filter((error) => !isClientSafe(error.extensions?.code));
  if (internal.length === 0) return;

  const [first] = internal;
  logger.error(
    { event: "internal_error", requestId, path: first.path, err: first.originalError ?? first, similarErrors: internal.length - 1 },
    `Internal error while serving the request: ${first.message}`,
  );
}
