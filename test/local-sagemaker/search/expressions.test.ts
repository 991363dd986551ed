import { describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { fixtureJobs, matchingNames } from "./training-jobs.fixture.js";

const TRAIN_CHANNEL = { Name: "InputDataConfig.ChannelName", Operator: "Equals", Value: "train" };
const TRAIN_PREFIX = { Name: "InputDataConfig.DataSource.S3DataSource.S3Uri", Operator: "Contains", Value: "/train" };

describe("nested filters", () => {
  it("one channel must match all filters", () => {
    // bravo's train channel reads /holdout and only its test channel reads /train.
    const expression = { NestedFilters: [{ NestedPropertyName: "InputDataConfig", Filters: [TRAIN_CHANNEL, TRAIN_PREFIX] }] };

    expect(matchingNames(expression)).toEqual(["alpha", "charlie", "echo"]);
  });

  it("flat filters may match different channels", () => {
    expect(matchingNames({ Filters: [TRAIN_CHANNEL, TRAIN_PREFIX] })).toEqual(["alpha", "bravo", "charlie", "echo"]);
  });

  it("single nested filter", () => {
    const expression = {
      NestedFilters: [
        { NestedPropertyName: "InputDataConfig", Filters: [{ Name: "InputDataConfig.ChannelName", Value: "validation" }] },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha"]);
  });

  it("nested metric name and value", () => {
    const expression = {
      NestedFilters: [
        {
          NestedPropertyName: "FinalMetricDataList",
          Filters: [
            { Name: "FinalMetricDataList.MetricName", Operator: "Equals", Value: "validation:auc" },
            { Name: "FinalMetricDataList.Value", Operator: "GreaterThan", Value: "0.8" },
          ],
        },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha", "echo"]);
  });

  it("nested value is type-checked", () => {
    const expression = {
      NestedFilters: [
        { NestedPropertyName: "FinalMetricDataList", Filters: [{ Name: "FinalMetricDataList.Value", Value: "high" }] },
      ],
    };

    expect(() => runSearch(fixtureJobs(), { Resource: "TrainingJob", SearchExpression: expression })).toThrow(
      "is not valid for the number property 'FinalMetricDataList.Value'",
    );
  });
});

describe("boolean operators and subexpressions", () => {
  it("Or of two filters", () => {
    const expression = {
      Operator: "Or",
      Filters: [
        { Name: "TrainingJobStatus", Value: "Failed" },
        { Name: "ResourceConfig.InstanceCount", Operator: "GreaterThanOrEqualTo", Value: "4" },
      ],
    };

    expect(matchingNames(expression)).toEqual(["bravo", "charlie"]);
  });

  it("And is the default", () => {
    const expression = {
      Filters: [
        { Name: "ResourceConfig.InstanceType", Value: "ml.m5.xlarge" },
        { Name: "TrainingJobStatus", Value: "Completed" },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha"]);
  });

  it("filter And Or-subexpression", () => {
    const expression = {
      Filters: [{ Name: "Tags.team", Value: "fraud" }],
      SubExpressions: [
        {
          Operator: "Or",
          Filters: [
            { Name: "TrainingJobStatus", Value: "Completed" },
            { Name: "TrainingJobStatus", Value: "Stopped" },
          ],
        },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha", "delta"]);
  });

  it("Or of filter and nested filter", () => {
    const expression = {
      Operator: "Or",
      Filters: [{ Name: "Tags.team", Value: "vision" }],
      NestedFilters: [
        { NestedPropertyName: "InputDataConfig", Filters: [{ Name: "InputDataConfig.ChannelName", Value: "validation" }] },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha", "bravo"]);
  });

  it("Or of two And-subexpressions", () => {
    const expression = {
      Operator: "Or",
      SubExpressions: [
        {
          Filters: [
            { Name: "ResourceConfig.InstanceType", Value: "ml.m5.xlarge" },
            { Name: "TrainingJobStatus", Value: "InProgress" },
          ],
        },
        { Filters: [{ Name: "Metrics.validation:auc", Operator: "GreaterThan", Value: "0.9" }] },
      ],
    };

    expect(matchingNames(expression)).toEqual(["alpha", "charlie"]);
  });

  it("no expression matches all", () => {
    const response = runSearch(fixtureJobs(), { Resource: "TrainingJob" });

    expect(response.TotalHits).toEqual({ Value: 5, Relation: "EqualTo" });
  });
});
