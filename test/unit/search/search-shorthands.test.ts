import { describe, expect, test } from "vitest";

import { SearchBooleanOperator, SearchOperator } from "../../../src/search/index.js";
import { TrainingJobStatus } from "../../../src/training-jobs/types/training-job-status.enum.js";
import { compiled, filter, where } from "./search-input.fixture.js";

describe("shorthand compilation", () => {
  test("status", () => {
    expect(compiled(where({ status: TrainingJobStatus.FAILED }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "TrainingJobStatus", Operator: "Equals", Value: "Failed" }],
    });
  });

  test("nameContains", () => {
    expect(compiled(where({ nameContains: "xgb" }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "TrainingJobName", Operator: "Contains", Value: "xgb" }],
    });
  });

  test("nameEquals", () => {
    expect(compiled(where({ nameEquals: "job-1" }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "TrainingJobName", Operator: "Equals", Value: "job-1" }],
    });
  });

  test("createdAfter and createdBefore", () => {
    const expression = compiled(
      where({ createdAfter: new Date("2024-05-01T00:00:00Z"), createdBefore: new Date("2024-06-01T12:30:00.250Z") }),
    );

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "CreationTime", Operator: "GreaterThan", Value: "2024-05-01T00:00:00Z" },
        { Name: "CreationTime", Operator: "LessThan", Value: "2024-06-01T12:30:00.250Z" },
      ],
    });
  });

  test("metric bounds", () => {
    const expression = compiled(where({ metric: [{ name: "validation:auc", gt: 0.9, lte: 0.95, equals: 0.93 }] }));

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "Metrics.validation:auc", Operator: "GreaterThan", Value: "0.9" },
        { Name: "Metrics.validation:auc", Operator: "LessThanOrEqualTo", Value: "0.95" },
        { Name: "Metrics.validation:auc", Operator: "Equals", Value: "0.93" },
      ],
    });
  });

  test("hyperparameter bounds as decimals", () => {
    const expression = compiled(where({ hyperParameter: [{ name: "max_depth", gte: 3, lt: 7.5 }] }));

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "HyperParameters.max_depth", Operator: "GreaterThanOrEqualTo", Value: "3.0" },
        { Name: "HyperParameters.max_depth", Operator: "LessThan", Value: "7.5" },
      ],
    });
  });

  test("hyperparameter equals keeps text", () => {
    expect(compiled(where({ hyperParameter: [{ name: "objective", equals: "binary:logistic" }] }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "HyperParameters.objective", Operator: "Equals", Value: "binary:logistic" }],
    });
  });

  test("tag with and without value", () => {
    const expression = compiled(where({ tag: [{ key: "team", value: "vision" }, { key: "ticket" }] }));

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "Tags.team", Operator: "Equals", Value: "vision" },
        { Name: "Tags.ticket", Operator: "Exists" },
      ],
    });
  });

  test("instanceType", () => {
    expect(compiled(where({ instanceType: "ml.g5.xlarge" }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "ResourceConfig.InstanceType", Operator: "Equals", Value: "ml.g5.xlarge" }],
    });
  });

  test("tuningJobArn", () => {
    const arn = "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/hpo-1";

    expect(compiled(where({ tuningJobArn: arn }))).toEqual({
      Operator: "And",
      Filters: [{ Name: "TuningJobArn", Operator: "Equals", Value: arn }],
    });
  });

  test("inputS3UriPrefix as nested contains", () => {
    expect(compiled(where({ inputS3UriPrefix: "s3://bucket/churn/" }))).toEqual({
      Operator: "And",
      NestedFilters: [
        {
          NestedPropertyName: "InputDataConfig",
          Filters: [{ Name: "InputDataConfig.DataSource.S3DataSource.S3Uri", Operator: "Contains", Value: "s3://bucket/churn/" }],
        },
      ],
    });
  });

  test("shorthands join AND filters", () => {
    const expression = compiled(where({ filters: [filter("RoleArn", SearchOperator.EXISTS)], status: TrainingJobStatus.COMPLETED }));

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "RoleArn", Operator: "Exists" },
        { Name: "TrainingJobStatus", Operator: "Equals", Value: "Completed" },
      ],
    });
  });

  test("shorthands wrap an OR node", () => {
    const expression = compiled(
      where({
        operator: SearchBooleanOperator.OR,
        filters: [filter("TrainingJobStatus", SearchOperator.EQUALS, "Failed"), filter("TrainingJobStatus", SearchOperator.EQUALS, "Stopped")],
        instanceType: "ml.m5.large",
      }),
    );

    expect(expression).toEqual({
      Operator: "And",
      Filters: [{ Name: "ResourceConfig.InstanceType", Operator: "Equals", Value: "ml.m5.large" }],
      SubExpressions: [
        {
          Operator: "Or",
          Filters: [
            { Name: "TrainingJobStatus", Operator: "Equals", Value: "Failed" },
            { Name: "TrainingJobStatus", Operator: "Equals", Value: "Stopped" },
          ],
        },
      ],
    });
  });

  test("single OR part merges", () => {
    const expression = compiled(
      where({ operator: SearchBooleanOperator.OR, filters: [filter("RoleArn", SearchOperator.EXISTS)], nameEquals: "job-1" }),
    );

    expect(expression).toEqual({
      Operator: "And",
      Filters: [
        { Name: "RoleArn", Operator: "Exists" },
        { Name: "TrainingJobName", Operator: "Equals", Value: "job-1" },
      ],
    });
  });

  test("shorthands in a subexpression", () => {
    const expression = compiled(
      where({
        operator: SearchBooleanOperator.OR,
        subExpressions: [where({ status: TrainingJobStatus.FAILED }), where({ tag: [{ key: "env", value: "prod" }] })],
      }),
    );

    expect(expression).toEqual({
      Operator: "Or",
      SubExpressions: [
        { Operator: "And", Filters: [{ Name: "TrainingJobStatus", Operator: "Equals", Value: "Failed" }] },
        { Operator: "And", Filters: [{ Name: "Tags.env", Operator: "Equals", Value: "prod" }] },
      ],
    });
  });
});
