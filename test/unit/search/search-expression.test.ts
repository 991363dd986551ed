import { describe, expect, test } from "vitest";

import { SearchBooleanOperator, SearchOperator, TrainingJobSearchProperty } from "../../../src/search/index.js";
import { compiled, filter, where } from "./search-input.fixture.js";

describe("raw expression compilation", () => {
  test("empty input matches every job", () => {
    expect(compiled(where())).toBeUndefined();
  });

  test("property names the SageMaker path", () => {
    const expression = compiled(
      where({ filters: [{ property: TrainingJobSearchProperty.RESOURCE_CONFIG_VOLUME_SIZE_IN_GB, operator: SearchOperator.GREATER_THAN, value: "50" }] }),
    );

    expect(expression).toEqual({
      Operator: "And",
      Filters: [{ Name: "ResourceConfig.VolumeSizeInGB", Operator: "GreaterThan", Value: "50" }],
    });
  });

  test("nested filters keep their list", () => {
    const expression = compiled(
      where({
        nestedFilters: [
          {
            nestedPropertyName: "InputDataConfig",
            filters: [
              filter("InputDataConfig.ChannelName", SearchOperator.EQUALS, "train"),
              filter("InputDataConfig.DataSource.S3DataSource.S3DataType", SearchOperator.EQUALS, "S3Prefix"),
            ],
          },
        ],
      }),
    );

    expect(expression).toEqual({
      Operator: "And",
      NestedFilters: [
        {
          NestedPropertyName: "InputDataConfig",
          Filters: [
            { Name: "InputDataConfig.ChannelName", Operator: "Equals", Value: "train" },
            { Name: "InputDataConfig.DataSource.S3DataSource.S3DataType", Operator: "Equals", Value: "S3Prefix" },
          ],
        },
      ],
    });
  });

  test("OR of AND subexpressions", () => {
    const expression = compiled(
      where({
        operator: SearchBooleanOperator.OR,
        subExpressions: [
          where({ filters: [filter("TrainingJobStatus", SearchOperator.EQUALS, "Failed"), filter("FailureReason", SearchOperator.EXISTS)] }),
          where({ filters: [filter("Metrics.train:loss", SearchOperator.LESS_THAN, "0.1")] }),
        ],
      }),
    );

    expect(expression).toEqual({
      Operator: "Or",
      SubExpressions: [
        {
          Operator: "And",
          Filters: [
            { Name: "TrainingJobStatus", Operator: "Equals", Value: "Failed" },
            { Name: "FailureReason", Operator: "Exists" },
          ],
        },
        { Operator: "And", Filters: [{ Name: "Metrics.train:loss", Operator: "LessThan", Value: "0.1" }] },
      ],
    });
  });

  test("times normalize to UTC", () => {
    const expression = compiled(where({ filters: [filter("TrainingEndTime", SearchOperator.LESS_THAN, "2024-05-01T14:00:00+02:00")] }));

    expect(expression?.Filters?.[0].Value).toBe("2024-05-01T12:00:00Z");
  });

  test("date means midnight UTC", () => {
    const expression = compiled(where({ filters: [filter("CreationTime", SearchOperator.GREATER_THAN_OR_EQUAL_TO, "2024-02-29")] }));

    expect(expression?.Filters?.[0].Value).toBe("2024-02-29T00:00:00Z");
  });

  test("Booleans normalize to lower case", () => {
    const expression = compiled(where({ filters: [filter("EnableManagedSpotTraining", SearchOperator.EQUALS, "TRUE")] }));

    expect(expression?.Filters?.[0].Value).toBe("true");
  });

  test("IN list passes unchanged", () => {
    const expression = compiled(where({ filters: [filter("TrainingJobStatus", SearchOperator.IN, "Failed,Stopped")] }));

    expect(expression?.Filters?.[0]).toEqual({ Name: "TrainingJobStatus", Operator: "In", Value: "Failed,Stopped" });
  });

  test("hyperparameter range with decimal text", () => {
    const expression = compiled(where({ filters: [filter("HyperParameters.eta", SearchOperator.LESS_THAN, "0.3")] }));

    expect(expression?.Filters?.[0]).toEqual({ Name: "HyperParameters.eta", Operator: "LessThan", Value: "0.3" });
  });

  test("list member at top level", () => {
    const expression = compiled(where({ filters: [filter("SecondaryStatusTransitions.Status", SearchOperator.EQUALS, "Interrupted")] }));

    expect(expression?.Filters?.[0].Name).toBe("SecondaryStatusTransitions.Status");
  });
});
