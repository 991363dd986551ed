import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { DESCRIBE_ONLY_MEMBERS, type StoredJob, type WireTrainingJob } from "../../../src/local-sagemaker/wire.js";
import { CORPUS_RECORDS_DIR, corpusPresent, warnWhenCorpusAbsent } from "../../support/corpus.js";
import { fixtureJobs } from "./training-jobs.fixture.js";

function recordNamed(jobs: StoredJob[], name: string): Record<string, unknown> {
  const response = runSearch(jobs, { Resource: "TrainingJob", SearchExpression: { Filters: [{ Name: "TrainingJobName", Value: name }] } });
  expect(response.Results).toHaveLength(1);
  return response.Results[0].TrainingJob;
}

describe("Search record view", () => {
  it.each(DESCRIBE_ONLY_MEMBERS)("%s absent", (member) => {
    const jobs = fixtureJobs();
    Object.assign(jobs[0].job, { [member]: "set in the store" });

    expect(recordNamed(jobs, "alpha")).not.toHaveProperty(member);
  });

  it("Tags present when tagged", () => {
    expect(recordNamed(fixtureJobs(), "alpha").Tags).toEqual([
      { Key: "team", Value: "fraud" },
      { Key: "env", Value: "prod" },
    ]);
  });

  it("Tags absent when untagged", () => {
    expect(recordNamed(fixtureJobs(), "charlie")).not.toHaveProperty("Tags");
  });

  it("other members kept", () => {
    const jobs = fixtureJobs();
    const describeOnly = new Set<string>(DESCRIBE_ONLY_MEMBERS);
    const expected = Object.fromEntries(Object.entries(jobs[0].job).filter(([member]) => !describeOnly.has(member)));

    const { Tags, ...record } = recordNamed(jobs, "alpha");

    expect(record).toEqual(expected);
  });

  it("changing a record leaves the store", () => {
    const jobs = fixtureJobs();
    const record = recordNamed(jobs, "alpha");

    (record.ResourceConfig as Record<string, unknown>).InstanceType = "ml.changed";
    (record.Tags as { Key: string; Value: string }[])[0].Value = "changed";

    expect([jobs[0].job.ResourceConfig?.InstanceType, jobs[0].tags[0].Value]).toEqual(["ml.m5.xlarge", "fraud"]);
  });

  it("changing the store leaves a record", () => {
    const jobs = fixtureJobs();
    const record = recordNamed(jobs, "alpha");

    (jobs[0].job.HyperParameters as Record<string, string>).eta = "0.9";

    expect((record.HyperParameters as Record<string, string>).eta).toBe("0.2");
  });
});

const recordsDir = CORPUS_RECORDS_DIR;
warnWhenCorpusAbsent();

function loadCorpus(): StoredJob[] {
  return readdirSync(recordsDir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ job: JSON.parse(readFileSync(join(recordsDir, file), "utf8")) as WireTrainingJob, tags: [] }));
}

describe.skipIf(!corpusPresent)("Search over published records", () => {
  const corpus = corpusPresent ? loadCorpus() : [];

  it.each(corpus.map((stored) => stored.job.TrainingJobName))("%s found by name", (name) => {
    const stored = corpus.find((candidate) => candidate.job.TrainingJobName === name);
    const describeOnly = new Set<string>(DESCRIBE_ONLY_MEMBERS);
    const expected = Object.fromEntries(Object.entries(stored?.job ?? {}).filter(([member]) => !describeOnly.has(member)));

    expect(recordNamed(corpus, name)).toEqual(expected);
  });

  it("status count", () => {
    const completed = corpus.filter((stored) => stored.job.TrainingJobStatus === "Completed").length;

    const response = runSearch(corpus, {
      Resource: "TrainingJob",
      SearchExpression: { Filters: [{ Name: "TrainingJobStatus", Value: "Completed" }] },
    });

    expect(response.TotalHits).toEqual({ Value: completed, Relation: "EqualTo" });
  });

  it("pages in CreationTime order", () => {
    const expected = [...corpus].sort((a, b) => a.job.CreationTime - b.job.CreationTime).map((stored) => stored.job.TrainingJobName);
    const names: string[] = [];
    let nextToken: string | undefined;

    do {
      const response = runSearch(corpus, { Resource: "TrainingJob", SortBy: "CreationTime", SortOrder: "Ascending", MaxResults: 3, NextToken: nextToken });
      names.push(...response.Results.map((record) => String(record.TrainingJob.TrainingJobName)));
      nextToken = response.NextToken;
    } while (nextToken !== undefined && names.length <= corpus.length);

    expect(names).toEqual(expected);
  });
});
