import type { Express } from "express";

import type { GatewayMetrics } from "./gateway-metrics.js";
import { PROMETHEUS_CONTENT_TYPE } from "./prometheus-text.js";
import type { ReadinessCheck } from "./readiness.js";

/**
 * Adds the endpoints for orchestrators and monitoring:
 *
 * - `GET /healthz`: 200 while the process serves HTTP (liveness);
 * - `GET /readyz`: 200 when a SageMaker call succeeded recently or a probe
 *   call succeeds, 503 otherwise and while the gateway stops (readiness);
 * - `GET /metrics`: the Prometheus metrics.
 *
 * None of them needs credentials, so none should be reachable from outside
 * the deployment's network.
 */
export function addOperationalRoutes(app: Express, deps: { readiness: ReadinessCheck; metrics: GatewayMetrics }): void {
  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });

  app.get("/readyz", async (_request, response) => {
    const state = await deps.readiness.check();
    response.status(state.ready ? 200 : 503).json(state.ready ? { status: "ready", ...state } : { status: "not_ready", ...state });
  });

  app.get("/metrics", (_request, response) => {
    response.type(PROMETHEUS_CONTENT_TYPE).send(deps.metrics.render());
  });
}
