import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadJobsDir } from "../../../src/local-sagemaker/corpus/jobs-dir.loader.js";
import { InvalidJobRecordError } from "../../../src/local-sagemaker/corpus/stored-job-record.js";
import { makeJob } from "./server-fixtures.js";

const SCOPE = { region: "us-east-1", accountId: "111122223333" };

describe("loadJobsDir", () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "local-sagemaker-jobs-"));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it("reads records in file-name order", async () => {
    await writeFile(join(directory, "b.json"), JSON.stringify(makeJob("second-job", 2).job));
    await writeFile(join(directory, "a.json"), JSON.stringify(makeJob("first-job", 1).job));

    const jobs = await loadJobsDir(directory, SCOPE);

    expect(jobs.map((stored) => stored.job.TrainingJobName)).toEqual(["first-job", "second-job"]);
  });

  it("reads an array of records", async () => {
    await writeFile(join(directory, "many.json"), JSON.stringify([makeJob("one-job", 1).job, makeJob("two-job", 2).job]));

    const jobs = await loadJobsDir(directory, SCOPE);

    expect(jobs).toHaveLength(2);
  });

  it("moves Tags out of the job", async () => {
    await writeFile(join(directory, "tagged.json"), JSON.stringify({ ...makeJob("tagged-job", 1).job, Tags: [{ Key: "team", Value: "nlp" }] }));

    const [stored] = await loadJobsDir(directory, SCOPE);

    expect(stored.tags).toEqual([{ Key: "team", Value: "nlp" }]);
    expect(stored.job.Tags).toBeUndefined();
  });

  it("ignores files that are not JSON", async () => {
    await writeFile(join(directory, "notes.txt"), "not a record");

    expect(await loadJobsDir(directory, SCOPE)).toEqual([]);
  });

  it("names a file that is not valid JSON", async () => {
    const path = join(directory, "broken.json");
    await writeFile(path, "{");

    await expect(loadJobsDir(directory, SCOPE)).rejects.toThrow(`Invalid training job record in ${path}: the file is not valid JSON`);
  });

  it("names a record without a valid name", async () => {
    await writeFile(join(directory, "bad.json"), JSON.stringify({ ...makeJob("x", 1).job, TrainingJobName: "bad_name" }));

    await expect(loadJobsDir(directory, SCOPE)).rejects.toThrow(InvalidJobRecordError);
  });

  it("names a missing folder", async () => {
    const missing = join(directory, "absent");

    await expect(loadJobsDir(missing, SCOPE)).rejects.toThrow(`Cannot read the jobs folder ${missing}: `);
  });
});
