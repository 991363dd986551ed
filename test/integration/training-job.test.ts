import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { JobDescribeOnlyDocument, JobDetailsDocument, JobStatusDocument } from "../generated/operations.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Finds a job of the fleet in the given status, in the local SageMaker's own data. */
function fleetJob(status: string): string {
  const name = harness.sagemaker.jobNames().find((candidate) => harness.sagemaker.getJob(candidate)?.job.TrainingJobStatus === status);
  if (!name) throw new Error(`the fleet has no ${status} job`);
  return name;
}

describe("trainingJob", () => {
  test("returns a completed job's details and tags", async () => {
    const name = fleetJob("Completed");
    const stored = harness.sagemaker.getJob(name)!;

    const response = await harness.query(JobDetailsDocument, { name });

    expect(response.errors).toBeUndefined();
    const job = response.data!.trainingJob!;
    expect(job.trainingJobName).toBe(name);
    expect(job.trainingJobStatus).toBe("COMPLETED");
    expect(job.roleArn).toBe(stored.job.RoleArn);
    expect(job.tags).toEqual(stored.tags.map((tag) => ({ key: tag.Key, value: tag.Value })));
  });

  test("hyperparameters are sorted by key", async () => {
    const name = fleetJob("Completed");
    const stored = harness.sagemaker.getJob(name)!.job.HyperParameters as Record<string, string> | undefined;

    const response = await harness.query(JobDetailsDocument, { name });

    const expected = Object.keys(stored ?? {}).sort();
    expect(response.data!.trainingJob!.hyperParameters?.map((pair) => pair.key) ?? []).toEqual(expected);
  });

  test("bare name of a job costs one Search", async () => {
    const name = fleetJob("Completed");
    harness.gateway.cache.evictAll();
    harness.resetCalls();

    const response = await harness.query(`query($name: String!) { trainingJob(name: $name) { trainingJobName } }`, { name });

    expect(response.data).toEqual({ trainingJob: { trainingJobName: name } });
    expect(harness.calls()).toEqual({ Search: 1 });
  });

  test("bare name of an unknown job is null", async () => {
    const response = await harness.query(`{ trainingJob(name: "never-created-job") { trainingJobName } }`);

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ trainingJob: null });
  });

  test("unknown job is null without error", async () => {
    const response = await harness.query(JobStatusDocument, { name: "no-such-job-anywhere" });

    expect(response.errors).toBeUndefined();
    expect(response.data!.trainingJob).toBeNull();
  });

  test.each(["bad_name", "-leading", "x".repeat(64), "naïve", ""])("invalid name %j is BAD_USER_INPUT without a call", async (name) => {
    harness.resetCalls();

    const response = await harness.query(JobStatusDocument, { name });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain(JSON.stringify(name));
    expect(response.errors?.[0]?.message).toContain("1 to 63 letters");
    expect(harness.calls()).toEqual({});
  });

  test("Describe-only fields cost one Describe", async () => {
    const name = fleetJob("Completed");
    harness.resetCalls();

    const response = await harness.query(JobDescribeOnlyDocument, { name });

    expect(response.errors).toBeUndefined();
    expect(response.data!.trainingJob!.trainingJobName).toBe(name);
    expect(harness.calls()).toEqual({ DescribeTrainingJob: 1 });
  });

  test("an unknown status value is UNKNOWN, not an error", async () => {
    const name = fleetJob("Completed");
    const stored = structuredClone(harness.sagemaker.getJob(name)!);
    stored.job.TrainingJobName = "job-with-future-status";
    stored.job.TrainingJobArn = stored.job.TrainingJobArn.replace(/[^/]+$/, "job-with-future-status");
    stored.job.TrainingJobStatus = "Hibernating";
    stored.job.SecondaryStatus = "Dreaming";
    harness.sagemaker.putJob(stored);

    const response = await harness.query(JobStatusDocument, { name: "job-with-future-status" });

    expect(response.errors).toBeUndefined();
    expect(response.data!.trainingJob).toEqual({
      trainingJobName: "job-with-future-status",
      trainingJobStatus: "UNKNOWN",
      secondaryStatus: "UNKNOWN",
    });
  });

  test("aliases of one job cost one Search", async () => {
    const name = fleetJob("Completed");
    harness.gateway.cache.evictJob(name);
    harness.resetCalls();

    const response = await harness.query(
      `query($name: String!) { a: trainingJob(name: $name) { roleArn } b: trainingJob(name: $name) { tags { key } } }`,
      { name },
    );

    expect(response.errors).toBeUndefined();
    expect(harness.calls()).toEqual({ Search: 1 });
  });
});
