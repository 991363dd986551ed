import { setMaxListeners } from "node:events";

import type { ApolloServerPlugin } from "@apollo/server";

import type { GatewayContext } from "../../context/gateway-context.js";

/**
 * Time kept back from the deadline, in milliseconds, to finish the response
 * after SageMaker calls are cancelled: a tenth of the deadline, at most 250.
 */
export function responseReserveMs(deadlineMs: number): number {
  return Math.min(250, Math.floor(deadlineMs / 10));
}

/**
 * Gives each GraphQL request a deadline: an AbortSignal on its call scope
 * that aborts `deadlineMs - responseReserveMs(deadlineMs)` after the request
 * starts. The access layer then cancels the calls in flight and sends no new
 * ones, so the fields that still wait for SageMaker fail with
 * UPSTREAM_TIMEOUT. The response goes out within `deadlineMs`, however long
 * the SDK's timeouts and retries would have taken.
 */
export function requestDeadlinePlugin(deadlineMs: number): ApolloServerPlugin<GatewayContext> {
  const cutoffMs = deadlineMs - responseReserveMs(deadlineMs);

  return {
    async requestDidStart({ contextValue }) {
      const controller = new AbortController();
      // Each call in flight adds a listener; a page of 100 Describe calls
      // would otherwise trip Node's leak warning at 11 listeners.
      setMaxListeners(0, controller.signal);
      const timer = setTimeout(() => {
        const reason = new Error(`the request deadline of ${deadlineMs} ms passed`);
        reason.name = "TimeoutError";
        controller.abort(reason);
      }, cutoffMs);
      timer.unref();

      contextValue.scope.signal = controller.signal;
      return {
        async willSendResponse() {
          clearTimeout(timer);
        },
      };
    },
  };
}
