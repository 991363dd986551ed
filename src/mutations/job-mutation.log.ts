import type { GraphQLError } from "graphql";

import type { GatewayContext } from "../context/gateway-context.js";

/** The three ways a mutation ends, as logged. */
type MutationOutcome = "succeeded" | "rejected" | "failed";

/**
 * Runs one job mutation and writes one JSON log line about it: the operation,
 * the job, the caller id, the outcome, the error code when it did not
 * succeed, and the duration. "rejected" means the gateway or SageMaker
 * rejected the request (a coded client error), and "failed" means anything
 * else. The line contains neither credentials nor the mutation's other
 * arguments.
 */
export async function runLoggedMutation<T>(
  context: GatewayContext,
  mutation: { operation: string; job: string },
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const log = (outcome: MutationOutcome, code?: string) => {
    const line = {
      event: "job_mutation",
      operation: mutation.operation,
      job: mutation.job,
      callerId: context.caller.id,
      outcome,
      ...(code ? { code } : {}),
      durationMs: Math.round(performance.now() - started),
    };
    const message = `${mutation.operation} on ${JSON.stringify(mutation.job)} by ${JSON.stringify(context.caller.id)} ${outcome}`;
    if (outcome === "failed") context.logger.warn(line, message);
    else context.logger.info(line, message);
  };

  try {
    const result = await run();
    log("succeeded");
    return result;
  } catch (error) {
    const code = (error as Partial<GraphQLError>).extensions?.code;
    log(typeof code === "string" && CLIENT_ERROR_CODES.has(code) ? "rejected" : "failed", typeof code === "string" ? code : undefined);
    throw error;
  }
}

/** Codes of requests that the gateway or SageMaker rejected, as opposed to failures. */
const CLIENT_ERROR_CODES = new Set(["BAD_USER_INPUT", "FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND", "JOB_NOT_RUNNING", "UPSTREAM_REJECTED"]);
