import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { startHarness, type Harness } from "../support/gateway-harness.js";

const STOP = "mutation Stop($name: String!) { stopTrainingJob(name: $name) { trainingJobName trainingJobStatus secondaryStatus } }";
const ADD_TAGS = "mutation Tag($name: String!, $tags: [TagInput!]!) { addTrainingJobTags(name: $name, tags: $tags) { tags { key value } } }";
const REMOVE_TAGS = "mutation Untag($name: String!, $keys: [String!]!) { removeTrainingJobTags(name: $name, keys: $keys) { tags { key value } } }";
const STATUS = "query Status($name: String!) { trainingJob(name: $name) { trainingJobStatus secondaryStatusTransitions { status } } }";
const TAGS = "query Tags($name: String!) { trainingJob(name: $name) { tags { key value } } }";

type Job = { trainingJobStatus?: string; secondaryStatus?: string; tags?: Array<{ key: string; value: string }> };

let harness: Harness;
/** Jobs no test has used yet, so that each test works on a job of its own. */
const used = new Set<string>();

beforeAll(async () => {
  harness = await startHarness({ sagemaker: { stopDelayMs: 200 } });
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.resetCalls();
});

function freshJob(status: string, keep: (tags: number) => boolean = () => true): string {
  const name = harness.sagemaker.jobNames().find((candidate) => {
    const stored = harness.sagemaker.getJob(candidate)!;
    return !used.has(candidate) && stored.job.TrainingJobStatus === status && keep(stored.tags.length);
  });
  if (!name) throw new Error(`the fleet has no unused ${status} job`);
  used.add(name);
  return name;
}

function storedTags(name: string): Array<{ key: string; value: string }> {
  return harness.sagemaker.getJob(name)!.tags.map((tag) => ({ key: tag.Key, value: tag.Value }));
}

describe("stopTrainingJob", () => {
  test("stops a running job", async () => {
    const name = freshJob("InProgress");

    const response = await harness.query(STOP, { name });

    expect(response.data).toEqual({ stopTrainingJob: { trainingJobName: name, trainingJobStatus: "STOPPING", secondaryStatus: "STOPPING" } });
  });

  test("costs one Stop and one Describe", async () => {
    await harness.query(STOP, { name: freshJob("InProgress") });

    expect(harness.calls()).toEqual({ StopTrainingJob: 1, DescribeTrainingJob: 1 });
  });

  test("later reads are not served from the cache", async () => {
    const name = freshJob("InProgress");
    await harness.query(STATUS, { name });

    await harness.query(STOP, { name });
    const after = await harness.query(STATUS, { name });

    expect((after.data as { trainingJob: Job }).trainingJob.trainingJobStatus).toBe("STOPPING");
  });

  test("completed job is JOB_NOT_RUNNING with SageMaker's reason", async () => {
    const name = freshJob("Completed");

    const response = await harness.query(STOP, { name });

    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: "JOB_NOT_RUNNING", trainingJobStatus: "COMPLETED", trainingJobName: name });
    expect(error?.message).toContain("The request was rejected because the training job is in status Completed.");
  });

  test("unknown job is NOT_FOUND", async () => {
    const response = await harness.query(STOP, { name: "no-such-job-anywhere" });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", trainingJobName: "no-such-job-anywhere" });
  });

  test("invalid name is BAD_USER_INPUT without a call", async () => {
    const response = await harness.query(STOP, { name: "bad_name" });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(harness.calls()).toEqual({});
  });
});

describe("addTrainingJobTags", () => {
  test("adds a tag and returns every tag", async () => {
    const name = freshJob("Completed");
    const before = storedTags(name);

    const response = await harness.query(ADD_TAGS, { name, tags: [{ key: "reviewed-by", value: "ops team" }] });

    const expected = [...before, { key: "reviewed-by", value: "ops team" }];
    expect((response.data as { addTrainingJobTags: Job }).addTrainingJobTags.tags).toEqual(expected);
  });

  test("replaces the value of an existing key", async () => {
    const name = freshJob("Completed", (count) => count > 0);
    const [first] = storedTags(name);

    await harness.query(ADD_TAGS, { name, tags: [{ key: first.key, value: "changed" }] });

    expect(storedTags(name).find((tag) => tag.key === first.key)?.value).toBe("changed");
  });

  test("later reads see the new tag", async () => {
    const name = freshJob("Completed");
    await harness.query(TAGS, { name });

    await harness.query(ADD_TAGS, { name, tags: [{ key: "cost-center", value: "ml-42" }] });
    const after = await harness.query(TAGS, { name });

    expect((after.data as { trainingJob: Job }).trainingJob.tags).toContainEqual({ key: "cost-center", value: "ml-42" });
  });

  test("more than 50 tags on the job is BAD_USER_INPUT without AddTags", async () => {
    const name = freshJob("Completed");
    const missing = 51 - storedTags(name).length;
    const tags = Array.from({ length: missing }, (_, index) => ({ key: `bulk-${index}`, value: "x" }));

    const response = await harness.query(ADD_TAGS, { name, tags });

    expect(response.errors?.[0]?.message).toMatch(/would give job .* 51 tags .* at most 50/);
    expect(harness.calls().AddTags).toBeUndefined();
  });

  test("unknown job is NOT_FOUND", async () => {
    const response = await harness.query(ADD_TAGS, { name: "no-such-job-anywhere", tags: [{ key: "a", value: "b" }] });

    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  test.each([
    ["no tags", [], "tags", /1 to 50 tags, not 0/],
    ["51 tags", Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: "" })), "tags", /1 to 50 tags, not 51/],
    ["a reserved key", [{ key: "AWS:owner", value: "me" }], "tags[0].key", /reserved for AWS/],
    ["an empty key", [{ key: "", value: "me" }], "tags[0].key", /it has 0 characters; the limit is 1 to 128/],
    ["a long key", [{ key: "k".repeat(129), value: "" }], "tags[0].key", /it has 129 characters/],
    ["a long value", [{ key: "k", value: "v".repeat(257) }], "tags[0].value", /it has 257 characters; the limit is 0 to 256/],
    ["a forbidden character", [{ key: "team", value: "a*b" }], "tags[0].value", /only letters, digits, spaces/],
    ["a repeated key", [{ key: "team", value: "a" }, { key: "team", value: "b" }], "tags", /"team" appears more than once/],
  ])("%s is BAD_USER_INPUT without a call", async (_case, tags, argumentName, message) => {
    const response = await harness.query(ADD_TAGS, { name: freshJob("Completed"), tags });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(harness.calls()).toEqual({});
  });

  test("letters of any script are accepted", async () => {
    const response = await harness.query(ADD_TAGS, { name: freshJob("Completed"), tags: [{ key: "équipe", value: "データ 2024" }] });

    expect(response.errors).toBeUndefined();
  });
});

describe("removeTrainingJobTags", () => {
  test("removes the named keys", async () => {
    const name = freshJob("Completed", (count) => count >= 2);
    const [first, ...rest] = storedTags(name);

    const response = await harness.query(REMOVE_TAGS, { name, keys: [first.key] });

    expect((response.data as { removeTrainingJobTags: Job }).removeTrainingJobTags.tags).toEqual(rest);
  });

  test("keys the job lacks are ignored", async () => {
    const name = freshJob("Completed");
    const before = storedTags(name);

    const response = await harness.query(REMOVE_TAGS, { name, keys: ["not-a-tag-of-this-job"] });

    expect((response.data as { removeTrainingJobTags: Job }).removeTrainingJobTags.tags).toEqual(before);
  });

  test("reserved key is BAD_USER_INPUT without a call", async () => {
    const response = await harness.query(REMOVE_TAGS, { name: freshJob("Completed"), keys: ["aws:cloudformation:stack-name"] });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "keys[0]" });
    expect(harness.calls()).toEqual({});
  });
});
