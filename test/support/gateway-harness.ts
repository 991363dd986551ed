import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { pino } from "pino";

import { readConfig, type GatewayConfig } from "../../src/config/config.js";
import { startLocalSageMaker, type LocalSageMaker, type LocalSageMakerOptions } from "../../src/local-sagemaker/index.js";
import { startGateway, type RunningGateway } from "../../src/server/gateway.js";

export type GraphQLResponse<T> = {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
};

export type Harness = {
  gateway: RunningGateway;
  sagemaker: LocalSageMaker;
  /** Sends a query over HTTP to the gateway and returns the parsed body. */
  query<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** SageMaker calls served by the local SageMaker since the last reset, by operation. */
  calls(): Record<string, number>;
  resetCalls(): void;
  close(): Promise<void>;
};

/**
 * Starts a local SageMaker and a gateway that reaches it over HTTP through the
 * AWS SDK, both on loopback ports picked by the system.
 */
export async function startHarness(
  options: { sagemaker?: Partial<LocalSageMakerOptions>; env?: Record<string, string>; config?: (config: GatewayConfig) => GatewayConfig } = {},
): Promise<Harness> {
  const sagemaker = await startLocalSageMaker({ fleetSize: 300, seed: 7, progressionIntervalMs: 0, ...options.sagemaker });
  const env = {
    AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url,
    AWS_REGION: "us-east-1",
    PORT: "0",
    HOST: "127.0.0.1",
    SAGEMAKER_MAX_ATTEMPTS: "1",
    ...options.env,
  };
  let config = readConfig(env);
  if (options.config) config = options.config(config);

  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const gateway = await startGateway(config, { logger });

  return {
    gateway,
    sagemaker,
    query: async (document, variables, headers = {}) => {
      const response = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    calls: () => Object.fromEntries(Object.entries(sagemaker.stats()).filter(([, count]) => count > 0)),
    resetCalls: () => sagemaker.resetStats(),
    close: async () => {
      await gateway.close();
      await sagemaker.close();
    },
  };
}
