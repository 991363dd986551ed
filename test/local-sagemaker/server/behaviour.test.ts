import { DescribeTrainingJobCommand, ListTrainingJobsCommand } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";
import { InvalidBehaviourError, type LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { makeClient, makeJob, postOperation, rejectionOf, sleep, startWithJobs } from "./server-fixtures.js";

const JOBS = [makeJob("behaviour-job", 1)];

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call().catch(() => undefined);
  return performance.now() - started;
}

describe("latency and throttling", () => {
  let server: LocalSageMaker;
  const list = () => makeClient(server).send(new ListTrainingJobsCommand({}));
  const describeJob = () => makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: "behaviour-job" }));

  afterEach(() => server.close());

  it("delays every call by latencyMs", async () => {
    server = await startWithJobs(JOBS, { latencyMs: 150 });

    expect(await timed(list)).toBeGreaterThanOrEqual(145);
  });

  it("adds the latency of one operation", async () => {
    server = await startWithJobs(JOBS, { latencyMsByOperation: { DescribeTrainingJob: 200 } });

    expect(await timed(describeJob)).toBeGreaterThanOrEqual(195);
  });

  it("throttles past the burst", async () => {
    server = await startWithJobs(JOBS, { throttle: { ListTrainingJobs: { ratePerSecond: 0.5, burst: 2 } } });
    await list();
    await list();

    const error = await rejectionOf(list());

    expect(error.name).toBe("ThrottlingException");
    expect(error.message).toBe("Rate exceeded");
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it("counts throttled calls apart", async () => {
    server = await startWithJobs(JOBS, { throttle: { ListTrainingJobs: { ratePerSecond: 0.5, burst: 1 } } });
    await list();
    await list().catch(() => undefined);

    expect(server.callStats().served.ListTrainingJobs).toBe(1);
    expect(server.callStats().throttled.ListTrainingJobs).toBe(1);
  });

  it("leaves other operations unthrottled", async () => {
    server = await startWithJobs(JOBS, { throttle: { ListTrainingJobs: { ratePerSecond: 0.5, burst: 1 } } });
    await list();

    const job = await describeJob();

    expect(job.TrainingJobName).toBe("behaviour-job");
  });

  it("refills the bucket over time", async () => {
    server = await startWithJobs(JOBS, { throttle: { ListTrainingJobs: { ratePerSecond: 10, burst: 1 } } });
    await list();
    await sleep(150);

    const page = await list();

    expect(page.TrainingJobSummaries).toHaveLength(1);
  });

  it("changes throttling at runtime", async () => {
    server = await startWithJobs(JOBS);
    server.setBehaviour({ throttle: { DescribeTrainingJob: { ratePerSecond: 0.5, burst: 1 } } });
    await describeJob();

    const error = await rejectionOf(describeJob());

    expect(error.name).toBe("ThrottlingException");
  });

  it("rejects an invalid setting", async () => {
    server = await startWithJobs(JOBS);

    expect(() => server.setBehaviour({ latencyMs: -5 })).toThrow(InvalidBehaviourError);
  });

  it("names the invalid setting", async () => {
    server = await startWithJobs(JOBS);

    expect(() => server.setBehaviour({ throttle: { Search: { ratePerSecond: 0, burst: 1 } } })).toThrow(
      'Invalid behaviour setting throttle.Search.ratePerSecond=0: expected a number above 0.',
    );
  });

  it("keeps serving after a rejected setting", async () => {
    server = await startWithJobs(JOBS, { latencyMs: 0 });
    expect(() => server.setBehaviour({ latencyMs: 1.5 })).toThrow(InvalidBehaviourError);

    expect(server.behaviour().latencyMs).toBe(0);
  });

  it("counts served calls for the harness", async () => {
    server = await startWithJobs(JOBS);
    await list();
    await describeJob();
    await rejectionOf(makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: "missing" })));

    expect(server.stats().ListTrainingJobs).toBe(1);
    expect(server.stats().DescribeTrainingJob).toBe(2);
  });

  it("resets the counts", async () => {
    server = await startWithJobs(JOBS);
    await list();
    server.resetStats();

    expect(server.stats().ListTrainingJobs).toBe(0);
  });

  it("serves the raw protocol under latency", async () => {
    server = await startWithJobs(JOBS, { latencyMs: 50 });
    const response = await postOperation(server, "ListTrainingJobs", "{}");

    expect(response.status).toBe(200);
  });
});
