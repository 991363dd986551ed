import type { GatewayConfig } from "../config/config.js";
import { startLocalSageMaker, type LocalSageMaker } from "../local-sagemaker/index.js";
import { createSageMakerClient } from "../sagemaker/client.js";

export type ConnectedSource = {
  client: ReturnType<typeof createSageMakerClient>;
  /** Human-readable origin of the jobs, for the start-up log. */
  description: string;
  /** Present when the gateway started the embedded local SageMaker. */
  localSageMaker?: LocalSageMaker;
};

/** Creates the SDK client for the configured source, starting the local SageMaker when that is the source. */
export async function connectSageMaker(config: GatewayConfig): Promise<ConnectedSource> {
  const clientSettings = {
    maxAttempts: config.sagemaker.maxAttempts,
    requestTimeoutMs: config.sagemaker.requestTimeoutMs,
  };

  if (config.source.kind === "local") {
    const localSageMaker = await startLocalSageMaker({
      host: "127.0.0.1",
      port: 0,
      fleetSize: config.local.fleetSize,
      seed: config.local.seed,
      jobsDir: config.local.jobsDir,
      progressionIntervalMs: config.local.progressionIntervalMs,
      minActiveJobs: config.local.minActiveJobs,
    });
    return {
      client: createSageMakerClient({ ...clientSettings, endpoint: localSageMaker.url, useDummyCredentials: true }),
      description: `the embedded local SageMaker at ${localSageMaker.url}`,
      localSageMaker,
    };
  }

  if (config.source.kind === "endpoint") {
    // A SageMaker-compatible server on this machine, such as the local
    // SageMaker run alone, ignores signatures. So without AWS credentials in
    // the environment the gateway signs with placeholders instead of failing.
    const useDummyCredentials = isLoopback(config.source.endpoint) && !process.env.AWS_ACCESS_KEY_ID && !process.env.AWS_PROFILE;
    return {
      client: createSageMakerClient({
        ...clientSettings,
        endpoint: config.source.endpoint,
        region: config.source.region,
        useDummyCredentials,
      }),
      description: `the SageMaker-compatible endpoint ${config.source.endpoint} (region ${config.source.region})`,
    };
  }

  const client = createSageMakerClient({ ...clientSettings, region: config.source.region });
  const region = await client.config.region();
  return { client, description: `AWS SageMaker in ${region}` };
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === "localhost" || host === "[::1]" || host.startsWith("127.");
}
