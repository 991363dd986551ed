import { createClient } from "graphql-ws";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";

import { readConfig } from "../../src/config/config.js";
import { startGateway, type RunningGateway } from "../../src/server/gateway.js";

let gateway: RunningGateway;

beforeAll(async () => {
  // The one-command demo: the embedded local SageMaker, no credentials, jobs
  // that progress on their own (here every 100 ms instead of every 5 s).
  const config = readConfig({
    PORT: "0",
    LOCAL_SAGEMAKER_FLEET_SIZE: "120",
    LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS: "100",
    SUBSCRIPTION_MIN_INTERVAL_MS: "100",
    SUBSCRIPTION_MAX_CALLS_PER_SECOND: "50",
  });
  gateway = await startGateway(config, { logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await gateway?.close();
});

describe("embedded local SageMaker", () => {
  test("anonymous subscriber sees jobs progress", async () => {
    const client = createClient({ url: gateway.graphqlUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const changes: string[][] = [];

    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no status change within 5 s; got ${JSON.stringify(changes)}`)), 5_000);
      client.subscribe<{ trainingJobUpdated: { changes: string[] } }>(
        { query: "subscription { trainingJobUpdated(filter: { statusEquals: IN_PROGRESS }) { changes job { trainingJobStatus } } }" },
        {
          next: (result) => {
            changes.push(result.data?.trainingJobUpdated.changes ?? []);
            clearTimeout(timeout);
            resolve();
          },
          error: (error) => reject(new Error(JSON.stringify(error))),
          complete: () => {},
        },
      );
    });
    await client.dispose();

    expect(changes[0]).toEqual(expect.arrayContaining([expect.stringMatching(/^(TRAINING_JOB_STATUS|SECONDARY_STATUS)$/)]));
  });
});
