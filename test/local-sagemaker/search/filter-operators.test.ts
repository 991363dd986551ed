import { describe, expect, it } from "vitest";

import { TUNING_JOB_ARN, matchingNames, oneFilter, searchError } from "./training-jobs.fixture.js";

type OperatorCase = [operator: string | undefined, value: string | undefined, expected: string[]];

describe("text filters on TrainingJobStatus", () => {
  it.each<OperatorCase>([
    ["Equals", "Completed", ["alpha", "echo"]],
    ["NotEquals", "Completed", ["bravo", "charlie", "delta"]],
    ["Contains", "Progress", ["charlie"]],
    ["In", "Failed,Stopped", ["bravo", "delta"]],
    ["In", "Failed, Stopped", ["bravo", "delta"]],
    ["Exists", undefined, ["alpha", "bravo", "charlie", "delta", "echo"]],
    [undefined, "Failed", ["bravo"]],
  ])("%s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("TrainingJobStatus", operator, value))).toEqual(expected);
  });

  it("Contains is case-sensitive", () => {
    expect(matchingNames(oneFilter("TrainingJobStatus", "Contains", "completed"))).toEqual([]);
  });

  it("range operator rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("TrainingJobStatus", "GreaterThan", "A") });

    expect(error.message).toBe(
      "Operator 'GreaterThan' at 'searchExpression.filters.1.member' is not supported for the text property " +
        "'TrainingJobStatus'. Use Equals, NotEquals, Contains or In, or a range operator on a number or timestamp property.",
    );
  });
});

describe("existence filters", () => {
  it.each<[operator: string, expected: string[]]>([
    ["Exists", ["bravo"]],
    ["NotExists", ["alpha", "charlie", "delta", "echo"]],
  ])("%s FailureReason", (operator, expected) => {
    expect(matchingNames(oneFilter("FailureReason", operator))).toEqual(expected);
  });

  it("no operator and no value means Exists", () => {
    expect(matchingNames(oneFilter("TuningJobArn"))).toEqual(["alpha", "echo"]);
  });

  it("NotEquals matches jobs lacking the property", () => {
    expect(matchingNames(oneFilter("TuningJobArn", "NotEquals", TUNING_JOB_ARN))).toEqual(["bravo", "charlie", "delta"]);
  });

  it("empty list does not exist", () => {
    expect(matchingNames(oneFilter("InputDataConfig", "NotExists"))).toEqual(["delta"]);
  });
});

describe("filters through lists", () => {
  it("any transition status matches", () => {
    expect(matchingNames(oneFilter("SecondaryStatusTransitions.Status", "Equals", "Training"))).toEqual(["alpha"]);
  });

  it("any channel name matches", () => {
    expect(matchingNames(oneFilter("InputDataConfig.ChannelName", "Equals", "test"))).toEqual(["bravo"]);
  });
});

describe("number filters on ResourceConfig.InstanceCount", () => {
  it.each<OperatorCase>([
    ["Equals", "1", ["alpha", "delta", "echo"]],
    ["Equals", "1.0", ["alpha", "delta", "echo"]],
    ["NotEquals", "1", ["bravo", "charlie"]],
    ["GreaterThan", "1", ["bravo", "charlie"]],
    ["GreaterThanOrEqualTo", "2", ["bravo", "charlie"]],
    ["LessThan", "2", ["alpha", "delta", "echo"]],
    ["LessThanOrEqualTo", "2", ["alpha", "bravo", "delta", "echo"]],
  ])("%s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("ResourceConfig.InstanceCount", operator, value))).toEqual(expected);
  });

  it("non-numeric value rejected", () => {
    const error = searchError({
      Resource: "TrainingJob",
      SearchExpression: oneFilter("ResourceConfig.InstanceCount", "GreaterThan", "many"),
    });

    expect(error.message).toBe(
      "Value 'many' at 'searchExpression.filters.1.member' is not valid for the number property " +
        "'ResourceConfig.InstanceCount'. Use an integer or decimal, such as 0.9.",
    );
  });

  it("Contains rejected", () => {
    const error = searchError({
      Resource: "TrainingJob",
      SearchExpression: oneFilter("ResourceConfig.InstanceCount", "Contains", "1"),
    });

    expect(error.message).toBe(
      "Operator 'Contains' at 'searchExpression.filters.1.member' is supported only for text properties, " +
        "and 'ResourceConfig.InstanceCount' is a number property. Use Equals, NotEquals or a range operator.",
    );
  });
});

describe("timestamp filters on CreationTime", () => {
  // 1_700_000_000 (alpha's CreationTime) is 2023-11-14T22:13:20Z.
  it.each<OperatorCase>([
    ["Equals", "2023-11-14T22:13:20Z", ["alpha"]],
    ["Equals", "2023-11-15T00:13:20+02:00", ["alpha"]],
    ["NotEquals", "1700000000", ["bravo", "charlie", "delta", "echo"]],
    ["GreaterThan", "2023-11-14T22:13:20Z", ["bravo", "charlie", "echo"]],
    ["GreaterThanOrEqualTo", "2023-11-14T22:13:20", ["alpha", "bravo", "charlie", "echo"]],
    ["LessThan", "1700000000", ["delta"]],
    ["LessThanOrEqualTo", "2023-11-15", ["alpha", "delta"]],
  ])("%s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("CreationTime", operator, value))).toEqual(expected);
  });

  it("unparseable value rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("CreationTime", "LessThan", "yesterday") });

    expect(error.message).toBe(
      "Value 'yesterday' at 'searchExpression.filters.1.member' is not valid for the timestamp property 'CreationTime'. " +
        "Use an ISO-8601 date-time such as 2024-05-01T12:00:00Z, or epoch seconds.",
    );
  });

  it("In rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("CreationTime", "In", "1700000000") });

    expect(error.message).toContain("is supported only for text properties, and 'CreationTime' is a timestamp property");
  });
});

describe("Boolean filters on EnableNetworkIsolation", () => {
  it.each<OperatorCase>([
    ["Equals", "true", ["alpha"]],
    ["Equals", "FALSE", ["bravo", "charlie"]],
    ["NotEquals", "true", ["bravo", "charlie", "delta", "echo"]],
    ["Exists", undefined, ["alpha", "bravo", "charlie"]],
    ["NotExists", undefined, ["delta", "echo"]],
  ])("%s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("EnableNetworkIsolation", operator, value))).toEqual(expected);
  });

  it("range operator rejected", () => {
    const error = searchError({
      Resource: "TrainingJob",
      SearchExpression: oneFilter("EnableNetworkIsolation", "GreaterThan", "false"),
    });

    expect(error.message).toBe(
      "Operator 'GreaterThan' at 'searchExpression.filters.1.member' is not supported for the Boolean property " +
        "'EnableNetworkIsolation'. Use Equals or NotEquals with the Value true or false.",
    );
  });

  it("non-Boolean value rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("EnableNetworkIsolation", "Equals", "yes") });

    expect(error.message).toBe(
      "Value 'yes' at 'searchExpression.filters.1.member' is not valid for the Boolean property " +
        "'EnableNetworkIsolation'. Use true or false.",
    );
  });
});

describe("structure and unknown properties", () => {
  it("structure compared rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("ResourceConfig", "Equals", "x") });

    expect(error.message).toContain("Property 'ResourceConfig' at 'searchExpression.filters.1.member' is a structure");
  });

  it("structure exists", () => {
    expect(matchingNames(oneFilter("ResourceConfig", "Exists"))).toEqual(["alpha", "bravo", "charlie", "delta", "echo"]);
  });

  it("unknown property matches nothing", () => {
    expect(matchingNames(oneFilter("NoSuchMember", "Equals", "x"))).toEqual([]);
  });
});
