import { describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { fixtureJobs, searchError } from "./training-jobs.fixture.js";

const VALID_FILTER = { Name: "TrainingJobStatus", Value: "Completed" };

function withExpression(searchExpression: unknown): Record<string, unknown> {
  return { Resource: "TrainingJob", SearchExpression: searchExpression };
}

function repeat<T>(item: T, count: number): T[] {
  return Array.from({ length: count }, () => item);
}

describe("request members", () => {
  it("missing Resource", () => {
    const error = searchError({});

    expect(error.message).toBe(
      "1 validation error detected: Value null at 'resource' failed to satisfy constraint: Member must not be null",
    );
  });

  it("error type and status", () => {
    const error = searchError({});

    expect([error.name, error.statusCode]).toEqual(["ValidationException", 400]);
  });

  it("unknown Resource", () => {
    const error = searchError({ Resource: "Trainingjob" });

    expect(error.message).toBe(
      "1 validation error detected: Value 'Trainingjob' at 'resource' failed to satisfy constraint: Member must " +
        "satisfy enum value set: [Endpoint, Experiment, ExperimentTrial, ExperimentTrialComponent, FeatureGroup, " +
        "FeatureMetadata, HubContent, HyperParameterTuningJob, Image, ImageVersion, Job, Model, ModelCard, " +
        "ModelPackage, ModelPackageGroup, Pipeline, PipelineExecution, PipelineVersion, Project, TrainingJob]",
    );
  });

  it("other resource type", () => {
    const error = searchError({ Resource: "Experiment" });

    expect(error.message).toBe(
      "The local SageMaker searches only training jobs, but Resource is 'Experiment'. Set Resource to 'TrainingJob'.",
    );
  });

  it.each<[maxResults: number, constraint: string]>([
    [0, "must have value greater than or equal to 1"],
    [101, "must have value less than or equal to 100"],
  ])("MaxResults %d", (maxResults, constraint) => {
    const error = searchError({ Resource: "TrainingJob", MaxResults: maxResults });

    expect(error.message).toBe(
      `1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member ${constraint}`,
    );
  });

  it("MaxResults of wrong type", () => {
    const error = searchError({ Resource: "TrainingJob", MaxResults: "10" });

    expect([error.name, error.message]).toEqual([
      "SerializationException",
      "Expected an integer at 'maxResults', but received string \"10\".",
    ]);
  });

  it("empty SortBy", () => {
    const error = searchError({ Resource: "TrainingJob", SortBy: "" });

    expect(error.message).toBe(
      "1 validation error detected: Value '' at 'sortBy' failed to satisfy constraint: " +
        "Member must have length greater than or equal to 1",
    );
  });

  it("unknown SortOrder", () => {
    const error = searchError({ Resource: "TrainingJob", SortOrder: "Desc" });

    expect(error.message).toBe(
      "1 validation error detected: Value 'Desc' at 'sortOrder' failed to satisfy constraint: " +
        "Member must satisfy enum value set: [Ascending, Descending]",
    );
  });

  it("SortBy with empty tag key", () => {
    const error = searchError({ Resource: "TrainingJob", SortBy: "Tags." });

    expect(error.message).toBe(
      "Property name 'Tags.' at 'sortBy' has nothing after 'Tags.'. " +
        "Add the metric name, hyperparameter name or tag key, as in 'Tags.example'.",
    );
  });

  it("NextToken too long", () => {
    const error = searchError({ Resource: "TrainingJob", NextToken: "a".repeat(8193) });

    expect(error.message).toMatch(/at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 8192$/);
  });

  it("several violations together", () => {
    const error = searchError({ Resource: "TrainingJob", MaxResults: 0, SortOrder: "Up" });

    expect(error.message).toBe(
      "2 validation errors detected: " +
        "Value 'Up' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [Ascending, Descending]; " +
        "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });
});

describe("expression list sizes", () => {
  it.each<[member: string, location: string, item: unknown]>([
    ["Filters", "filters", VALID_FILTER],
    ["NestedFilters", "nestedFilters", { NestedPropertyName: "InputDataConfig", Filters: [{ Name: "InputDataConfig.ChannelName", Value: "x" }] }],
    ["SubExpressions", "subExpressions", { Filters: [VALID_FILTER] }],
  ])("21 %s", (member, location, item) => {
    const error = searchError(withExpression({ [member]: repeat(item, 21) }));

    expect(error.message).toBe(
      `1 validation error detected: Value at 'searchExpression.${location}' failed to satisfy constraint: ` +
        "Member must have length less than or equal to 20",
    );
  });

  it("empty Filters list", () => {
    const error = searchError(withExpression({ Filters: [] }));

    expect(error.message).toBe(
      "1 validation error detected: Value at 'searchExpression.filters' failed to satisfy constraint: " +
        "Member must have length greater than or equal to 1",
    );
  });

  it("nested Filters missing", () => {
    const error = searchError(withExpression({ NestedFilters: [{ NestedPropertyName: "InputDataConfig" }] }));

    expect(error.message).toBe(
      "1 validation error detected: Value null at 'searchExpression.nestedFilters.1.member.filters' " +
        "failed to satisfy constraint: Member must not be null",
    );
  });

  it("51 elements in total", () => {
    // 3 subexpressions holding 17 filters each count 3 + 51 = 54 elements.
    const error = searchError(withExpression({ SubExpressions: repeat({ Filters: repeat(VALID_FILTER, 17) }, 3) }));

    expect(error.message).toBe(
      "The SearchExpression contains 54 Filters, NestedFilters and SubExpressions in total, " +
        "and the maximum is 50. Split the search into several requests.",
    );
  });

  it("50 elements in total", () => {
    // 2 subexpressions + 40 of their filters + 8 top-level filters = 50.
    const expression = { Filters: repeat(VALID_FILTER, 8), SubExpressions: repeat({ Filters: repeat(VALID_FILTER, 20) }, 2) };

    const response = runSearch(fixtureJobs(), withExpression(expression));

    expect(response.TotalHits?.Value).toBe(2);
  });

  it("empty expression", () => {
    const error = searchError(withExpression({}));

    expect(error.message).toBe(
      "The SearchExpression at 'searchExpression' has no Filters, NestedFilters or SubExpressions. " +
        "A SearchExpression must contain at least one of them.",
    );
  });

  it("Filters of wrong type", () => {
    const error = searchError(withExpression({ Filters: { Name: "TrainingJobName" } }));

    expect([error.name, error.message]).toEqual([
      "SerializationException",
      "Expected a list at 'searchExpression.filters', but received a structure.",
    ]);
  });
});

describe("filter members", () => {
  it("missing Name", () => {
    const error = searchError(withExpression({ Filters: [{ Value: "x" }] }));

    expect(error.message).toBe(
      "1 validation error detected: Value null at 'searchExpression.filters.1.member.name' failed to satisfy " +
        "constraint: Member must not be null",
    );
  });

  it("Name of 256 characters", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "N".repeat(256), Value: "x" }] }));

    expect(error.message).toMatch(/at 'searchExpression\.filters\.1\.member\.name' failed to satisfy constraint: Member must have length less than or equal to 255$/);
  });

  it("Value of 1025 characters", () => {
    const value = "v".repeat(1025);

    const error = searchError(withExpression({ Filters: [{ Name: "TrainingJobName", Value: value }] }));

    expect(error.message).toBe(
      `1 validation error detected: Value '${value}' at 'searchExpression.filters.1.member.value' failed to satisfy ` +
        "constraint: Member must have length less than or equal to 1024",
    );
  });

  it("Value of 1024 characters", () => {
    const response = runSearch(fixtureJobs(), withExpression({ Filters: [{ Name: "TrainingJobName", Value: "v".repeat(1024) }] }));

    expect(response.Results).toEqual([]);
  });

  it("empty Value", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "TrainingJobName", Value: "" }] }));

    expect(error.message).toBe(
      "1 validation error detected: Value '' at 'searchExpression.filters.1.member.value' failed to satisfy " +
        "constraint: Member must have length greater than or equal to 1",
    );
  });

  it("Value with a line break", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "TrainingJobName", Value: "a\nb" }] }));

    expect(error.message).toBe(
      "1 validation error detected: Value 'a\nb' at 'searchExpression.filters.1.member.value' failed to satisfy " +
        "constraint: Member must satisfy regular expression pattern: .+",
    );
  });

  it("unknown operator in a subexpression", () => {
    const expression = { SubExpressions: [{ Filters: [VALID_FILTER] }, { Filters: [{ Name: "TrainingJobName", Operator: "Equal", Value: "x" }] }] };

    const error = searchError(withExpression(expression));

    expect(error.message).toBe(
      "1 validation error detected: Value 'Equal' at 'searchExpression.subExpressions.2.member.filters.1.member.operator' " +
        "failed to satisfy constraint: Member must satisfy enum value set: [Equals, NotEquals, GreaterThan, " +
        "GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, Contains, Exists, NotExists, In]",
    );
  });

  it("unknown boolean operator", () => {
    const error = searchError(withExpression({ Operator: "AND", Filters: [VALID_FILTER] }));

    expect(error.message).toBe(
      "1 validation error detected: Value 'AND' at 'searchExpression.operator' failed to satisfy constraint: " +
        "Member must satisfy enum value set: [And, Or]",
    );
  });

  it("operator without Value", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "CreationTime", Operator: "GreaterThan" }] }));

    expect(error.message).toBe(
      "The filter on 'CreationTime' at 'searchExpression.filters.1.member' uses operator 'GreaterThan' without a Value. " +
        "Add a Value, or use Exists or NotExists.",
    );
  });

  it("two Contains filters", () => {
    const contains = { Name: "TrainingJobName", Operator: "Contains", Value: "a" };

    const error = searchError(withExpression({ Filters: [contains], SubExpressions: [{ Filters: [contains] }] }));

    expect(error.message).toBe("'CONTAINS' operator usage limit of 1 exceeded.");
  });

  it("empty metric name", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "Metrics.", Operator: "Exists" }] }));

    expect(error.message).toBe(
      "Property name 'Metrics.' at 'searchExpression.filters.1.member.name' has nothing after 'Metrics.'. " +
        "Add the metric name, hyperparameter name or tag key, as in 'Metrics.example'.",
    );
  });

  it("empty path segment", () => {
    const error = searchError(withExpression({ Filters: [{ Name: "ResourceConfig..InstanceType", Value: "x" }] }));

    expect(error.message).toBe(
      "Property name 'ResourceConfig..InstanceType' at 'searchExpression.filters.1.member.name' has an empty segment. " +
        "Write a dotted path of member names, such as 'ResourceConfig.InstanceType'.",
    );
  });

  it("nested name outside the nested property", () => {
    const expression = { NestedFilters: [{ NestedPropertyName: "InputDataConfig", Filters: [{ Name: "ChannelName", Value: "train" }] }] };

    const error = searchError(withExpression(expression));

    expect(error.message).toBe(
      "The nested filter name 'ChannelName' at 'searchExpression.nestedFilters.1.member.filters.1.member' must start " +
        "with 'InputDataConfig.', because its NestedPropertyName is 'InputDataConfig'. " +
        "Name a member of the nested list, such as 'InputDataConfig.ChannelName'.",
    );
  });
});

describe("account and visibility options", () => {
  it("CrossAccount finds nothing", () => {
    const response = runSearch(fixtureJobs(), { Resource: "TrainingJob", CrossAccountFilterOption: "CrossAccount" });

    expect(response.TotalHits).toEqual({ Value: 0, Relation: "EqualTo" });
  });

  it("SameAccount finds all", () => {
    const response = runSearch(fixtureJobs(), { Resource: "TrainingJob", CrossAccountFilterOption: "SameAccount" });

    expect(response.TotalHits?.Value).toBe(5);
  });

  it("visibility hides other tag values", () => {
    // bravo (vision) and echo (Fraud) are hidden, but charlie has no team tag and stays.
    const response = runSearch(fixtureJobs(), {
      Resource: "TrainingJob",
      SortBy: "TrainingJobName",
      SortOrder: "Ascending",
      VisibilityConditions: [{ Key: "Tags.team", Value: "fraud" }],
    });

    expect(response.Results.map((record) => record.TrainingJob.TrainingJobName)).toEqual(["alpha", "charlie", "delta"]);
  });

  it("visibility key without Tags prefix", () => {
    const error = searchError({ Resource: "TrainingJob", VisibilityConditions: [{ Key: "team", Value: "fraud" }] });

    expect(error.message).toBe(
      "The visibility condition key 'team' at 'visibilityConditions.1.member.key' must have the form Tags.<key>, " +
        "such as 'Tags.team'.",
    );
  });
});
