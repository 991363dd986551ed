import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalServiceError } from "../service-error.js";
import { handleAwsJsonCall, type AwsJsonDependencies } from "./aws-json-protocol.js";
import { CONTROL_PREFIX, handleControlCall, type ControlTarget } from "./control-routes.js";
import { sendServiceError } from "./wire-response.js";

/** Receives an error that no handler expected, with the request it broke. */
export type InternalErrorListener = (error: unknown, request: { method?: string; url?: string; requestId: string }) => void;

export type RouterDependencies = {
  awsJson: AwsJsonDependencies;
  control: ControlTarget;
  onInternalError: InternalErrorListener;
};

/**
 * Entry point of every HTTP request: gives it a request id (a fresh UUID in
 * `x-amzn-RequestId`, as SageMaker sends), sends `/_local/` paths to the
 * control API and `POST /` to the SageMaker protocol. Other paths get 404,
 * other methods on `/` get 405. An unexpected error becomes a 500
 * InternalFailure and is reported to `onInternalError`.
 */
export async function routeRequest(request: IncomingMessage, response: ServerResponse, deps: RouterDependencies): Promise<void> {
  const requestId = randomUUID();
  response.setHeader("x-amzn-RequestId", requestId);
  const path = (request.url ?? "/").split("?")[0];

  try {
    if (path.startsWith(CONTROL_PREFIX)) {
      await handleControlCall(request, response, deps.control);
    } else if (path !== "/") {
      throw new LocalServiceError(
        "NotFound",
        `No route for ${request.method} ${path}. SageMaker calls go to POST /, control calls to ${CONTROL_PREFIX}...`,
        404,
      );
    } else if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      throw new LocalServiceError("MethodNotAllowed", `Method ${request.method} is not allowed on /. SageMaker calls use POST.`, 405);
    } else {
      await handleAwsJsonCall(request, response, deps.awsJson);
    }
  } catch (error) {
    if (error instanceof LocalServiceError) {
      sendServiceError(response, error);
      return;
    }
    deps.onInternalError(error, { method: request.method, url: request.url, requestId });
    const message = `The local SageMaker failed on this request (${(error as Error).message ?? String(error)}). Its log has the details under request id ${requestId}.`;
    sendServiceError(response, new LocalServiceError("InternalFailure", message, 500));
  }
}
