import type { IncomingMessage, ServerResponse } from "node:http";
import { FAULT_ERROR_STATUS, faultsFor, type Behaviour } from "../behaviour/behaviour.js";
import type { CallStats } from "../behaviour/call-stats.js";
import type { Delays } from "../behaviour/delays.js";
import type { FaultInjector } from "../behaviour/fault-injector.js";
import type { OperationThrottle } from "../behaviour/token-bucket.js";
import type { OperationContext } from "../operations/operation-context.js";
import { OPERATION_HANDLERS } from "../operations/operation-handlers.js";
import { isOperationName, OPERATION_NAMES, type OperationName } from "../operations/operation-names.js";
import { LocalServiceError, serializationError, throttlingError } from "../service-error.js";
import type { RequestBody } from "../validation/request-members.js";
import { readRequestBody } from "./request-body.js";
import { sendJson, sendMalformedJson, sendServiceError, sendThenReset } from "./wire-response.js";

/** Dependencies of the protocol handler, one instance per server. */
export type AwsJsonDependencies = {
  context: OperationContext;
  behaviour: () => Behaviour;
  throttle: OperationThrottle;
  faults: FaultInjector;
  stats: CallStats;
  delays: Delays;
};

const TARGET_PREFIX = "SageMaker.";

/** Messages of the injected server errors, worded like AWS's generic ones. */
const FAULT_MESSAGES = {
  InternalFailure: "The request processing has failed because of an unknown error, exception or failure.",
  ServiceUnavailable: "The request has failed due to a temporary failure of the server.",
  ThrottlingException: "Rate exceeded",
} as const;

/**
 * Handles one `POST /` call of the AWS JSON 1.1 protocol, in these steps:
 * 1. Find the operation in `X-Amz-Target`.
 * 2. Take a token from the operation's bucket; an empty bucket means ThrottlingException.
 * 3. Wait the configured latency.
 * 4. Return an injected error if one fires.
 * 5. Parse the body and run the operation.
 * 6. Cut the connection or spoil the body if a fault fires.
 */
export async function handleAwsJsonCall(request: IncomingMessage, response: ServerResponse, deps: AwsJsonDependencies): Promise<void> {
  const operation = readOperation(request.headers["x-amz-target"]);
  const bodyText = await readRequestBody(request);
  const behaviour = deps.behaviour();

  const admitted = deps.throttle.admit(operation);
  const decision = admitted ? deps.faults.decide(faultsFor(behaviour, operation)) : undefined;
  const latency = behaviour.latencyMs + (behaviour.latencyMsByOperation[operation] ?? 0) + (decision?.extraDelayMs ?? 0);
  await deps.delays.wait(latency);

  if (!admitted || decision?.error === "ThrottlingException") {
    deps.stats.record("throttled", operation);
    sendServiceError(response, throttlingError());
    return;
  }
  if (decision?.error !== undefined) {
    deps.stats.record("failed", operation);
    sendServiceError(response, new LocalServiceError(decision.error, FAULT_MESSAGES[decision.error], FAULT_ERROR_STATUS[decision.error]));
    return;
  }

  const result = runOperation(operation, bodyText, deps.context);
  deps.stats.record("served", operation);
  if (result instanceof LocalServiceError) {
    sendServiceError(response, result);
  } else if (decision?.reset) {
    deps.stats.record("failed", operation);
    sendThenReset(response, result);
  } else if (decision?.malformed) {
    deps.stats.record("failed", operation);
    sendMalformedJson(response, result);
  } else {
    sendJson(response, 200, result);
  }
}

function readOperation(target: string | string[] | undefined): OperationName {
  const value = Array.isArray(target) ? target[0] : target;
  const operation = value?.startsWith(TARGET_PREFIX) ? value.slice(TARGET_PREFIX.length) : undefined;
  if (operation !== undefined && isOperationName(operation)) return operation;

  const served = OPERATION_NAMES.map((name) => TARGET_PREFIX + name).join(", ");
  throw new LocalServiceError(
    "UnknownOperationException",
    `Unknown X-Amz-Target ${JSON.stringify(value ?? null)}. The local SageMaker serves ${served}.`,
  );
}

/** Runs the operation; its expected failures come back as the error to send, anything else is thrown. */
function runOperation(operation: OperationName, bodyText: string, context: OperationContext): Record<string, unknown> | LocalServiceError {
  try {
    return OPERATION_HANDLERS[operation](parseBody(bodyText), context);
  } catch (error) {
    if (error instanceof LocalServiceError) return error;
    throw error;
  }
}

/** Parses the request body. An empty body counts as `{}`, because every input member can be optional. */
function parseBody(text: string): RequestBody {
  if (text.trim() === "") return {};

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw serializationError(`Request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw serializationError("Request body must be a JSON object with the operation's input members.");
  }
  return parsed as RequestBody;
}
