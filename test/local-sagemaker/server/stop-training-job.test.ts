import { DescribeTrainingJobCommand, StopTrainingJobCommand } from "@aws-sdk/client-sagemaker";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { makeClient, makeJob, makeRunningJob, rejectionOf, sleep, startWithJobs } from "./server-fixtures.js";

describe("StopTrainingJob", () => {
  let server: LocalSageMaker;
  const stop = (name: string) => makeClient(server).send(new StopTrainingJobCommand({ TrainingJobName: name }));

  beforeEach(async () => {
    server = await startWithJobs([makeRunningJob("running-job", 1), makeJob("done-job", 2)], { stopDelayMs: 150 });
  });
  afterEach(() => server.close());

  it("moves the job to Stopping at once", async () => {
    const before = Date.now() / 1000;
    await stop("running-job");
    const { job } = server.getJob("running-job")!;

    expect(job.TrainingJobStatus).toBe("Stopping");
    expect(job.SecondaryStatus).toBe("Stopping");
    expect(job.LastModifiedTime).toBeGreaterThanOrEqual(before);
  });

  it("closes the open transition and opens Stopping", async () => {
    await stop("running-job");
    const transitions = server.getJob("running-job")!.job.SecondaryStatusTransitions as { Status: string; EndTime?: number }[];

    expect(transitions.map((transition) => transition.Status)).toEqual(["Starting", "Stopping"]);
    expect(transitions[0].EndTime).toBeDefined();
    expect(transitions[1].EndTime).toBeUndefined();
  });

  it("reaches Stopped after the delay", async () => {
    await stop("running-job");
    await sleep(400);
    const job = await makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: "running-job" }));

    expect(job.TrainingJobStatus).toBe("Stopped");
    expect(job.SecondaryStatus).toBe("Stopped");
    expect(job.TrainingEndTime).toBeInstanceOf(Date);
    expect(job.SecondaryStatusTransitions?.map((transition) => transition.Status)).toEqual(["Starting", "Stopping", "Stopped"]);
    expect(job.SecondaryStatusTransitions?.every((transition) => transition.EndTime instanceof Date)).toBe(true);
  });

  it("rejects a job that is not InProgress", async () => {
    const error = await rejectionOf(stop("done-job"));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe("The request was rejected because the training job is in status Completed.");
  });

  it("rejects a second stop while Stopping", async () => {
    await stop("running-job");

    const error = await rejectionOf(stop("running-job"));

    expect(error.message).toBe("The request was rejected because the training job is in status Stopping.");
  });

  it("rejects an unknown job", async () => {
    const error = await rejectionOf(stop("no-such-job"));

    expect(error.message).toBe("Requested resource not found.");
  });

  it("rejects an invalid name", async () => {
    const error = await rejectionOf(stop("bad.name"));

    expect(error.message).toMatch(/^1 validation error detected: Value 'bad\.name' at 'trainingJobName'/);
  });
});
