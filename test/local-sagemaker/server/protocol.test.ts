import { ListTrainingJobsCommand } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { jsonBody, makeClient, makeJob, postOperation, startWithJobs, type ErrorBody } from "./server-fixtures.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("AWS JSON 1.1 protocol", () => {
  let server: LocalSageMaker;

  beforeAll(async () => {
    server = await startWithJobs([makeJob("protocol-job", 1)]);
  });
  afterAll(() => server.close());

  it("serves the SDK with dummy credentials", async () => {
    const page = await makeClient(server).send(new ListTrainingJobsCommand({}));

    expect(page.TrainingJobSummaries?.map((summary) => summary.TrainingJobName)).toEqual(["protocol-job"]);
  });

  it("turns epoch seconds into dates for the SDK", async () => {
    const page = await makeClient(server).send(new ListTrainingJobsCommand({}));

    expect(page.TrainingJobSummaries?.[0].CreationTime).toEqual(new Date("2024-03-01T00:01:00Z"));
  });

  it("sends the JSON 1.1 content type", async () => {
    const response = await postOperation(server, "ListTrainingJobs", "{}");

    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
  });

  it("sends a fresh request id on every response", async () => {
    const first = await postOperation(server, "ListTrainingJobs", "{}");
    const second = await postOperation(server, "NoSuchOperation", "{}");

    expect(first.headers.get("x-amzn-requestid")).toMatch(UUID);
    expect(second.headers.get("x-amzn-requestid")).toMatch(UUID);
    expect(second.headers.get("x-amzn-requestid")).not.toBe(first.headers.get("x-amzn-requestid"));
  });

  it("exposes the request id to the SDK", async () => {
    const page = await makeClient(server).send(new ListTrainingJobsCommand({}));

    expect(page.$metadata.requestId).toMatch(UUID);
  });

  it("rejects an unknown target", async () => {
    const response = await postOperation(server, "CreateTrainingJob", "{}");
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
    expect(body.__type).toBe("UnknownOperationException");
    expect(body.message).toContain('"SageMaker.CreateTrainingJob"');
  });

  it("rejects a missing target", async () => {
    const response = await fetch(`${server.url}/`, { method: "POST", body: "{}" });
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body.__type).toBe("UnknownOperationException");
  });

  it("rejects a body that is not JSON", async () => {
    const response = await postOperation(server, "ListTrainingJobs", "{not json");
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body.__type).toBe("SerializationException");
    expect(body.message).toMatch(/^Request body is not valid JSON/);
  });

  it("rejects a JSON body that is not an object", async () => {
    const response = await postOperation(server, "ListTrainingJobs", "[1, 2]");
    const body = await jsonBody<ErrorBody>(response);

    expect(body.__type).toBe("SerializationException");
  });

  it("rejects a member of the wrong JSON type", async () => {
    const response = await postOperation(server, "ListTrainingJobs", '{"MaxResults": "ten"}');
    const body = await jsonBody<ErrorBody>(response);

    expect(body.__type).toBe("SerializationException");
    expect(body.message).toBe('Member MaxResults must be an integer; got "ten".');
  });

  it("treats an empty body as no members", async () => {
    const response = await postOperation(server, "ListTrainingJobs", "");

    expect(response.status).toBe(200);
  });

  it("returns 404 for another path", async () => {
    const response = await fetch(`${server.url}/v1/jobs`, { method: "POST", body: "{}" });
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(404);
    expect(body.__type).toBe("NotFound");
  });

  it("returns 405 for GET on the root", async () => {
    const response = await fetch(`${server.url}/`);

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
