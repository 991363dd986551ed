import type { ApolloServerPlugin } from "@apollo/server";

import type { GatewayConfig } from "../../config/config.js";
import type { GatewayContext } from "../../context/gateway-context.js";
import type { RequestObserver } from "../../observability/request-observer.js";
import { queryCostPlugin } from "./query-cost.plugin.js";
import { requestDeadlinePlugin } from "./request-deadline.plugin.js";

export { apolloSettings, corsOptions, landingPagePlugin } from "./apollo-options.js";
export { bodyErrorHandler, internalErrorHandler, notFoundHandler, requireJsonBody } from "./http-edge.js";

/**
 * Creates the per-request plugins that keep a request bounded and observed:
 * the deadline on its SageMaker calls, the cost budget checked before it
 * runs, and the request observer's log line and metrics.
 */
export function requestPlugins(config: GatewayConfig, observer: RequestObserver): ApolloServerPlugin<GatewayContext>[] {
  return [
    requestDeadlinePlugin(config.limits.requestDeadlineMs),
    queryCostPlugin<GatewayContext>({
      maxCost: config.limits.maxCost,
      model: { maxUpstreamPages: config.list.maxUpstreamPages },
      onEstimate: (context, estimate) => observer.noteEstimatedCost(context, estimate.total),
    }),
    observer.plugin(),
  ];
}
