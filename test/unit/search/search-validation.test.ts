import { describe, expect, test } from "vitest";

import { SearchOperator, TrainingJobSearchProperty } from "../../../src/search/index.js";
import { TrainingJobStatus } from "../../../src/training-jobs/types/training-job-status.enum.js";
import { filter, rejection, where } from "./search-input.fixture.js";

describe("filter validation", () => {
  test("name and property both given", () => {
    const error = rejection(
      where({ filters: [{ name: "TrainingJobName", property: TrainingJobSearchProperty.TRAINING_JOB_NAME, operator: SearchOperator.EXISTS }] }),
    );

    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.argumentName).toBe("where.filters[0]");
    expect(error.message).toBe("Invalid where.filters[0]: the filter gives both name and property; give exactly one of them.");
  });

  test("neither name nor property", () => {
    const error = rejection(where({ filters: [{ operator: SearchOperator.EXISTS }] }));

    expect(error.message).toBe("Invalid where.filters[0]: the filter names no property; give exactly one of them.");
  });

  test("unknown property name", () => {
    const error = rejection(where({ filters: [filter("ResourceConfig"), filter("InstanceType", SearchOperator.EQUALS, "ml.m5.large")] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].name");
    expect(error.message).toMatch(/^Invalid where.filters\[0\].name: "ResourceConfig" is not a searchable property\./);
    expect(error.message).toContain("Metrics.<metric name>, HyperParameters.<name>, Tags.<key>");
  });

  test("prefix without a name", () => {
    const error = rejection(where({ filters: [filter("Metrics.", SearchOperator.EXISTS)] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].name");
  });

  test("range operator on text", () => {
    const error = rejection(where({ filters: [filter("TrainingJobName", SearchOperator.GREATER_THAN, "a")] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].operator");
    expect(error.message).toBe(
      "Invalid where.filters[0].operator: GREATER_THAN does not apply to TrainingJobName, which is text. " +
        "Use EQUALS, NOT_EQUALS, CONTAINS, IN, EXISTS or NOT_EXISTS.",
    );
  });

  test("IN on a number", () => {
    const error = rejection(where({ filters: [filter("Metrics.accuracy", SearchOperator.IN, "1,2")] }));

    expect(error.message).toMatch(/^Invalid where.filters\[0\].operator: IN does not apply to Metrics.accuracy, which is a number\./);
  });

  test("CONTAINS on a time", () => {
    const error = rejection(where({ filters: [filter("CreationTime", SearchOperator.CONTAINS, "2024")] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].operator");
  });

  test("range operator on a Boolean", () => {
    const error = rejection(where({ filters: [filter("EnableNetworkIsolation", SearchOperator.LESS_THAN, "true")] }));

    expect(error.message).toMatch(/which is a Boolean\. Use EQUALS, NOT_EQUALS, EXISTS or NOT_EXISTS\.$/);
  });

  test("value missing", () => {
    const error = rejection(where({ filters: [filter("TrainingJobName", SearchOperator.EQUALS)] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].value");
    expect(error.message).toBe("Invalid where.filters[0].value: EQUALS needs a value to compare TrainingJobName with.");
  });

  test("value with EXISTS", () => {
    const error = rejection(where({ filters: [filter("FailureReason", SearchOperator.EXISTS, "x")] }));

    expect(error.message).toBe('Invalid where.filters[0].value: EXISTS takes no value; remove the value "x".');
  });

  test("metric value not a number", () => {
    const error = rejection(where({ filters: [filter("Metrics.accuracy", SearchOperator.GREATER_THAN, "high")] }));

    expect(error.message).toBe(
      'Invalid where.filters[0].value: "high" does not fit Metrics.accuracy: it is a number, so the value must be a decimal such as 0.9 or -3.',
    );
  });

  test("number beyond double range", () => {
    const error = rejection(where({ filters: [filter("BillableTimeInSeconds", SearchOperator.GREATER_THAN, "1e400")] }));

    expect(error.extensions.argumentName).toBe("where.filters[0].value");
  });

  test.each(["2024-05-01T12:00:00", "2024-02-30", "1714564800", "May 1, 2024"])("time value %j", (value) => {
    const error = rejection(where({ filters: [filter("CreationTime", SearchOperator.GREATER_THAN, value)] }));

    expect(error.message).toMatch(/it is a time, so the value must be ISO-8601 with a UTC offset/);
  });

  test("Boolean value", () => {
    const error = rejection(where({ filters: [filter("EnableManagedSpotTraining", SearchOperator.EQUALS, "yes")] }));

    expect(error.message).toMatch(/it is a Boolean, so the value must be true or false\.$/);
  });

  test("hyperparameter range needs a number", () => {
    const error = rejection(where({ filters: [filter("HyperParameters.optimizer", SearchOperator.GREATER_THAN, "adam")] }));

    expect(error.message).toMatch(/GREATER_THAN compares hyperparameters as numbers/);
  });

  test("IN with an empty item", () => {
    const error = rejection(where({ filters: [filter("TrainingJobStatus", SearchOperator.IN, "Failed,,Stopped")] }));

    expect(error.message).toMatch(/IN takes a comma-separated list without empty items/);
  });

  test("nested filter outside its list", () => {
    const error = rejection(
      where({ nestedFilters: [{ nestedPropertyName: "InputDataConfig", filters: [filter("TrainingJobName", SearchOperator.EQUALS, "a")] }] }),
    );

    expect(error.extensions.argumentName).toBe("where.nestedFilters[0].filters[0].name");
    expect(error.message).toMatch(/"TrainingJobName" is not a member of InputDataConfig/);
  });

  test("nested filter on an unknown list", () => {
    const error = rejection(where({ nestedFilters: [{ nestedPropertyName: "Tags", filters: [filter("Tags.team", SearchOperator.EXISTS)] }] }));

    expect(error.extensions.argumentName).toBe("where.nestedFilters[0].nestedPropertyName");
    expect(error.message).toContain("Use one of AlgorithmSpecification.MetricDefinitions, InputDataConfig,");
  });

  test("nested filter without filters", () => {
    const error = rejection(where({ nestedFilters: [{ nestedPropertyName: "InputDataConfig", filters: [] }] }));

    expect(error.extensions.argumentName).toBe("where.nestedFilters[0].filters");
  });

  test("status UNKNOWN", () => {
    const error = rejection(where({ status: TrainingJobStatus.UNKNOWN }));

    expect(error.extensions.argumentName).toBe("where.status");
  });

  test("metric without bounds", () => {
    const error = rejection(where({ metric: [{ name: "validation:auc", gt: 0.5 }, { name: "train:loss" }] }));

    expect(error.extensions.argumentName).toBe("where.metric[1]");
    expect(error.message).toMatch(/has no bound; give at least one of gt, gte, lt, lte or equals\.$/);
  });

  test("hyperparameter without comparison", () => {
    const error = rejection(where({ hyperParameter: [{ name: "eta" }] }));

    expect(error.extensions.argumentName).toBe("where.hyperParameter[0]");
  });

  test("empty tag key", () => {
    const error = rejection(where({ tag: [{ key: "" }] }));

    expect(error.extensions.argumentName).toBe("where.tag[0].key");
  });

  test("empty tag value", () => {
    const error = rejection(where({ tag: [{ key: "team", value: "" }] }));

    expect(error.message).toBe("Invalid where.tag[0].value: the value is empty; SageMaker allows 1 to 1,024 characters.");
  });

  test("inputS3UriPrefix without scheme", () => {
    const error = rejection(where({ inputS3UriPrefix: "bucket/data/" }));

    expect(error.extensions.argumentName).toBe("where.inputS3UriPrefix");
    expect(error.message).toMatch(/does not start with s3:\/\//);
  });

  test("empty subexpression", () => {
    const error = rejection(where({ subExpressions: [where({ status: TrainingJobStatus.FAILED }), where()] }));

    expect(error.extensions.argumentName).toBe("where.subExpressions[1]");
    expect(error.message).toMatch(/has no filters, nested filters, subexpressions or shorthands/);
  });

  test("unknown sortBy", () => {
    const error = rejection(where(), { sortBy: "Accuracy" });

    expect(error.extensions.argumentName).toBe("sortBy");
    expect(error.message).toMatch(/^Invalid sortBy: "Accuracy" is not a sortable property\./);
  });

  test("sortBy and sortByProperty", () => {
    const error = rejection(where(), { sortBy: "Metrics.loss", sortByProperty: "CreationTime" });

    expect(error.message).toBe("Invalid sortBy: sortBy and sortByProperty are both given; give at most one of them.");
  });
});
