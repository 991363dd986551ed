import { createClient, type Client } from "graphql-ws";
import { describe, expect, test } from "vitest";
import WebSocket from "ws";

import { startHarness } from "../support/gateway-harness.js";

const QUERY = "subscription Updates($names: [String!]) { trainingJobUpdated(names: $names) { trainingJobName changes } }";

function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
}

describe("gateway shutdown", () => {
  test("ends open subscriptions and leaves no timers", async () => {
    const timersBefore = activeTimers();
    const harness = await startHarness({ env: { SUBSCRIPTION_MIN_INTERVAL_MS: "100" } });
    const url = harness.gateway.graphqlUrl.replace(/^http/, "ws");
    const closeCodes: number[] = [];
    const ended: string[] = [];
    const clients: Client[] = [];

    const names = harness.sagemaker.jobNames().slice(0, 3);
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve) => {
            const client = createClient({
              url,
              webSocketImpl: WebSocket,
              retryAttempts: 0,
              lazy: true,
              on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
            });
            clients.push(client);
            client.subscribe({ query: QUERY, variables: { names: [name] } }, { next: () => resolve(), error: () => ended.push("error"), complete: () => ended.push("complete") });
          }),
      ),
    );
    expect(harness.gateway.jobUpdates.stats()).toMatchObject({ subscribers: 3, polling: true });

    const closing = harness.close();
    const settled = await Promise.race([closing.then(() => "closed"), new Promise((resolve) => setTimeout(() => resolve("timed out"), 5_000))]);
    await Promise.all(clients.map((client) => client.dispose()));

    expect(settled).toBe("closed");
    expect(closeCodes).toEqual([1001, 1001, 1001]);
    expect(ended).toHaveLength(3);
    expect(harness.gateway.jobUpdates.stats()).toMatchObject({ subscribers: 0, polling: false });
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });
});
