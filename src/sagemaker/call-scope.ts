import type { Logger } from "pino";

/**
 * The part of one GraphQL request that the access layer uses: its id and
 * logger for the per-call log lines, and a tally of the calls it caused, which
 * the request log line reports.
 */
export type CallScope = {
  requestId: string;
  logger: Logger;
  upstreamCalls: Record<string, number>;
  /** Aborts at the request's deadline; calls still waiting or in flight then fail with UPSTREAM_TIMEOUT. */
  signal?: AbortSignal;
};

export function countCall(scope: CallScope, operation: string): void {
  scope.upstreamCalls[operation] = (scope.upstreamCalls[operation] ?? 0) + 1;
}
