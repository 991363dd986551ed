import { DescribeTrainingJobCommand, ListTrainingJobsCommand } from "@aws-sdk/client-sagemaker";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalSageMaker, type LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { CORPUS_RECORDS_DIR, corpusPresent, warnWhenCorpusAbsent } from "../../support/corpus.js";
import { makeClient, postOperation } from "./server-fixtures.js";

const RECORDS_DIR = CORPUS_RECORDS_DIR;
const available = corpusPresent;
warnWhenCorpusAbsent();
const fileNames = available ? readdirSync(RECORDS_DIR).filter((fileName) => fileName.endsWith(".json")).sort() : [];
const records = fileNames.map((fileName) => ({ fileName, record: JSON.parse(readFileSync(join(RECORDS_DIR, fileName), "utf8")) }));

describe.skipIf(!available)("recorded DescribeTrainingJob responses", () => {
  let server: LocalSageMaker;

  beforeAll(async () => {
    server = await startLocalSageMaker({ fleetSize: 0, jobsDir: RECORDS_DIR });
  });
  afterAll(() => server?.close());

  it("loads every record", () => {
    expect(server.jobNames()).toHaveLength(records.length);
  });

  it.each(records)("reads $fileName back unchanged", async ({ record }) => {
    const response = await postOperation(server, "DescribeTrainingJob", JSON.stringify({ TrainingJobName: record.TrainingJobName }));
    const { Tags: _tags, ...expected } = record;

    expect(await response.json()).toEqual(expected);
  });

  it.each(records)("describes $fileName through the SDK", async ({ record }) => {
    const job = await makeClient(server).send(new DescribeTrainingJobCommand({ TrainingJobName: record.TrainingJobName }));

    expect(job.TrainingJobArn).toBe(record.TrainingJobArn);
    expect(job.CreationTime?.getTime()).toBe(Math.round(record.CreationTime * 1000));
  });

  it("lists every record", async () => {
    const page = await makeClient(server).send(new ListTrainingJobsCommand({ MaxResults: 100 }));

    expect(page.TrainingJobSummaries?.map((summary) => summary.TrainingJobName).sort()).toEqual(
      records.map(({ record }) => record.TrainingJobName).sort(),
    );
  });
});

if (!available) {
  describe("recorded DescribeTrainingJob responses", () => {
    it.skip(`skipped: no corpus at ${RECORDS_DIR}`, () => undefined);
  });
}
