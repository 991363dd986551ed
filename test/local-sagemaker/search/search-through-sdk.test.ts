import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { SageMakerClient, SearchCommand } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { LocalServiceError } from "../../../src/local-sagemaker/service-error.js";
import { fixtureJobs } from "./training-jobs.fixture.js";

/*
 * Sends Search through the AWS SDK to a minimal AWS JSON 1.1 endpoint on
 * loopback that calls runSearch, to check that the SDK reads the response
 * and the errors as it reads SageMaker's.
 */

let server: Server;
let client: SageMakerClient;

function respond(body: string): { status: number; headers: Record<string, string>; payload: string } {
  const jsonHeaders = { "content-type": "application/x-amz-json-1.1" };
  try {
    return { status: 200, headers: jsonHeaders, payload: JSON.stringify(runSearch(fixtureJobs(), JSON.parse(body))) };
  } catch (error) {
    if (!(error instanceof LocalServiceError)) throw error;
    return {
      status: error.statusCode,
      headers: { ...jsonHeaders, "x-amzn-ErrorType": error.type },
      payload: JSON.stringify({ __type: error.type, message: error.message }),
    };
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const { status, headers, payload } = respond(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(status, headers).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  const { port } = server.address() as AddressInfo;
  client = new SageMakerClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("Search through the AWS SDK", () => {
  it("timestamps become dates", async () => {
    const output = await client.send(new SearchCommand({ Resource: "TrainingJob", SortBy: "CreationTime", SortOrder: "Ascending", MaxResults: 1 }));

    expect(output.Results?.[0].TrainingJob?.CreationTime).toEqual(new Date("2023-11-13T18:26:40Z"));
  });

  it("TotalHits and NextToken read", async () => {
    const output = await client.send(new SearchCommand({ Resource: "TrainingJob", MaxResults: 2 }));

    expect([output.TotalHits, typeof output.NextToken]).toEqual([{ Value: 5, Relation: "EqualTo" }, "string"]);
  });

  it("tags read", async () => {
    const output = await client.send(
      new SearchCommand({
        Resource: "TrainingJob",
        SearchExpression: { Filters: [{ Name: "TrainingJobName", Operator: "Equals", Value: "bravo" }] },
      }),
    );

    expect(output.Results?.[0].TrainingJob?.Tags).toEqual([{ Key: "team", Value: "vision" }]);
  });

  it("validation error surfaces", async () => {
    const request = new SearchCommand({ Resource: "TrainingJob", MaxResults: 101 });

    await expect(client.send(request)).rejects.toMatchObject({
      name: "ValidationException",
      message:
        "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: " +
        "Member must have value less than or equal to 100",
    });
  });
});
