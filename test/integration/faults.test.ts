import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { OperationFaults } from "../../src/local-sagemaker/index.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

/**
 * Injects each fault kind of the local SageMaker on each operation a query
 * depends on. Under each, the gateway responds within its deadline, marks the
 * affected fields with an upstream code and serves the rest. Once the fault
 * ends, it serves the next request normally.
 */
const DEADLINE_MS = 1_500;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    env: {
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      SAGEMAKER_REQUEST_TIMEOUT_MS: "300",
      SAGEMAKER_MAX_ATTEMPTS: "2",
      // Every request must reach the local SageMaker, so nothing is cached.
      CACHE_MAX_ENTRIES: "0",
    },
  });
});

afterAll(async () => {
  await harness?.close();
});

type Body = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
};

type Result = { status: number; body: Body; elapsedMs: number };

async function timedQuery(query: string, variables?: Record<string, unknown>): Promise<Result> {
  const started = performance.now();
  const response = await fetch(harness.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body;
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

type FaultKind = { kind: string; faults: Partial<OperationFaults>; code: string };

const FAULT_KINDS: FaultKind[] = [
  { kind: "500 InternalFailure", faults: { errorRate: 1, errorType: "InternalFailure" }, code: "UPSTREAM_UNAVAILABLE" },
  { kind: "503 ServiceUnavailable", faults: { errorRate: 1, errorType: "ServiceUnavailable" }, code: "UPSTREAM_UNAVAILABLE" },
  { kind: "slow answers", faults: { slowMs: 5_000 }, code: "UPSTREAM_TIMEOUT" },
  { kind: "connection reset", faults: { resetRate: 1 }, code: "UPSTREAM_UNAVAILABLE" },
  { kind: "malformed JSON", faults: { malformedRate: 1 }, code: "UPSTREAM_UNAVAILABLE" },
  { kind: "throttling", faults: { errorRate: 1, errorType: "ThrottlingException" }, code: "UPSTREAM_THROTTLED" },
];

const LIST_QUERY = "{ trainingJobs(first: 3) { edges { node { trainingJobName trainingJobStatus } } } }";
const SEARCH_QUERY = "{ trainingJobs(first: 3) { edges { node { trainingJobName trainingJobStatus roleArn } } } }";
const DESCRIBE_LIST_QUERY = "{ trainingJobs(first: 3) { edges { node { trainingJobName billableTokenCount } } } }";
const DESCRIBE_ONE_QUERY =
  "query($name: String!) { trainingJob(name: $name) { trainingJobName billableTokenCount } trainingJobs(first: 2) { edges { node { trainingJobName } } } }";

type Edges = { edges: Array<{ node: Record<string, unknown> }> };

function listedNames(body: Body): unknown[] {
  return (body.data?.trainingJobs as Edges).edges.map((edge) => edge.node.trainingJobName);
}

function errorsAt(body: Body): Array<[unknown, unknown]> {
  return (body.errors ?? []).map((error) => [error.path, error.extensions?.code]);
}

/** Runs a query with `faults` on `operation`, then once more without them. */
async function underFault(operation: string, faults: Partial<OperationFaults>, run: () => Promise<Result>): Promise<{ faulted: Result; recovered: Result }> {
  harness.sagemaker.setBehaviour({ faults: { [operation]: faults } });
  let faulted;
  try {
    faulted = await run();
  } finally {
    harness.sagemaker.setBehaviour({ faults: {} });
  }
  return { faulted, recovered: await run() };
}

describe.each(FAULT_KINDS)("$kind", ({ faults, code }) => {
  test("ListTrainingJobs fails the list", async () => {
    const { faulted, recovered } = await underFault("ListTrainingJobs", faults, () => timedQuery(LIST_QUERY));

    expect(faulted.status).toBe(200);
    expect(faulted.elapsedMs).toBeLessThan(DEADLINE_MS);
    expect(errorsAt(faulted.body)).toEqual([[["trainingJobs"], code]]);
    expect(faulted.body.errors?.[0].extensions?.operation).toBe("ListTrainingJobs");
    expect(recovered.body.errors).toBeUndefined();
    expect(listedNames(recovered.body)).toHaveLength(3);
  });

  test("Search fails details, summaries stay", async () => {
    const baseline = await timedQuery(LIST_QUERY);

    const { faulted, recovered } = await underFault("Search", faults, () => timedQuery(SEARCH_QUERY));

    expect(faulted.status).toBe(200);
    expect(faulted.elapsedMs).toBeLessThan(DEADLINE_MS);
    expect(listedNames(faulted.body)).toEqual(listedNames(baseline.body));
    expect(errorsAt(faulted.body)).toEqual([0, 1, 2].map((index) => [["trainingJobs", "edges", index, "node", "roleArn"], code]));
    expect(recovered.body.errors).toBeUndefined();
  });

  test("DescribeTrainingJob fails Describe-only fields of a list", async () => {
    const baseline = await timedQuery(LIST_QUERY);

    const { faulted, recovered } = await underFault("DescribeTrainingJob", faults, () => timedQuery(DESCRIBE_LIST_QUERY));

    expect(faulted.elapsedMs).toBeLessThan(DEADLINE_MS);
    expect(listedNames(faulted.body)).toEqual(listedNames(baseline.body));
    expect(errorsAt(faulted.body)).toEqual([0, 1, 2].map((index) => [["trainingJobs", "edges", index, "node", "billableTokenCount"], code]));
    expect(recovered.body.errors).toBeUndefined();
  });

  test("DescribeTrainingJob fails one job, the list beside it stays", async () => {
    const name = harness.sagemaker.jobNames()[0];

    const { faulted, recovered } = await underFault("DescribeTrainingJob", faults, () => timedQuery(DESCRIBE_ONE_QUERY, { name }));

    expect(faulted.elapsedMs).toBeLessThan(DEADLINE_MS);
    expect(faulted.body.data?.trainingJob).toBeNull();
    expect(errorsAt(faulted.body)).toEqual([[["trainingJob"], code]]);
    expect(listedNames(faulted.body)).toHaveLength(2);
    expect(recovered.body.data?.trainingJob).toMatchObject({ trainingJobName: name });
  });
});

describe("throttling burst", () => {
  test("every request gets served or throttled fields", async () => {
    harness.sagemaker.setBehaviour({ throttle: { DescribeTrainingJob: { ratePerSecond: 5, burst: 3 } } });
    const names = harness.sagemaker.jobNames().slice(0, 12);

    let results;
    try {
      results = await Promise.all(names.map((name) => timedQuery(DESCRIBE_ONE_QUERY, { name })));
    } finally {
      harness.sagemaker.setBehaviour({ throttle: {} });
    }

    const codes = results.flatMap((result) => result.body.errors?.map((error) => error.extensions?.code) ?? []);
    const served = results.filter((result) => result.body.errors === undefined);
    expect(results.map((result) => result.status)).toEqual(names.map(() => 200));
    expect(Math.max(...results.map((result) => result.elapsedMs))).toBeLessThan(DEADLINE_MS);
    expect(new Set(codes)).toEqual(new Set(["UPSTREAM_THROTTLED"]));
    // The token bucket admits its burst of 3 before it throttles.
    expect(served.length).toBeGreaterThanOrEqual(3);
  });

  test("the next request after the burst succeeds", async () => {
    const { body } = await timedQuery(DESCRIBE_ONE_QUERY, { name: harness.sagemaker.jobNames()[0] });

    expect(body.errors).toBeUndefined();
  });
});
