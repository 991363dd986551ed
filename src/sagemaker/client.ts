import { SageMakerClient, type SageMakerClientConfig } from "@aws-sdk/client-sagemaker";

export type SageMakerClientSettings = {
  /** Absent means AWS's own endpoint for the region. */
  endpoint?: string;
  region?: string;
  maxAttempts: number;
  requestTimeoutMs: number;
  /** Static credentials for the local SageMaker, which ignores signatures. */
  useDummyCredentials?: boolean;
};

/**
 * Builds the one SDK client of the process. Region and credentials come from
 * the SDK's standard chain unless given, so `AWS_REGION`, profiles, IAM roles
 * and `AWS_ENDPOINT_URL_SAGEMAKER` work as in any AWS tool. Retries use the
 * SDK's standard mode: exponential backoff with jitter, longer after a
 * ThrottlingException, within a retry quota that successes refill. The
 * gateway's per-operation concurrency limit bounds the load on SageMaker.
 */
export function createSageMakerClient(settings: SageMakerClientSettings): SageMakerClient {
  // The SDK warns on Node 20 that its releases after early January 2027 need
  // Node 22. The project pins a release that supports Node 20, so the warning
  // does not apply; the variable is the SDK's documented switch.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

  const config: SageMakerClientConfig = {
    maxAttempts: settings.maxAttempts,
    // Not "adaptive": after a throttle, adaptive mode makes every call of the
    // client wait for a send token. At low traffic that is one call every
    // 2 s, the minimum fill rate of @smithy/core 3.41's DefaultRateLimiter.
    // The wait cannot be cancelled, and calls cut by the request deadline
    // still spend tokens later. In the fault tests (deadline 3 s) the gateway
    // took 8 s to serve at full speed after a throttle ended, and a page of
    // Describe calls did not recover in 20 s.
    retryMode: "standard",
    requestHandler: {
      requestTimeout: settings.requestTimeoutMs,
      // Without it, @smithy/node-http-handler 4 only prints a warning when an
      // attempt passes requestTimeout and keeps waiting for the response.
      throwOnRequestTimeout: true,
      connectionTimeout: Math.min(settings.requestTimeoutMs, 3_000),
    },
  };

  if (settings.endpoint) config.endpoint = settings.endpoint;
  if (settings.region) config.region = settings.region;
  if (settings.useDummyCredentials) {
    config.region ??= "us-east-1";
    config.credentials = { accessKeyId: "local", secretAccessKey: "local" };
  }
  return new SageMakerClient(config);
}
