import type { GatewayContext } from "../context/gateway-context.js";
import type { JobWatcher } from "./job-watcher.js";

/**
 * Context of an operation received over graphql-ws. Besides the usual
 * members it contains the process's JobWatcher and a factory of per-event
 * contexts. Each event resolves `job` with loaders of its own, so that one
 * event never reuses values loaded for another.
 */
export type SubscriptionContext = GatewayContext & {
  jobUpdates: JobWatcher;
  /** Builds a context with a new request id and new loaders for the same caller. */
  createEventContext(): GatewayContext;
};

export function isSubscriptionContext(context: GatewayContext): context is SubscriptionContext {
  return "jobUpdates" in context && "createEventContext" in context;
}
