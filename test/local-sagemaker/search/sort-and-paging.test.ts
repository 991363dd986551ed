import { describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import type { StoredJob } from "../../../src/local-sagemaker/wire.js";
import { fixtureJobs, searchError } from "./training-jobs.fixture.js";

function namesOf(response: ReturnType<typeof runSearch>): string[] {
  return response.Results.map((record) => String(record.TrainingJob.TrainingJobName));
}

function sortedNames(sortBy?: string, sortOrder?: string): string[] {
  return namesOf(runSearch(fixtureJobs(), { Resource: "TrainingJob", SortBy: sortBy, SortOrder: sortOrder }));
}

function minimalJob(name: string, lastModifiedTime: number): StoredJob {
  return {
    job: {
      TrainingJobName: name,
      TrainingJobArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`,
      TrainingJobStatus: "Completed",
      CreationTime: lastModifiedTime,
      LastModifiedTime: lastModifiedTime,
    },
    tags: [],
  };
}

describe("sorting", () => {
  it("default is LastModifiedTime descending", () => {
    // charlie and delta share 1_700_200_100 and tie-break on name, descending.
    expect(sortedNames()).toEqual(["delta", "charlie", "bravo", "echo", "alpha"]);
  });

  it.each<[sortBy: string, sortOrder: string, expected: string[]]>([
    ["LastModifiedTime", "Ascending", ["alpha", "echo", "bravo", "charlie", "delta"]],
    ["CreationTime", "Ascending", ["delta", "alpha", "echo", "bravo", "charlie"]],
    ["CreationTime", "Descending", ["charlie", "bravo", "echo", "alpha", "delta"]],
    ["TrainingJobName", "Ascending", ["alpha", "bravo", "charlie", "delta", "echo"]],
    ["ResourceConfig.InstanceCount", "Descending", ["charlie", "bravo", "echo", "delta", "alpha"]],
    ["Metrics.validation:auc", "Descending", ["alpha", "echo", "bravo", "delta", "charlie"]],
    ["Metrics.validation:auc", "Ascending", ["bravo", "echo", "alpha", "charlie", "delta"]],
    ["HyperParameters.epochs", "Descending", ["bravo", "charlie", "echo", "delta", "alpha"]],
    ["Tags.team", "Ascending", ["echo", "alpha", "delta", "bravo", "charlie"]],
    ["InputDataConfig.ChannelName", "Ascending", ["bravo", "alpha", "charlie", "echo", "delta"]],
    ["InputDataConfig.ChannelName", "Descending", ["alpha", "echo", "charlie", "bravo", "delta"]],
  ])("%s %s", (sortBy, sortOrder, expected) => {
    expect(sortedNames(sortBy, sortOrder)).toEqual(expected);
  });
});

describe("paging", () => {
  const firstPageRequest = { Resource: "TrainingJob", MaxResults: 2 };

  it("walks all pages in order", () => {
    const jobs = fixtureJobs();
    const pages: string[][] = [];
    let nextToken: string | undefined;

    do {
      const response = runSearch(jobs, { ...firstPageRequest, NextToken: nextToken });
      pages.push(namesOf(response));
      nextToken = response.NextToken;
    } while (nextToken !== undefined && pages.length < 10);

    expect(pages).toEqual([["delta", "charlie"], ["bravo", "echo"], ["alpha"]]);
  });

  it("last full page has no token", () => {
    const response = runSearch(fixtureJobs(), { Resource: "TrainingJob", MaxResults: 5 });

    expect(response.NextToken).toBeUndefined();
  });

  it("TotalHits counts all matches", () => {
    const response = runSearch(fixtureJobs(), firstPageRequest);

    expect(response.TotalHits).toEqual({ Value: 5, Relation: "EqualTo" });
  });

  it("jobs added between pages shift nothing", () => {
    const jobs = fixtureJobs();
    const first = runSearch(jobs, firstPageRequest);

    jobs.push(minimalJob("foxtrot", 1_800_000_000), minimalJob("golf", 1_700_050_000));
    const second = runSearch(jobs, { ...firstPageRequest, NextToken: first.NextToken });
    const third = runSearch(jobs, { ...firstPageRequest, NextToken: second.NextToken });

    expect([namesOf(second), namesOf(third)]).toEqual([
      ["bravo", "echo"],
      ["golf", "alpha"],
    ]);
  });

  it("MaxResults may change between pages", () => {
    const jobs = fixtureJobs();
    const first = runSearch(jobs, firstPageRequest);

    const second = runSearch(jobs, { Resource: "TrainingJob", MaxResults: 3, NextToken: first.NextToken });

    expect(namesOf(second)).toEqual(["bravo", "echo", "alpha"]);
  });

  it("stated defaults accept the token", () => {
    const jobs = fixtureJobs();
    const first = runSearch(jobs, firstPageRequest);

    const second = runSearch(jobs, {
      ...firstPageRequest,
      SortBy: "LastModifiedTime",
      SortOrder: "Descending",
      NextToken: first.NextToken,
    });

    expect(namesOf(second)).toEqual(["bravo", "echo"]);
  });

  it("null members do not change the request", () => {
    const jobs = fixtureJobs();
    const filter = { Name: "TrainingJobStatus", Operator: "NotEquals", Value: "Failed" };
    const first = runSearch(jobs, { ...firstPageRequest, SearchExpression: { Filters: [filter], SubExpressions: null } });

    const second = runSearch(jobs, { ...firstPageRequest, SearchExpression: { Filters: [filter] }, NextToken: first.NextToken });

    expect(namesOf(second)).toEqual(["echo", "alpha"]);
  });

  it("token for another expression rejected", () => {
    const first = runSearch(fixtureJobs(), firstPageRequest);

    const error = searchError({
      ...firstPageRequest,
      SearchExpression: { Filters: [{ Name: "TrainingJobStatus", Value: "Completed" }] },
      NextToken: first.NextToken,
    });

    expect(error.message).toMatch(
      /^Invalid NextToken '.{40}\.\.\.': it was returned for a request with a different SearchExpression, SortBy, SortOrder, CrossAccountFilterOption or VisibilityConditions\. Repeat the request that returned it, or omit NextToken to start from the first page\.$/,
    );
  });

  it("token for another sort order rejected", () => {
    const first = runSearch(fixtureJobs(), firstPageRequest);

    const error = searchError({ ...firstPageRequest, SortOrder: "Ascending", NextToken: first.NextToken });

    expect(error.message).toContain("it was returned for a request with a different SearchExpression");
  });

  it("malformed token rejected", () => {
    const error = searchError({ ...firstPageRequest, NextToken: "not-a-token" });

    expect(error.message).toBe(
      "Invalid NextToken 'not-a-token': it is not a token that Search returned. " +
        "Send the NextToken of the previous response unchanged, or omit it to start from the first page.",
    );
  });

  it("decodable foreign token rejected", () => {
    const foreign = Buffer.from(JSON.stringify({ offset: 10 })).toString("base64url");

    const error = searchError({ ...firstPageRequest, NextToken: foreign });

    expect(error.message).toContain("it is not a token that Search returned");
  });
});

describe("TotalHits limit", () => {
  function manyJobs(count: number): StoredJob[] {
    return Array.from({ length: count }, (_, index) => minimalJob(`job-${index}`, 1_700_000_000 + index));
  }

  it("exact at 10,000 matches", () => {
    const response = runSearch(manyJobs(10_000), { Resource: "TrainingJob", MaxResults: 1 });

    expect(response.TotalHits).toEqual({ Value: 10_000, Relation: "EqualTo" });
  });

  it("lower bound past 10,000 matches", () => {
    const response = runSearch(manyJobs(10_001), { Resource: "TrainingJob", MaxResults: 1 });

    expect(response.TotalHits).toEqual({ Value: 10_000, Relation: "GreaterThanOrEqualTo" });
  });
});
