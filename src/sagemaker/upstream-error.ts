import { UpstreamError, UpstreamErrorCode } from "../errors/gateway-errors.js";

/** What the AWS SDK attaches to the errors it throws; every member may be absent. */
type SdkErrorLike = {
  name?: string;
  message?: string;
  code?: string;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
};

const NOT_FOUND_MESSAGE = "Requested resource not found.";

const THROTTLING_NAMES = new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "ProvisionedThroughputExceededException",
]);
const TIMEOUT_NAMES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException", "AbortError"]);
const ACCESS_NAMES = new Set([
  "AccessDeniedException",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "ExpiredTokenException",
  "CredentialsProviderError",
]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);

/**
 * Tells whether SageMaker answered "no such job". SageMaker reports an unknown
 * training job as a `ValidationException` with this exact message rather than
 * `ResourceNotFound`, so this is the one place that reads message text.
 */
export function isNotFound(error: unknown): boolean {
  const sdkError = error as SdkErrorLike;
  return sdkError?.name === "ValidationException" && sdkError.message === NOT_FOUND_MESSAGE;
}

/** Turns any error thrown by an SDK call into a coded `UpstreamError`, by name and fault. */
export function toUpstreamError(error: unknown, operation: string): UpstreamError {
  if (error instanceof UpstreamError) return error;

  const sdkError = (error ?? {}) as SdkErrorLike;
  const name = sdkError.name ?? "Error";
  const upstream = {
    operation,
    requestId: sdkError.$metadata?.requestId,
    attempts: sdkError.$metadata?.attempts,
    errorName: name,
  };
  const attempts = upstream.attempts ? ` after ${upstream.attempts} attempt(s)` : "";

  if (THROTTLING_NAMES.has(name)) {
    return new UpstreamError(
      UpstreamErrorCode.THROTTLED,
      `SageMaker throttled ${operation}${attempts}; retry later or reduce the number of jobs requested.`,
      upstream,
    );
  }
  if (TIMEOUT_NAMES.has(name)) {
    return new UpstreamError(UpstreamErrorCode.TIMEOUT, `SageMaker did not answer ${operation} in time${attempts}.`, upstream);
  }
  if (ACCESS_NAMES.has(name)) {
    return new UpstreamError(
      UpstreamErrorCode.ACCESS_DENIED,
      `SageMaker denied ${operation} (${name}); check the gateway's AWS credentials and IAM permissions.`,
      upstream,
    );
  }
  if (sdkError.$fault === "client" && sdkError.$metadata?.httpStatusCode && sdkError.$metadata.httpStatusCode < 500) {
    return new UpstreamError(
      UpstreamErrorCode.REJECTED,
      `SageMaker rejected ${operation} (${name}): ${sdkError.message ?? "no message"}`,
      upstream,
    );
  }

  const network = sdkError.code && NETWORK_CODES.has(sdkError.code) ? ` (${sdkError.code})` : "";
  return new UpstreamError(
    UpstreamErrorCode.UNAVAILABLE,
    `SageMaker is unavailable for ${operation}${network}${attempts}; retry later.`,
    upstream,
  );
}
