import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

import type { Logger } from "pino";

import { DEFAULT_SECRET_VALUE_POLICY, type SecretValuePolicy } from "../auth/secret-values.js";
import type { Caller, GatewayContext } from "../context/gateway-context.js";
import type { CallScope } from "../sagemaker/call-scope.js";
import { TrainingJobGateway, type SageMakerAccess } from "../sagemaker/training-job-gateway.js";

/** Establishes who sent a request from its headers (HTTP) or connection parameters (WebSocket). */
export type Authenticator = (credentials: { headers: IncomingHttpHeaders; connectionParams?: Record<string, unknown> }) => Promise<Caller>;

/** Creates the per-request facade over SageMaker; the benchmark swaps in a naive one. */
export type TrainingJobsFactory = (access: SageMakerAccess, scope: CallScope) => TrainingJobGateway;

/**
 * Builds the context of each request: a request id (the client's
 * `x-request-id` when it is a plain token, otherwise a new UUID), a logger
 * bound to it, the caller, and fresh per-request loaders. It also carries the
 * policy for secret-looking values. Without one, the redaction resolvers hide
 * them from every caller but admins.
 */
export function createContextFactory(deps: {
  access: SageMakerAccess;
  logger: Logger;
  trainingJobsFactory?: TrainingJobsFactory;
  secretValues?: SecretValuePolicy;
}) {
  const createTrainingJobs = deps.trainingJobsFactory ?? ((access, scope) => new TrainingJobGateway(access, scope));

  const secretValues = deps.secretValues ?? DEFAULT_SECRET_VALUE_POLICY;

  return (caller: Caller, headers: IncomingHttpHeaders = {}): GatewayContext => {
    const requestId = requestIdFrom(headers) ?? randomUUID();
    const logger = deps.logger.child({ requestId });
    const scope: CallScope = { requestId, logger, upstreamCalls: {} };

    return { requestId, logger, caller, scope, trainingJobs: createTrainingJobs(deps.access, scope), secretValues };
  };
}

function requestIdFrom(headers: IncomingHttpHeaders): string | undefined {
  const value = headers["x-request-id"];
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^[\w.-]{1,128}$/.test(first) ? first : undefined;
}
