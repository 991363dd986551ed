import { DescribeTrainingJobCommand, ListTrainingJobsCommand } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";
import type { LocalSageMaker, LocalSageMakerOptions } from "../../../src/local-sagemaker/index.js";
import { makeClient, makeJob, postOperation, rejectionOf, startWithJobs } from "./server-fixtures.js";

const JOBS = [makeJob("fault-job", 1)];

describe("injected faults", () => {
  let server: LocalSageMaker;
  const list = () => makeClient(server).send(new ListTrainingJobsCommand({}));
  const start = async (faults: LocalSageMakerOptions["faults"], seed = 1) => {
    server = await startWithJobs(JOBS, { faults, seed });
  };

  afterEach(() => server.close());

  it("returns InternalFailure with 500", async () => {
    await start({ ListTrainingJobs: { errorRate: 1, errorType: "InternalFailure" } });

    const error = await rejectionOf(list());

    expect(error.name).toBe("InternalFailure");
    expect(error.$metadata?.httpStatusCode).toBe(500);
    expect(error.$fault).toBe("server");
  });

  it("returns ServiceUnavailable with 503", async () => {
    await start({ ListTrainingJobs: { errorRate: 1, errorType: "ServiceUnavailable" } });

    const error = await rejectionOf(list());

    expect(error.name).toBe("ServiceUnavailable");
    expect(error.$metadata?.httpStatusCode).toBe(503);
  });

  it("returns ThrottlingException with 400", async () => {
    await start({ ListTrainingJobs: { errorRate: 1, errorType: "ThrottlingException" } });

    const error = await rejectionOf(list());

    expect(error.name).toBe("ThrottlingException");
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(server.callStats().throttled.ListTrainingJobs).toBe(1);
  });

  it("counts errors as failed, not served", async () => {
    await start({ ListTrainingJobs: { errorRate: 1 } });
    await list().catch(() => undefined);

    expect(server.callStats().failed.ListTrainingJobs).toBe(1);
    expect(server.callStats().served.ListTrainingJobs).toBe(0);
  });

  it("slows calls by slowMs", async () => {
    await start({ ListTrainingJobs: { slowMs: 200 } });
    const started = performance.now();
    await list();

    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  it("resets the connection mid-body", async () => {
    await start({ ListTrainingJobs: { resetRate: 1 } });

    const error = await rejectionOf(list());

    expect((error as Error & { code?: string }).code).toBe("ECONNRESET");
    expect(server.callStats().failed.ListTrainingJobs).toBe(1);
  });

  it("sends half a body before the reset", async () => {
    await start({ ListTrainingJobs: { resetRate: 1 } });
    const response = await postOperation(server, "ListTrainingJobs", "{}");

    await expect(response.text()).rejects.toThrow();
  });

  it("sends a body that is not JSON", async () => {
    await start({ ListTrainingJobs: { malformedRate: 1 } });
    const response = await postOperation(server, "ListTrainingJobs", "{}");
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it("fails the SDK on a malformed body", async () => {
    await start({ ListTrainingJobs: { malformedRate: 1 } });

    const error = await rejectionOf(list());

    expect(error.name).toBe("SyntaxError");
    expect(server.callStats().failed.ListTrainingJobs).toBe(1);
  });

  it("applies * to every operation", async () => {
    await start({ "*": { errorRate: 1, errorType: "ServiceUnavailable" } });

    const error = await rejectionOf(makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: "fault-job" })));

    expect(error.name).toBe("ServiceUnavailable");
  });

  it("leaves other operations alone", async () => {
    await start({ DescribeTrainingJob: { errorRate: 1 } });

    const page = await list();

    expect(page.TrainingJobSummaries).toHaveLength(1);
  });

  it("repeats the same faults for a seed", async () => {
    const outcomes = async (seed: number) => {
      await start({ ListTrainingJobs: { errorRate: 0.5 } }, seed);
      const results: boolean[] = [];
      for (let call = 0; call < 20; call++) results.push(await list().then(() => true, () => false));
      await server.close();
      return results;
    };

    const first = await outcomes(42);
    const second = await outcomes(42);
    await start({});

    expect(second).toEqual(first);
    expect(first).toContain(true);
    expect(first).toContain(false);
  });

  it("restarts the sequence when faults change", async () => {
    await start({ ListTrainingJobs: { errorRate: 0.5 } }, 9);
    const run = async () => {
      const results: boolean[] = [];
      for (let call = 0; call < 10; call++) results.push(await list().then(() => true, () => false));
      return results;
    };
    const first = await run();
    server.setBehaviour({ faults: { ListTrainingJobs: { errorRate: 0.5 } } });

    expect(await run()).toEqual(first);
  });
});
