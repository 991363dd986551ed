import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { FirstJobsDocument, ListDetailsDocument, ListSummariesDocument } from "../generated/operations.js";
import { compareCodeUnits } from "../support/expected-job.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";
import type { WireTrainingJob } from "../../src/local-sagemaker/wire.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ sagemaker: { fleetSize: 300, seed: 11 } });
});

afterAll(async () => {
  await harness?.close();
});

function storedJobs(target: Harness = harness): WireTrainingJob[] {
  return target.sagemaker.jobNames().map((name) => target.sagemaker.getJob(name)!.job);
}

/** Names of the fleet's jobs matching `keep`, newest first, as ListTrainingJobs orders them by default. */
function expectedNames(keep: (job: WireTrainingJob) => boolean = () => true, target: Harness = harness): string[] {
  return storedJobs(target)
    .filter(keep)
    .sort((a, b) => b.CreationTime - a.CreationTime || (a.TrainingJobName < b.TrainingJobName ? -1 : 1))
    .map((job) => job.TrainingJobName);
}

type Page = { names: string[]; hasNextPage: boolean; endCursor: string | null | undefined };

async function readAll(variables: Record<string, unknown>): Promise<{ pages: Page[]; names: string[] }> {
  const pages: Page[] = [];
  let after: string | undefined;
  do {
    const response = await harness.query(ListSummariesDocument, { ...variables, after } as never);
    expect(response.errors).toBeUndefined();
    const connection = response.data!.trainingJobs;
    pages.push({
      names: connection.edges.map((edge) => edge.node!.trainingJobName),
      hasNextPage: connection.pageInfo.hasNextPage,
      endCursor: connection.pageInfo.endCursor,
    });
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? undefined) : undefined;
  } while (after && pages.length < 50);
  return { pages, names: pages.flatMap((page) => page.names) };
}

describe("trainingJobs", () => {
  test("first 5 jobs with a next page", async () => {
    const response = await harness.query(FirstJobsDocument, { first: 5 });

    expect(response.errors).toBeUndefined();
    const connection = response.data!.trainingJobs;
    expect(connection.edges.map((edge) => edge.node!.trainingJobName)).toEqual(expectedNames().slice(0, 5));
    expect(connection.edges.every((edge) => typeof edge.node!.resourceConfig?.instanceType === "string" || edge.node!.resourceConfig?.instanceType === null)).toBe(true);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  test("summary-only page costs one ListTrainingJobs", async () => {
    harness.resetCalls();

    const response = await harness.query(ListSummariesDocument, { first: 100 });

    expect(response.data!.trainingJobs.edges).toHaveLength(100);
    expect(harness.calls()).toEqual({ ListTrainingJobs: 1 });
  });

  test("details page costs one List and one Search", async () => {
    harness.gateway.cache.evictAll();
    harness.resetCalls();

    const response = await harness.query(ListDetailsDocument, { first: 50, filter: { statusEquals: "COMPLETED" } });

    expect(response.errors).toBeUndefined();
    expect(response.data!.trainingJobs.edges).toHaveLength(50);
    expect(harness.calls().Search).toBe(1);
    expect(harness.calls().DescribeTrainingJob).toBeUndefined();
    expect(harness.calls().ListTags).toBeUndefined();
  });

  test("jobs Search has not indexed fall back to Describe", async () => {
    const lagging = await startHarness({ sagemaker: { fleetSize: 300, seed: 11, searchLagJobs: 5 } });
    try {
      const newest = expectedNames(() => true, lagging).slice(0, 5);

      const response = await lagging.query(ListDetailsDocument, { first: 20 });

      expect(response.errors).toBeUndefined();
      const nodes = response.data!.trainingJobs.edges.map((edge) => edge.node!);
      expect(nodes.slice(0, 5).map((node) => node.trainingJobName)).toEqual(newest);
      for (const node of nodes.slice(0, 5)) {
        const stored = lagging.sagemaker.getJob(node.trainingJobName)!;
        expect(node.tags).toEqual(stored.tags.map((tag) => ({ key: tag.Key, value: tag.Value })));
        expect(node.resourceConfig?.instanceType).toBe(stored.job.ResourceConfig?.InstanceType ?? null);
      }
      expect(lagging.calls().DescribeTrainingJob).toBe(5);
      expect(lagging.calls().ListTags).toBe(5);
    } finally {
      await lagging.close();
    }
  });

  test("paging visits every job once in order", async () => {
    const { names, pages } = await readAll({ first: 37 });

    expect(names).toEqual(expectedNames());
    expect(pages.at(-1)!.hasNextPage).toBe(false);
  });

  test("sparse filter fills pages across short upstream pages", async () => {
    const failed = expectedNames((job) => job.TrainingJobStatus === "Failed");
    expect(failed.length).toBeGreaterThan(3);

    const { pages, names } = await readAll({ first: 3, filter: { statusEquals: "FAILED" } });

    expect(names).toEqual(failed);
    for (const page of pages.slice(0, -1)) expect(page.names).toHaveLength(3);
    expect(pages.at(-1)!.hasNextPage).toBe(false);
  });

  test("nameContains matches case-insensitively", async () => {
    const fragment = storedJobs()[0].TrainingJobName.slice(0, 6).toUpperCase();
    const expected = expectedNames((job) => job.TrainingJobName.toLowerCase().includes(fragment.toLowerCase()));

    const { names } = await readAll({ first: 100, filter: { nameContains: fragment } });

    expect(names).toEqual(expected);
  });

  test("creation time range", async () => {
    const times = storedJobs().map((job) => job.CreationTime).sort((a, b) => a - b);
    const after = times[Math.floor(times.length / 4)];
    const before = times[Math.floor(times.length / 2)];
    const expected = expectedNames((job) => job.CreationTime > after && job.CreationTime < before);

    const { names } = await readAll({
      first: 100,
      filter: { creationTimeAfter: new Date(after * 1000).toISOString(), creationTimeBefore: new Date(before * 1000).toISOString() },
    });

    expect(names).toEqual(expected);
  });

  test("last modified time range", async () => {
    const cutoff = storedJobs().map((job) => job.LastModifiedTime ?? job.CreationTime).sort((a, b) => a - b)[150];
    const expected = expectedNames((job) => (job.LastModifiedTime ?? job.CreationTime) > cutoff);

    const { names } = await readAll({ first: 100, filter: { lastModifiedTimeAfter: new Date(cutoff * 1000).toISOString() } });

    expect(names).toEqual(expected);
  });

  test("warm pool status filter", async () => {
    const expected = expectedNames((job) => job.WarmPoolStatus?.Status === "Available");

    const { names } = await readAll({ first: 100, filter: { warmPoolStatusEquals: "AVAILABLE" } });

    expect(names).toEqual(expected);
  });

  test("training plan filter", async () => {
    const plan = storedJobs().find((job) => job.ResourceConfig?.TrainingPlanArn)?.ResourceConfig?.TrainingPlanArn;
    expect(plan).toBeDefined();
    const expected = expectedNames((job) => job.ResourceConfig?.TrainingPlanArn === plan);

    const { names } = await readAll({ first: 100, filter: { trainingPlanArnEquals: plan } });

    expect(names).toEqual(expected);
  });

  test("sort by name ascending", async () => {
    const expected = storedJobs()
      .map((job) => job.TrainingJobName)
      .sort(compareCodeUnits);

    const { names } = await readAll({ first: 100, sort: { by: "NAME", order: "ASCENDING" } });

    expect(names).toEqual(expected);
  });

  test("sort by status groups statuses", async () => {
    const { names } = await readAll({ first: 100, sort: { by: "STATUS", order: "ASCENDING" } });
    const statuses = names.map((name) => harness.sagemaker.getJob(name)!.job.TrainingJobStatus);

    expect(names).toHaveLength(storedJobs().length);
    expect(statuses).toEqual([...statuses].sort());
  });

  test("sort by creation time ascending", async () => {
    const { names } = await readAll({ first: 100, sort: { by: "CREATION_TIME", order: "ASCENDING" } });

    expect(names).toEqual([...expectedNames()].reverse());
  });

  test.each([0, -1, 101, 1000])("first %i is BAD_USER_INPUT", async (first) => {
    harness.resetCalls();

    const response = await harness.query(ListSummariesDocument, { first });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain(`${first}`);
    expect(harness.calls()).toEqual({});
  });

  test.each(["not-a-cursor", "eyJ2IjoxLCJtIjoxMCwicyI6MCwicSI6IngifQ.AAAA", "💥"])("cursor %j is BAD_USER_INPUT", async (after) => {
    const response = await harness.query(ListSummariesDocument, { first: 5, after });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("Invalid cursor");
  });

  test("cursor of another filter is rejected", async () => {
    const first = await harness.query(ListSummariesDocument, { first: 5 });
    const cursor = first.data!.trainingJobs.pageInfo.endCursor!;

    const response = await harness.query(ListSummariesDocument, { first: 5, after: cursor, filter: { statusEquals: "FAILED" } });

    expect(response.errors?.[0]?.message).toContain("different list (another field, filter or sort)");
  });

  test("UNKNOWN status filter is rejected", async () => {
    const response = await harness.query(ListSummariesDocument, { first: 5, filter: { statusEquals: "UNKNOWN" } });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("page bound returns a resumable partial page", async () => {
    const bounded = await startHarness({ sagemaker: { fleetSize: 300, seed: 11 }, env: { LIST_MAX_UPSTREAM_PAGES: "1" } });
    try {
      const failed = expectedNames((job) => job.TrainingJobStatus === "Failed", bounded);
      const pages: string[][] = [];
      let after: string | undefined;
      for (let index = 0; index < 10; index += 1) {
        const response = await bounded.query(ListSummariesDocument, { first: 20, filter: { statusEquals: "FAILED" }, after });
        const connection = response.data!.trainingJobs;
        pages.push(connection.edges.map((edge) => edge.node!.trainingJobName));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor!;
      }

      expect(pages.flat()).toEqual(failed);
      expect(pages.length).toBeGreaterThan(1);
    } finally {
      await bounded.close();
    }
  });
});
