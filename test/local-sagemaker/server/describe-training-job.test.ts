import { DescribeTrainingJobCommand } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { jsonBody, makeClient, makeJob, postOperation, rejectionOf, startWithJobs, type ErrorBody } from "./server-fixtures.js";

describe("DescribeTrainingJob", () => {
  let server: LocalSageMaker;
  const stored = makeJob("Mixed-Case-Job", 5, { HyperParameters: { epochs: "10" }, FutureMember: { Nested: [1, 2] } }, [
    { Key: "team", Value: "vision" },
  ]);
  const describeJob = (name: string) => makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: name }));

  beforeAll(async () => {
    server = await startWithJobs([stored]);
  });
  afterAll(() => server.close());

  it("returns the stored body unchanged", async () => {
    const response = await postOperation(server, "DescribeTrainingJob", JSON.stringify({ TrainingJobName: "Mixed-Case-Job" }));

    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(stored.job)));
  });

  it("keeps tags out of the body", async () => {
    const response = await postOperation(server, "DescribeTrainingJob", JSON.stringify({ TrainingJobName: "Mixed-Case-Job" }));
    const body = await jsonBody(response);

    expect(body.Tags).toBeUndefined();
  });

  it("reads through the SDK", async () => {
    const job = await describeJob("Mixed-Case-Job");

    expect(job.TrainingJobArn).toBe("arn:aws:sagemaker:us-east-1:111122223333:training-job/mixed-case-job");
    expect(job.HyperParameters).toEqual({ epochs: "10" });
  });

  it("rejects an unknown job as SageMaker does", async () => {
    const error = await rejectionOf(describeJob("no-such-job"));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe("Requested resource not found.");
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it("rejects a name outside the pattern", async () => {
    const error = await rejectionOf(describeJob("bad_name"));

    expect(error.message).toBe(
      "1 validation error detected: Value 'bad_name' at 'trainingJobName' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$",
    );
  });

  it("rejects a name longer than 63", async () => {
    const error = await rejectionOf(describeJob("a".repeat(64)));

    expect(error.message).toBe(
      `2 validation errors detected: Value '${"a".repeat(64)}' at 'trainingJobName' failed to satisfy constraint: ` +
        "Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$; " +
        `Value '${"a".repeat(64)}' at 'trainingJobName' failed to satisfy constraint: Member must have length less than or equal to 63`,
    );
  });

  it("rejects a missing name", async () => {
    const response = await postOperation(server, "DescribeTrainingJob", "{}");
    const body = await jsonBody<ErrorBody>(response);

    expect(body.message).toBe(
      "1 validation error detected: Value null at 'trainingJobName' failed to satisfy constraint: Member must not be null",
    );
  });
});
