import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { SEARCH_VIEW_SELECTION } from "../../bench/suite.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

let harness: Harness;

beforeAll(async () => {
  // 150 lookups in one query go past the default limits of 100 aliases and root fields.
  harness = await startHarness({ sagemaker: { fleetSize: 400, seed: 3 }, env: { MAX_QUERY_ALIASES: "200", MAX_ROOT_FIELDS: "200" } });
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.gateway.cache.evictAll();
  harness.resetCalls();
});

function jobsIn(status: string): string[] {
  return harness.sagemaker.jobNames().filter((name) => harness.sagemaker.getJob(name)!.job.TrainingJobStatus === status);
}

const jobQuery = `query($name: String!) { trainingJob(name: $name) { ${SEARCH_VIEW_SELECTION} } }`;

describe("upstream calls per query", () => {
  test("completed job costs one Search", async () => {
    const response = await harness.query(jobQuery, { name: jobsIn("Completed")[0] });

    expect(response.errors).toBeUndefined();
    expect(harness.calls()).toEqual({ Search: 1 });
  });

  test("running job adds one Describe", async () => {
    const response = await harness.query(jobQuery, { name: jobsIn("InProgress")[0] });

    expect(response.errors).toBeUndefined();
    expect(harness.calls()).toEqual({ Search: 1, DescribeTrainingJob: 1 });
  });

  test("second request is served from the cache", async () => {
    const name = jobsIn("Completed")[1];
    await harness.query(jobQuery, { name });
    harness.resetCalls();

    await harness.query(jobQuery, { name });

    expect(harness.calls()).toEqual({});
  });

  test("50 aliased lookups cost one Search", async () => {
    const aliases = jobsIn("Completed")
      .slice(0, 50)
      .map((name, index) => `j${index}: trainingJob(name: "${name}") { trainingJobName hyperParameters { key value } tags { key } }`);

    const response = await harness.query(`{ ${aliases.join(" ")} }`);

    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data as object)).toHaveLength(50);
    expect(harness.calls()).toEqual({ Search: 1 });
  });

  test("150 aliased lookups cost two Searches", async () => {
    const aliases = jobsIn("Completed")
      .slice(0, 150)
      .map((name, index) => `j${index}: trainingJob(name: "${name}") { roleArn }`);

    await harness.query(`{ ${aliases.join(" ")} }`);

    expect(harness.calls()).toEqual({ Search: 2 });
  });

  test("root fields share one job load", async () => {
    const name = jobsIn("Completed")[2];

    await harness.query(`query($name: String!) {
      a: trainingJob(name: $name) { roleArn }
      b: trainingJob(name: $name) { tags { key } }
      trainingJobs(first: 5) { edges { node { trainingJobName } } }
    }`, { name });

    expect(harness.calls()).toEqual({ Search: 1, ListTrainingJobs: 1 });
  });

  test("Describe-only fields on a page cost one Describe per job", async () => {
    const response = await harness.query(`{ trainingJobs(first: 20) { edges { node { trainingJobName billableTokenCount } } } }`);

    expect(response.errors).toBeUndefined();
    expect(harness.calls()).toEqual({ ListTrainingJobs: 1, DescribeTrainingJob: 20 });
  });

  test("tags of an unindexed job come from ListTags", async () => {
    const lagging = await startHarness({ sagemaker: { fleetSize: 50, seed: 3, searchLagJobs: 50 } });
    try {
      const name = lagging.sagemaker.jobNames()[0];

      const response = await lagging.query(`query($name: String!) { trainingJob(name: $name) { tags { key value } } }`, { name });

      expect(response.errors).toBeUndefined();
      expect(lagging.calls()).toEqual({ Search: 1, DescribeTrainingJob: 1, ListTags: 1 });
    } finally {
      await lagging.close();
    }
  });

  test("concurrent identical requests share one call", async () => {
    const name = jobsIn("Completed")[3];

    const responses = await Promise.all(Array.from({ length: 25 }, () => harness.query(jobQuery, { name })));

    expect(responses.every((response) => response.errors === undefined)).toBe(true);
    expect(harness.calls()).toEqual({ Search: 1 });
  });
});

describe("shared cache freshness", () => {
  test("a job that completes is served fresh", async () => {
    const fresh = await startHarness({ sagemaker: { fleetSize: 100, seed: 5 }, env: { CACHE_ACTIVE_TTL_MS: "300" } });
    try {
      const name = fresh.sagemaker.jobNames().find((candidate) => fresh.sagemaker.getJob(candidate)!.job.TrainingJobStatus === "InProgress")!;
      const statusQuery = `query($name: String!) { trainingJob(name: $name) { trainingJobStatus finalMetricDataList { metricName } } }`;
      const before = await fresh.query(statusQuery, { name });

      const stored = fresh.sagemaker.getJob(name)!;
      stored.job.TrainingJobStatus = "Completed";
      stored.job.SecondaryStatus = "Completed";
      stored.job.LastModifiedTime = Date.now() / 1000;
      stored.job.FinalMetricDataList = [{ MetricName: "validation:auc", Value: 0.93, Timestamp: Date.now() / 1000 }];
      fresh.sagemaker.putJob(stored);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const after = await fresh.query(statusQuery, { name });

      expect((before.data as { trainingJob: { trainingJobStatus: string } }).trainingJob.trainingJobStatus).toBe("IN_PROGRESS");
      expect((after.data as { trainingJob: { trainingJobStatus: string } }).trainingJob).toEqual({
        trainingJobStatus: "COMPLETED",
        finalMetricDataList: [{ metricName: "validation:auc" }],
      });
    } finally {
      await fresh.close();
    }
  });

  test("a running job is not cached longer than the active lifetime", async () => {
    const name = jobsIn("InProgress")[0];
    await harness.query(jobQuery, { name });
    harness.resetCalls();
    await new Promise((resolve) => setTimeout(resolve, 2_100));

    await harness.query(jobQuery, { name });

    expect(harness.calls().DescribeTrainingJob).toBe(1);
  });
});

describe("throttling", () => {
  test("a throttled Search fails only the detail fields", async () => {
    const throttled = await startHarness({
      sagemaker: { fleetSize: 60, seed: 3, faults: { Search: { errorRate: 1, errorType: "ThrottlingException" } } },
    });
    try {
      const response = await throttled.query(`{ trainingJobs(first: 3) { edges { node { trainingJobName roleArn } } } }`);

      const nodes = (response.data as { trainingJobs: { edges: Array<{ node: { trainingJobName: string; roleArn: string | null } }> } }).trainingJobs.edges;
      expect(nodes).toHaveLength(3);
      expect(nodes.every((edge) => typeof edge.node.trainingJobName === "string")).toBe(true);
      expect(nodes.every((edge) => edge.node.roleArn === null)).toBe(true);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["UPSTREAM_THROTTLED", "UPSTREAM_THROTTLED", "UPSTREAM_THROTTLED"]);
      expect(response.errors?.[0]?.path).toEqual(["trainingJobs", "edges", 0, "node", "roleArn"]);
    } finally {
      await throttled.close();
    }
  });
});
