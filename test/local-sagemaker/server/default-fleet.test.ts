import { DescribeTrainingJobCommand, ListTrainingJobsCommand, paginateListTrainingJobs } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalSageMaker, type LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { makeClient } from "./server-fixtures.js";

describe("default generated fleet", () => {
  let server: LocalSageMaker;

  beforeAll(async () => {
    server = await startLocalSageMaker();
  });
  afterAll(() => server.close());

  it("starts with 400 jobs", () => {
    expect(server.jobNames()).toHaveLength(400);
  });

  it("lists every job through the SDK paginator", async () => {
    const names: string[] = [];
    for await (const page of paginateListTrainingJobs({ client: makeClient(server), pageSize: 100 }, {})) {
      names.push(...(page.TrainingJobSummaries ?? []).map((summary) => summary.TrainingJobName ?? ""));
    }

    expect(names.sort()).toEqual(server.jobNames().sort());
  });

  it("describes every listed job", async () => {
    const client = makeClient(server);
    const page = await client.send(new ListTrainingJobsCommand({ MaxResults: 100 }));

    for (const summary of page.TrainingJobSummaries ?? []) {
      const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: summary.TrainingJobName }));
      expect(job.TrainingJobArn).toBe(summary.TrainingJobArn);
    }
  });

  it("moves generated running jobs", () => {
    const phaseOf = (name: string) => `${server.getJob(name)!.job.TrainingJobStatus}/${server.getJob(name)!.job.SecondaryStatus}`;
    const running = server.jobNames().filter((name) => ["InProgress", "Stopping"].includes(server.getJob(name)!.job.TrainingJobStatus));
    const before = running.map(phaseOf);
    server.setBehaviour({ progressionJobsPerStep: running.length });
    server.advanceProgression();

    const after = running.map(phaseOf);
    expect(running.length).toBeGreaterThan(0);
    expect(after.every((status, index) => status !== before[index])).toBe(true);
  });
});
