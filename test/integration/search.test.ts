import { afterAll, beforeAll, describe, expect, test } from "vitest";

import {
  SearchJobDescribeOnlyDocument,
  SearchJobNamesDocument,
  type SearchJobNamesQueryVariables,
  type TrainingJobSearchExpression,
} from "../generated/operations.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";
import type { StoredJob } from "../../src/local-sagemaker/wire.js";

/*
 * Each test computes the jobs it expects from the local SageMaker's store
 * with plain predicates, and compares them with what searchTrainingJobs
 * returns over HTTP. Names come back in the default order: CreationTime
 * descending, and the local SageMaker breaks ties by name in the same
 * direction.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

type Metric = { MetricName: string; Value: number };
type Channel = { ChannelName: string; DataSource?: { S3DataSource?: { S3Uri?: string } } };

function storedJobs(): StoredJob[] {
  return harness.sagemaker.jobNames().map((name) => harness.sagemaker.getJob(name)!);
}

function metricValues(stored: StoredJob, name: string): number[] {
  const metrics = (stored.job.FinalMetricDataList as Metric[] | undefined) ?? [];
  return metrics.filter((metric) => metric.MetricName === name).map((metric) => metric.Value);
}

/** Reads a hyperparameter without one pair of enclosing quotes, because script-mode jobs store them JSON-encoded. */
function hyperParameter(stored: StoredJob, name: string): string | undefined {
  const value = (stored.job.HyperParameters as Record<string, string> | undefined)?.[name];
  return value?.replace(/^"(.*)"$/, "$1");
}

function tagValue(stored: StoredJob, key: string): string | undefined {
  return stored.tags.find((tag) => tag.Key === key)?.Value;
}

function channels(stored: StoredJob): Channel[] {
  return (stored.job.InputDataConfig as Channel[] | undefined) ?? [];
}

function byCreationDescending(a: StoredJob, b: StoredJob): number {
  return b.job.CreationTime - a.job.CreationTime || (a.job.TrainingJobName < b.job.TrainingJobName ? 1 : -1);
}

/** Names of the stored jobs that `keep` selects, in the default search order. */
function expectedNames(keep: (stored: StoredJob) => boolean): string[] {
  return storedJobs().filter(keep).sort(byCreationDescending).map((stored) => stored.job.TrainingJobName);
}

type Page = { names: string[]; hasNextPage: boolean; totalCount: { value: number; relation: string } | null | undefined };

/** Reads every page of a search, at most 60 of them. */
async function searchAll(variables: SearchJobNamesQueryVariables): Promise<{ names: string[]; pages: Page[] }> {
  const pages: Page[] = [];
  let after: string | undefined;

  do {
    const response = await harness.query(SearchJobNamesDocument, { first: 100, ...variables, after });
    expect(response.errors).toBeUndefined();

    const connection = response.data!.searchTrainingJobs;
    pages.push({
      names: connection.edges.map((edge) => edge.node!.trainingJobName),
      hasNextPage: connection.pageInfo.hasNextPage,
      totalCount: connection.totalCount,
    });
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? undefined) : undefined;
  } while (after && pages.length < 60);

  return { names: pages.flatMap((page) => page.names), pages };
}

async function searchNames(where: TrainingJobSearchExpression): Promise<string[]> {
  return (await searchAll({ where })).names;
}

describe("searchTrainingJobs operators", () => {
  test("EQUALS on status", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobStatus === "Failed");
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "TrainingJobStatus", operator: "EQUALS", value: "Failed" }] })).toEqual(expected);
  });

  test("NOT_EQUALS includes jobs lacking it", async () => {
    const expected = expectedNames((stored) => (stored.job.ResourceConfig?.InstanceType as string | undefined) !== "ml.m5.xlarge");
    const lacking = storedJobs().find((stored) => stored.job.ResourceConfig?.InstanceType === undefined);
    expect(expected).toContain(lacking?.job.TrainingJobName);

    const names = await searchNames({
      filters: [{ property: "RESOURCE_CONFIG_INSTANCE_TYPE", operator: "NOT_EQUALS", value: "ml.m5.xlarge" }],
    });

    expect(names).toEqual(expected);
  });

  test("GREATER_THAN on a metric", async () => {
    const expected = expectedNames((stored) => metricValues(stored, "validation:auc").some((value) => value > 0.8));
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "Metrics.validation:auc", operator: "GREATER_THAN", value: "0.8" }] })).toEqual(expected);
  });

  test("GREATER_THAN_OR_EQUAL_TO on a count", async () => {
    const expected = expectedNames((stored) => ((stored.job.ResourceConfig?.InstanceCount as number | undefined) ?? 0) >= 2);
    expect(expected.length).toBeGreaterThan(0);

    const names = await searchNames({ filters: [{ name: "ResourceConfig.InstanceCount", operator: "GREATER_THAN_OR_EQUAL_TO", value: "2" }] });

    expect(names).toEqual(expected);
  });

  test("LESS_THAN on a time", async () => {
    const times = storedJobs().map((stored) => stored.job.CreationTime).sort((a, b) => a - b);
    const cutoffMs = Math.floor(times[100] * 1000);
    const expected = expectedNames((stored) => stored.job.CreationTime * 1000 < cutoffMs);

    const names = await searchNames({ filters: [{ name: "CreationTime", operator: "LESS_THAN", value: new Date(cutoffMs).toISOString() }] });

    expect(names).toEqual(expected);
  });

  test("LESS_THAN_OR_EQUAL_TO keeps equal values", async () => {
    const durations = storedJobs().flatMap((stored) => (typeof stored.job.TrainingTimeInSeconds === "number" ? [stored.job.TrainingTimeInSeconds] : []));
    const bound = durations.sort((a, b) => a - b)[40];
    const expected = expectedNames((stored) => typeof stored.job.TrainingTimeInSeconds === "number" && stored.job.TrainingTimeInSeconds <= bound);

    const names = await searchNames({ filters: [{ name: "TrainingTimeInSeconds", operator: "LESS_THAN_OR_EQUAL_TO", value: String(bound) }] });

    expect(names).toEqual(expected);
    expect(names.length).toBeGreaterThanOrEqual(41);
  });

  test("CONTAINS on the name", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobName.includes("xgboost"));
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "TrainingJobName", operator: "CONTAINS", value: "xgboost" }] })).toEqual(expected);
  });

  test("EXISTS", async () => {
    const expected = expectedNames((stored) => stored.job.FailureReason !== undefined);
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ property: "FAILURE_REASON", operator: "EXISTS" }] })).toEqual(expected);
  });

  test("NOT_EXISTS", async () => {
    const expected = expectedNames((stored) => stored.job.TuningJobArn === undefined);

    expect(await searchNames({ filters: [{ name: "TuningJobArn", operator: "NOT_EXISTS" }] })).toEqual(expected);
  });

  test("IN on status", async () => {
    const expected = expectedNames((stored) => ["Failed", "Stopped"].includes(stored.job.TrainingJobStatus));

    expect(await searchNames({ filters: [{ name: "TrainingJobStatus", operator: "IN", value: "Failed,Stopped" }] })).toEqual(expected);
  });

  test("Boolean property", async () => {
    const expected = expectedNames((stored) => stored.job.EnableManagedSpotTraining === true);
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "EnableManagedSpotTraining", operator: "EQUALS", value: "TRUE" }] })).toEqual(expected);
  });

  test("hyperparameter range", async () => {
    const expected = expectedNames((stored) => {
      const eta = hyperParameter(stored, "eta");
      return eta !== undefined && Number(eta) < 0.2;
    });
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "HyperParameters.eta", operator: "LESS_THAN", value: "0.2" }] })).toEqual(expected);
  });

  test("tag equality", async () => {
    const expected = expectedNames((stored) => tagValue(stored, "env") === "prod");
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ filters: [{ name: "Tags.env", operator: "EQUALS", value: "prod" }] })).toEqual(expected);
  });
});

describe("searchTrainingJobs expressions", () => {
  test("nested filter on one channel", async () => {
    const expected = expectedNames((stored) =>
      channels(stored).some(
        (channel) => channel.ChannelName === "train" && (channel.DataSource?.S3DataSource?.S3Uri ?? "").includes("ml-datasets-"),
      ),
    );
    const independent = expectedNames(
      (stored) =>
        channels(stored).some((channel) => channel.ChannelName === "train") &&
        channels(stored).some((channel) => (channel.DataSource?.S3DataSource?.S3Uri ?? "").includes("ml-datasets-")),
    );
    expect(expected.length).toBeGreaterThan(0);

    const names = await searchNames({
      nestedFilters: [
        {
          nestedPropertyName: "InputDataConfig",
          filters: [
            { name: "InputDataConfig.ChannelName", value: "train" },
            { name: "InputDataConfig.DataSource.S3DataSource.S3Uri", operator: "CONTAINS", value: "ml-datasets-" },
          ],
        },
      ],
    });

    expect(names).toEqual(expected);
    expect(independent.length).toBeGreaterThan(expected.length);
  });

  test("OR of filters", async () => {
    const expected = expectedNames((stored) => ["Failed", "Stopped"].includes(stored.job.TrainingJobStatus));

    const names = await searchNames({
      operator: "OR",
      filters: [
        { name: "TrainingJobStatus", value: "Failed" },
        { name: "TrainingJobStatus", value: "Stopped" },
      ],
    });

    expect(names).toEqual(expected);
  });

  test("AND with an OR subexpression", async () => {
    const expected = expectedNames(
      (stored) => ["Failed", "Stopped"].includes(stored.job.TrainingJobStatus) && stored.job.EnableManagedSpotTraining === true,
    );

    const names = await searchNames({
      filters: [{ name: "EnableManagedSpotTraining", value: "true" }],
      subExpressions: [
        {
          operator: "OR",
          filters: [
            { name: "TrainingJobStatus", value: "Failed" },
            { name: "TrainingJobStatus", value: "Stopped" },
          ],
        },
      ],
    });

    expect(names).toEqual(expected);
  });

  test("OR of AND subexpressions", async () => {
    const expected = expectedNames(
      (stored) =>
        (stored.job.TrainingJobStatus === "Completed" && metricValues(stored, "validation:auc").some((value) => value > 0.9)) ||
        (stored.job.TrainingJobStatus === "Failed" && tagValue(stored, "env") === "prod"),
    );
    expect(expected.length).toBeGreaterThan(0);

    const names = await searchNames({
      operator: "OR",
      subExpressions: [
        { status: "COMPLETED", metric: [{ name: "validation:auc", gt: 0.9 }] },
        { status: "FAILED", tag: [{ key: "env", value: "prod" }] },
      ],
    });

    expect(names).toEqual(expected);
  });

  test("shorthand ANDed with an OR node", async () => {
    const expected = expectedNames(
      (stored) => ["Failed", "Stopped"].includes(stored.job.TrainingJobStatus) && stored.job.ResourceConfig?.InstanceType === "ml.m5.xlarge",
    );

    const names = await searchNames({
      operator: "OR",
      filters: [
        { name: "TrainingJobStatus", value: "Failed" },
        { name: "TrainingJobStatus", value: "Stopped" },
      ],
      instanceType: "ml.m5.xlarge",
    });

    expect(names).toEqual(expected);
  });
});

describe("searchTrainingJobs shorthands", () => {
  test("status", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobStatus === "Stopped");

    expect(await searchNames({ status: "STOPPED" })).toEqual(expected);
  });

  test("nameContains", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobName.includes("pytorch"));
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ nameContains: "pytorch" })).toEqual(expected);
  });

  test("nameEquals", async () => {
    const name = storedJobs()[17].job.TrainingJobName;

    expect(await searchNames({ nameEquals: name })).toEqual([name]);
  });

  test("createdAfter and createdBefore", async () => {
    const times = storedJobs().map((stored) => stored.job.CreationTime).sort((a, b) => a - b);
    const afterMs = Math.floor(times[60] * 1000);
    const beforeMs = Math.floor(times[200] * 1000);
    const expected = expectedNames((stored) => stored.job.CreationTime * 1000 > afterMs && stored.job.CreationTime * 1000 < beforeMs);

    const names = await searchNames({ createdAfter: new Date(afterMs).toISOString(), createdBefore: new Date(beforeMs).toISOString() });

    expect(names).toEqual(expected);
  });

  test("metric range", async () => {
    const expected = expectedNames((stored) => metricValues(stored, "validation:rmse").some((value) => value >= 1 && value < 5));
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ metric: [{ name: "validation:rmse", gte: 1, lt: 5 }] })).toEqual(expected);
  });

  test("hyperparameter bound compares decimals", async () => {
    // Every subsample lies between 0 and 1, so an integer comparison (0 > 0) would match none.
    const expected = expectedNames((stored) => {
      const subsample = hyperParameter(stored, "subsample");
      return subsample !== undefined && Number(subsample) > 0;
    });
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ hyperParameter: [{ name: "subsample", gt: 0 }] })).toEqual(expected);
  });

  test("hyperparameter equals", async () => {
    const expected = expectedNames((stored) => hyperParameter(stored, "optimizer") === "adamw");
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ hyperParameter: [{ name: "optimizer", equals: "adamw" }] })).toEqual(expected);
  });

  test("tag with and without value", async () => {
    const expected = expectedNames((stored) => tagValue(stored, "team") !== undefined && tagValue(stored, "ticket") !== undefined);
    const team = storedJobs().find((stored) => tagValue(stored, "team") !== undefined && tagValue(stored, "ticket") !== undefined)!;
    const teamValue = tagValue(team, "team")!;
    const expectedForTeam = expectedNames((stored) => tagValue(stored, "team") === teamValue && tagValue(stored, "ticket") !== undefined);

    expect(await searchNames({ tag: [{ key: "team" }, { key: "ticket" }] })).toEqual(expected);
    expect(await searchNames({ tag: [{ key: "team", value: teamValue }, { key: "ticket" }] })).toEqual(expectedForTeam);
  });

  test("instanceType", async () => {
    const expected = expectedNames((stored) => stored.job.ResourceConfig?.InstanceType === "ml.g5.xlarge");
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ instanceType: "ml.g5.xlarge" })).toEqual(expected);
  });

  test("inputS3UriPrefix", async () => {
    const uri = storedJobs()
      .flatMap(channels)
      .map((channel) => channel.DataSource?.S3DataSource?.S3Uri ?? "")
      .find((candidate) => candidate.startsWith("s3://ml-datasets-"))!;
    const prefix = `${uri.split("/").slice(0, 4).join("/")}/`;
    const expected = expectedNames((stored) =>
      channels(stored).some((channel) => (channel.DataSource?.S3DataSource?.S3Uri ?? "").startsWith(prefix)),
    );
    expect(expected.length).toBeGreaterThan(0);

    expect(await searchNames({ inputS3UriPrefix: prefix })).toEqual(expected);
  });

  test("tuningJobArn", async () => {
    const arn = storedJobs().find((stored) => stored.job.TuningJobArn !== undefined)!.job.TuningJobArn as string;
    const expected = expectedNames((stored) => stored.job.TuningJobArn === arn);
    expect(expected.length).toBeGreaterThan(1);

    expect(await searchNames({ tuningJobArn: arn })).toEqual(expected);
  });
});

describe("searchTrainingJobs pages and order", () => {
  test("paging visits every match once", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobStatus === "Completed");

    const { names, pages } = await searchAll({ where: { status: "COMPLETED" }, first: 7 });

    expect(names).toEqual(expected);
    expect(new Set(names).size).toBe(names.length);
    for (const page of pages.slice(0, -1)) expect(page.names).toHaveLength(7);
    expect(pages.at(-1)!.hasNextPage).toBe(false);
  });

  test("totalCount is exact", async () => {
    const expected = expectedNames((stored) => stored.job.TrainingJobStatus === "Completed");

    const { pages } = await searchAll({ where: { status: "COMPLETED" }, first: 50 });

    for (const page of pages) expect(page.totalCount).toEqual({ value: expected.length, relation: "EXACT" });
  });

  test("totalCount without matches", async () => {
    const { pages } = await searchAll({ where: { nameEquals: "no-such-job" } });

    expect(pages).toEqual([{ names: [], hasNextPage: false, totalCount: { value: 0, relation: "EXACT" } }]);
  });

  test("sort by a metric", async () => {
    const auc = (stored: StoredJob) => Math.max(...metricValues(stored, "validation:auc"));
    const expected = storedJobs()
      .filter((stored) => metricValues(stored, "validation:auc").length > 0)
      .sort((a, b) => auc(b) - auc(a) || (a.job.TrainingJobName < b.job.TrainingJobName ? 1 : -1))
      .map((stored) => stored.job.TrainingJobName);

    const { names } = await searchAll({
      where: { filters: [{ name: "Metrics.validation:auc", operator: "EXISTS" }] },
      sortBy: "Metrics.validation:auc",
      first: 30,
    });

    expect(names).toEqual(expected);
  });

  test("sort by name ascending", async () => {
    const expected = storedJobs()
      .filter((stored) => stored.job.TrainingJobStatus === "Failed")
      .map((stored) => stored.job.TrainingJobName)
      .sort();

    const { names } = await searchAll({ where: { status: "FAILED" }, sortByProperty: "TRAINING_JOB_NAME", sortOrder: "ASCENDING" });

    expect(names).toEqual(expected);
  });

  test("Search fields cost one Search", async () => {
    harness.gateway.cache.evictAll();
    harness.resetCalls();

    const response = await harness.query(SearchJobNamesDocument, { where: { status: "COMPLETED" }, first: 25 });

    expect(response.data!.searchTrainingJobs.edges).toHaveLength(25);
    expect(harness.calls()).toEqual({ Search: 1 });
  });

  test("Describe-only fields cost one Describe per job", async () => {
    harness.gateway.cache.evictAll();
    harness.resetCalls();

    const response = await harness.query(SearchJobDescribeOnlyDocument, { where: { status: "COMPLETED" }, first: 12 });

    expect(response.errors).toBeUndefined();
    const edges = response.data!.searchTrainingJobs.edges;
    expect(edges).toHaveLength(12);
    expect(edges.every((edge) => edge.node!.trainingJobStatus === "COMPLETED")).toBe(true);
    expect(harness.calls()).toEqual({ Search: 1, DescribeTrainingJob: 12 });
  });

  test("Describe-only values match the store", async () => {
    const response = await harness.query(SearchJobDescribeOnlyDocument, { where: { status: "COMPLETED" }, first: 40 });

    for (const edge of response.data!.searchTrainingJobs.edges) {
      const stored = harness.sagemaker.getJob(edge.node!.trainingJobName)!;
      const profiling = stored.job.ProfilingStatus as string | undefined;
      expect(edge.node!.profilingStatus ?? null).toBe(profiling === undefined ? null : profiling.toUpperCase());
    }
  });
});
