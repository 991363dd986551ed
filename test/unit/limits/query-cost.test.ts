import { GraphQLError, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, test } from "vitest";

import { classifyFields } from "../../../src/sagemaker/job-views.js";
import { estimateQueryCost, rootFieldCost, TooManyFieldsToEstimateError } from "../../../src/server/plugins/query-cost.js";
import { loadEmittedSchema } from "../../support/full-selection.js";

let schema: GraphQLSchema;

beforeAll(() => {
  // The committed SDL, as clients see it; a schema test fails when it drifts from the code.
  schema = loadEmittedSchema();
});

const model = { maxUpstreamPages: 10 };

function cost(query: string, variables?: Record<string, unknown>): number {
  return estimateQueryCost({ schema, document: parse(query), variables, model }).total;
}

describe("trainingJob cost", () => {
  test("summary fields cost one call", () => {
    expect(cost('{ trainingJob(name: "a") { trainingJobName trainingJobStatus } }')).toBe(1);
  });

  test("Describe-only fields with tags cost two", () => {
    expect(cost('{ trainingJob(name: "a") { progressInfo { currentStep } tags { key } } }')).toBe(2);
  });
});

describe("trainingJobs cost", () => {
  test("unfiltered summary page costs one List", () => {
    expect(cost("{ trainingJobs(first: 50) { edges { node { trainingJobName trainingJobStatus } } } }")).toBe(1);
  });

  test("details add the Search ahead and one Search", () => {
    // 1 ListTrainingJobs + 1 Search sent with it + 1 Search for the jobs it missed.
    expect(cost("{ trainingJobs(first: 50) { edges { node { roleArn } } } }")).toBe(3);
  });

  test("a later page reads two windows and no Search ahead", () => {
    expect(cost('{ trainingJobs(first: 50, after: "c") { edges { node { roleArn } } } }')).toBe(3);
  });

  test("a filter may read every allowed page", () => {
    expect(cost("{ trainingJobs(first: 10, filter: { statusEquals: FAILED }) { edges { node { trainingJobName } } } }")).toBe(10);
  });

  test("Describe-only fields cost one Describe per job", () => {
    // 10 List pages + 1 Search + 100 Describe.
    expect(cost("{ trainingJobs(first: 100, filter: { statusEquals: FAILED }) { edges { node { billableTokenCount } } } }")).toBe(111);
  });

  test("aliases multiply", () => {
    const page = "trainingJobs(first: 100, filter: { statusEquals: FAILED }) { edges { node { billableTokenCount } } }";

    expect(cost(`{ a: ${page} b: ${page} }`)).toBe(222);
  });

  test("page size comes from variables", () => {
    const query = "query($n: Int!) { trainingJobs(first: $n) { edges { node { progressInfo { currentStep } } } } }";

    expect(cost(query, { n: 30 })).toBe(32);
  });

  test("the default page size applies", () => {
    expect(cost("{ trainingJobs { edges { node { progressInfo { currentStep } } } } }")).toBe(22);
  });

  test("an out-of-range page size is clamped", () => {
    expect(cost("{ trainingJobs(first: 1000) { edges { node { progressInfo { currentStep } } } } }")).toBe(102);
  });

  test("fields in fragments count", () => {
    const query = "{ trainingJobs(first: 5) { ...Page } } fragment Page on TrainingJobConnection { edges { node { ...Job } } } fragment Job on TrainingJob { billableTokenCount }";

    expect(cost(query)).toBe(7);
  });

  test("a skipped field costs nothing", () => {
    const query = `query($skip: Boolean!) { a: trainingJob(name: "a") { trainingJobName } b: trainingJobs(first: 5) @skip(if: $skip) { edges { cursor } } }`;

    expect(cost(query, { skip: true })).toBe(1);
  });
});

describe("searchTrainingJobs cost", () => {
  test("a page of records costs one Search", () => {
    expect(cost("{ searchTrainingJobs(first: 40) { edges { node { roleArn tags { key } } } } }")).toBe(1);
  });

  test("Describe-only fields add one Describe per job", () => {
    expect(cost("{ searchTrainingJobs(first: 40) { edges { node { profilingStatus } } } }")).toBe(41);
  });
});

describe("estimateQueryCost", () => {
  test("introspection costs nothing", () => {
    expect(cost("{ __schema { types { name } } __typename }")).toBe(0);
  });

  test("lists each root field's share", () => {
    const estimate = estimateQueryCost({
      schema,
      document: parse('{ one: trainingJob(name: "a") { trainingJobName } trainingJobs(first: 5) { edges { cursor } } }'),
      model,
    });

    expect(estimate.byField).toEqual([
      { responseName: "one", field: "trainingJob", cost: 1 },
      { responseName: "trainingJobs", field: "trainingJobs", cost: 1 },
    ]);
  });

  test("invalid variables raise graphql-js's error", () => {
    const query = "query($n: Int!) { trainingJobs(first: $n) { edges { cursor } } }";

    expect(() => cost(query, { n: "many" })).toThrow(GraphQLError);
  });

  test("nested fragment spreads stop the estimate", () => {
    const levels = Array.from({ length: 16 }, (_, level) => `fragment F${level} on TrainingJob { ...F${level + 1} ...F${level + 1} }`);
    const query = `{ trainingJob(name: "a") { ...F0 } } ${levels.join(" ")} fragment F16 on TrainingJob { trainingJobName }`;

    expect(() => cost(query)).toThrow(TooManyFieldsToEstimateError);
  });
});

describe("rootFieldCost", () => {
  const needs = classifyFields(new Set(["trainingJobName"]));

  test.each([
    ["stopTrainingJob", 3],
    ["addTrainingJobTags", 4],
    ["removeTrainingJobTags", 3],
    ["someFutureField", 1],
  ])("%s costs %i", (field, expected) => {
    expect(rootFieldCost(field, {}, needs, model)).toBe(expected);
  });
});
