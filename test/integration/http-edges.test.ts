import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { startHarness, type Harness } from "../support/gateway-harness.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ sagemaker: { fleetSize: 20 } });
});

afterAll(async () => {
  await harness?.close();
});

describe("HTTP edges", () => {
  test("unknown path is a JSON 404", async () => {
    const response = await fetch(`${harness.gateway.url}/graph`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };

    expect(response.status).toBe(404);
    expect(body.errors[0].extensions.code).toBe("NOT_FOUND");
    expect(body.errors[0].message).toContain("POST /graph");
    expect(body.errors[0].message).toContain("/graphql");
  });

  test("responses do not name the framework", async () => {
    const response = await fetch(`${harness.gateway.url}/healthz`);

    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  test("errors carry no stack trace by default", async () => {
    const response = await harness.query(`{ trainingJob(name: "bad_name") { trainingJobName } }`);

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  test("ERROR_STACK_TRACES adds them", async () => {
    const traced = await startHarness({ sagemaker: { fleetSize: 5 }, env: { ERROR_STACK_TRACES: "true" } });
    try {
      const response = await traced.query(`{ trainingJob(name: "bad_name") { trainingJobName } }`);

      expect(Array.isArray(response.errors?.[0]?.extensions?.stacktrace)).toBe(true);
    } finally {
      await traced.close();
    }
  });

  test("a bad DateTime literal names the expected format", async () => {
    const response = await harness.query(`{ trainingJobs(filter: { creationTimeAfter: "yesterday" }) { edges { cursor } } }`);

    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0]?.message).toContain("yesterday");
    expect(response.errors?.[0]?.message).toContain("ISO-8601");
  });

  test("a bad DateTime variable names the expected format", async () => {
    const response = await harness.query(
      `query($after: DateTime) { trainingJobs(filter: { creationTimeAfter: $after }) { edges { cursor } } }`,
      { after: "2024-13-45" },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("2024-13-45");
    expect(response.errors?.[0]?.message).toContain("ISO-8601");
  });
});
