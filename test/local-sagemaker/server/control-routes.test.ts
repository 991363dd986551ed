import { DescribeTrainingJobCommand, ListTrainingJobsCommand } from "@aws-sdk/client-sagemaker";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Behaviour, CallStatsSnapshot, LocalSageMaker, StoredJob } from "../../../src/local-sagemaker/index.js";
import { jsonBody, makeClient, makeJob, startWithJobs, type ErrorBody } from "./server-fixtures.js";

describe("control API", () => {
  let server: LocalSageMaker;
  const control = (path: string, init: RequestInit = {}) => fetch(`${server.url}/_local/${path}`, init);
  const putJson = (path: string, method: string, body: unknown) =>
    control(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeEach(async () => {
    server = await startWithJobs([makeJob("control-job", 1)]);
  });
  afterEach(() => server.close());

  it("reports health", async () => {
    const response = await control("health");

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", jobs: 1 });
  });

  it("reports call counts by outcome", async () => {
    await makeClient(server).send(new ListTrainingJobsCommand({}));
    const stats = await jsonBody<CallStatsSnapshot>(await control("stats"));

    expect(stats.served.ListTrainingJobs).toBe(1);
    expect(stats.throttled.ListTrainingJobs).toBe(0);
    expect(stats.failed.ListTrainingJobs).toBe(0);
  });

  it("resets call counts", async () => {
    await makeClient(server).send(new ListTrainingJobsCommand({}));
    const response = await control("stats/reset", { method: "POST" });

    expect((await jsonBody<CallStatsSnapshot>(response)).served.ListTrainingJobs).toBe(0);
    expect(server.stats().ListTrainingJobs).toBe(0);
  });

  it("changes behaviour", async () => {
    const response = await putJson("behaviour", "PUT", { latencyMs: 30, faults: { Search: { errorRate: 0.5 } } });
    const behaviour = await jsonBody<Behaviour>(response);

    expect(behaviour.latencyMs).toBe(30);
    expect(behaviour.faults.Search).toEqual({ errorRate: 0.5, errorType: "InternalFailure", slowMs: 0, resetRate: 0, malformedRate: 0 });
    expect(server.behaviour().latencyMs).toBe(30);
  });

  it("reads the behaviour", async () => {
    server.setBehaviour({ searchLagJobs: 4 });
    const behaviour = await jsonBody<Behaviour>(await control("behaviour"));

    expect(behaviour.searchLagJobs).toBe(4);
  });

  it("rejects an unknown setting", async () => {
    const response = await putJson("behaviour", "PUT", { latency: 30 });
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body.__type).toBe("ValidationException");
    expect(body.message).toMatch(/^Invalid behaviour setting latency=30: expected one of latencyMs, /);
  });

  it("adds jobs from records", async () => {
    const record = { ...makeJob("posted-job", 9).job, Tags: [{ Key: "origin", Value: "control" }] };
    const response = await putJson("jobs", "POST", [record]);
    const posted = await makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: "posted-job" }));

    expect(await response.json()).toEqual({ stored: ["posted-job"] });
    expect(posted.TrainingJobArn).toBe(record.TrainingJobArn);
    expect(server.getJob("posted-job")?.tags).toEqual([{ Key: "origin", Value: "control" }]);
  });

  it("builds a missing ARN", async () => {
    const { TrainingJobArn: _omitted, ...record } = makeJob("No-Arn-Job", 9).job;
    await putJson("jobs", "POST", record);

    expect(server.getJob("No-Arn-Job")?.job.TrainingJobArn).toBe("arn:aws:sagemaker:us-east-1:111122223333:training-job/no-arn-job");
  });

  it("rejects an invalid record", async () => {
    const response = await putJson("jobs", "POST", { TrainingJobName: "x", TrainingJobStatus: "Completed", CreationTime: "yesterday" });
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body.message).toBe(
      'Invalid training job record in POST /_local/jobs record 0: CreationTime of x must be epoch seconds as a JSON number, not "yesterday".',
    );
  });

  it("returns one stored job", async () => {
    const stored = await jsonBody<StoredJob>(await control("jobs/control-job"));

    expect(stored.job.TrainingJobName).toBe("control-job");
    expect(stored.tags).toEqual([]);
  });

  it("returns 404 for an unknown route", async () => {
    const response = await control("nothing-here");

    expect(response.status).toBe(404);
    expect((await jsonBody<ErrorBody>(response)).message).toContain("GET /_local/health");
  });
});
