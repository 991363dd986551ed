import { Writable } from "node:stream";

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { readConfig } from "../../src/config/config.js";
import { startLocalSageMaker, type LocalSageMaker } from "../../src/local-sagemaker/index.js";
import { startGateway, type RunningGateway } from "../../src/server/gateway.js";

const OPERATOR_KEY = "operator-key-0123456789abcdef";
const VIEWER_KEY = "viewer-key-0123456789abcdef";

let sagemaker: LocalSageMaker;
let gateway: RunningGateway;
const lines: Array<Record<string, unknown>> = [];
const rawLog: string[] = [];

beforeAll(async () => {
  sagemaker = await startLocalSageMaker({ fleetSize: 120, seed: 5, progressionIntervalMs: 0 });
  const config = readConfig({
    AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url,
    AWS_REGION: "us-east-1",
    PORT: "0",
    ANONYMOUS_ROLE: "none",
    API_KEYS: `ops:operator:${OPERATOR_KEY},dash:viewer:${VIEWER_KEY}`,
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        rawLog.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  gateway = await startGateway(config, { logger: pino({ level: "info" }, sink) });
});

afterAll(async () => {
  await gateway?.close();
  await sagemaker?.close();
});

function jobInStatus(status: string): string {
  return sagemaker.jobNames().find((name) => sagemaker.getJob(name)?.job.TrainingJobStatus === status)!;
}

async function send(document: string, variables: object, apiKey: string): Promise<void> {
  await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    body: JSON.stringify({ query: document, variables }),
  });
}

function mutationLines(job: string): Array<Record<string, unknown>> {
  return lines.filter((line) => line.event === "job_mutation" && line.job === job);
}

describe("mutation log", () => {
  test("one line per successful mutation", async () => {
    const job = jobInStatus("Completed");

    await send("mutation($name: String!) { addTrainingJobTags(name: $name, tags: [{ key: \"a\", value: \"b\" }]) { trainingJobName } }", { name: job }, OPERATOR_KEY);

    expect(mutationLines(job)).toEqual([expect.objectContaining({ operation: "addTrainingJobTags", callerId: "ops", outcome: "succeeded" })]);
  });

  test("a refused stop is logged with its code", async () => {
    const job = jobInStatus("Failed");

    await send("mutation($name: String!) { stopTrainingJob(name: $name) { trainingJobName } }", { name: job }, OPERATOR_KEY);

    expect(mutationLines(job)).toEqual([expect.objectContaining({ operation: "stopTrainingJob", outcome: "rejected", code: "JOB_NOT_RUNNING" })]);
  });

  test("a forbidden mutation is logged", async () => {
    const job = jobInStatus("Stopped");

    await send("mutation($name: String!) { stopTrainingJob(name: $name) { trainingJobName } }", { name: job }, VIEWER_KEY);

    expect(mutationLines(job)).toEqual([expect.objectContaining({ callerId: "dash", outcome: "rejected", code: "FORBIDDEN" })]);
  });

  test("no line contains an API key", async () => {
    const rejectedKey = "rejected-key-0123456789abcdef";
    await send("{ __typename }", {}, rejectedKey);

    const leaking = rawLog.filter((line) => [OPERATOR_KEY, VIEWER_KEY, rejectedKey].some((key) => line.includes(key)));

    expect(leaking).toEqual([]);
  });
});
