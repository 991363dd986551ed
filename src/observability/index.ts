import type { Logger } from "pino";

import type { SageMakerApi } from "../sagemaker/sagemaker-api.js";
import type { SharedJobCache } from "../sagemaker/shared-job-cache.js";
import type { UpstreamMetrics } from "../sagemaker/upstream-metrics.js";
import { GatewayMetrics } from "./gateway-metrics.js";
import { ReadinessCheck } from "./readiness.js";
import { RequestObserver } from "./request-observer.js";

export { addOperationalRoutes } from "./operational-routes.js";
export { GatewayMetrics, type RejectionReason, type RequestOutcome } from "./gateway-metrics.js";
export { ReadinessCheck, type ReadinessState } from "./readiness.js";
export { RequestObserver } from "./request-observer.js";

/** The metrics, request observer and readiness check of one gateway. */
export type Observability = {
  metrics: GatewayMetrics;
  observer: RequestObserver;
  readiness: ReadinessCheck;
};

/** Builds the observability parts of one gateway over its access layer. */
export function createObservability(deps: {
  logger: Logger;
  api: SageMakerApi;
  upstream: UpstreamMetrics;
  cache: SharedJobCache;
  /** READINESS_WINDOW_MS. */
  readinessWindowMs: number;
  /** Time a readiness probe may take; the request deadline is used. */
  probeTimeoutMs: number;
}): Observability {
  const metrics = new GatewayMetrics({ upstream: deps.upstream, cache: deps.cache });
  return {
    metrics,
    observer: new RequestObserver({ logger: deps.logger, metrics }),
    readiness: new ReadinessCheck({ api: deps.api, logger: deps.logger, windowMs: deps.readinessWindowMs, probeTimeoutMs: deps.probeTimeoutMs }),
  };
}
