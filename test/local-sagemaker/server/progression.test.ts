import { afterEach, describe, expect, it } from "vitest";
import type { LocalSageMaker, StoredJob } from "../../../src/local-sagemaker/index.js";
import { makeJob, makeRunningJob, sleep, startWithJobs } from "./server-fixtures.js";

const TERMINAL = ["Completed", "Failed", "Stopped"];

function runningJobs(count: number): StoredJob[] {
  return Array.from({ length: count }, (_, index) => makeRunningJob(`run-${String(index).padStart(3, "0")}`, index));
}

function statusesOf(server: LocalSageMaker): string[] {
  return server.jobNames().map((name) => {
    const { job } = server.getJob(name)!;
    return `${name}:${job.TrainingJobStatus}/${job.SecondaryStatus}`;
  });
}

describe("job progression", () => {
  const servers: LocalSageMaker[] = [];
  const start = async (...args: Parameters<typeof startWithJobs>) => {
    const server = await startWithJobs(...args);
    servers.push(server);
    return server;
  };

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it("stays off by default", async () => {
    const server = await start(runningJobs(1));
    await sleep(100);

    expect(server.getJob("run-000")!.job.SecondaryStatus).toBe("Starting");
  });

  it("moves jobs per step", async () => {
    const server = await start(runningJobs(5), { progressionJobsPerStep: 2 });
    server.advanceProgression();

    const moved = server.jobNames().filter((name) => server.getJob(name)!.job.SecondaryStatus === "Downloading");
    expect(moved).toHaveLength(2);
  });

  it("ends every job after enough steps", async () => {
    const server = await start(runningJobs(200), { progressionJobsPerStep: 200 });
    for (let step = 0; step < 4; step++) server.advanceProgression();

    const statuses = server.jobNames().map((name) => server.getJob(name)!.job.TrainingJobStatus);
    expect(statuses.every((status) => TERMINAL.includes(status))).toBe(true);
    expect(new Set(statuses)).toEqual(new Set(TERMINAL));
  });

  it("gives the same result for a seed", async () => {
    const first = await start(runningJobs(20), { seed: 3, progressionJobsPerStep: 4 });
    const second = await start(runningJobs(20), { seed: 3, progressionJobsPerStep: 4 });
    for (let step = 0; step < 12; step++) {
      first.advanceProgression();
      second.advanceProgression();
    }

    expect(statusesOf(second)).toEqual(statusesOf(first));
  });

  it("starts jobs to keep the minimum running", async () => {
    const template = makeJob("xgboost-churn-2024-02-29-23-59-59-999", 1, { ModelArtifacts: { S3ModelArtifacts: "s3://b/m.tar.gz" } }, [
      { Key: "team", Value: "growth" },
    ]);
    const server = await start([template], { minActiveJobs: 1, progressionJobsPerStep: 0 });
    server.advanceProgression();

    const launchedName = server.jobNames().find((name) => name !== template.job.TrainingJobName)!;
    const launched = server.getJob(launchedName)!;
    expect(launchedName).toMatch(/^xgboost-churn-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/);
    expect(launched.job.TrainingJobStatus).toBe("InProgress");
    expect(launched.job.SecondaryStatus).toBe("Starting");
    expect(launched.job.TrainingJobArn).toBe(`arn:aws:sagemaker:us-east-1:111122223333:training-job/${launchedName}`);
    expect(launched.job.ModelArtifacts).toBeUndefined();
    expect(launched.tags).toEqual([{ Key: "team", Value: "growth" }]);
  });

  it("keeps the template's account in new ARNs", async () => {
    const template = makeJob("eu-job", 1, { TrainingJobArn: "arn:aws:sagemaker:eu-west-1:444455556666:training-job/eu-job" });
    const server = await start([template], { minActiveJobs: 1, progressionJobsPerStep: 0 });
    server.advanceProgression();

    const launchedName = server.jobNames().find((name) => name !== "eu-job")!;
    expect(server.getJob(launchedName)!.job.TrainingJobArn).toBe(`arn:aws:sagemaker:eu-west-1:444455556666:training-job/${launchedName}`);
  });

  it("starts no job while enough run", async () => {
    const server = await start(runningJobs(2), { minActiveJobs: 2, progressionJobsPerStep: 0 });
    server.advanceProgression();

    expect(server.jobNames()).toHaveLength(2);
  });

  it("runs on its timer", async () => {
    const server = await start(runningJobs(1), { progressionIntervalMs: 40, progressionJobsPerStep: 1 });
    await sleep(200);

    expect(server.getJob("run-000")!.job.SecondaryStatus).not.toBe("Starting");
  });

  it("stops when the interval is set to 0", async () => {
    const server = await start(runningJobs(1), { progressionIntervalMs: 40, progressionJobsPerStep: 1 });
    server.setBehaviour({ progressionIntervalMs: 0 });
    await sleep(150);

    expect(server.getJob("run-000")!.job.SecondaryStatus).toBe("Starting");
  });
});
