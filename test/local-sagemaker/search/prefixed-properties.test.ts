import { describe, expect, it } from "vitest";

import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { fixtureJobs, matchingNames, oneFilter, searchError } from "./training-jobs.fixture.js";

type OperatorCase = [operator: string, value: string | undefined, expected: string[]];

describe("Metrics filters", () => {
  // validation:auc is 0.91 on alpha, 0.78 on bravo and 0.85 on echo.
  it.each<OperatorCase>([
    ["GreaterThan", "0.8", ["alpha", "echo"]],
    ["LessThan", "0.8", ["bravo"]],
    ["Equals", "0.85", ["echo"]],
    ["NotEquals", "0.85", ["alpha", "bravo", "charlie", "delta"]],
    ["Exists", undefined, ["alpha", "bravo", "echo"]],
    ["NotExists", undefined, ["charlie", "delta"]],
  ])("validation:auc %s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("Metrics.validation:auc", operator, value))).toEqual(expected);
  });

  it("second metric of a job", () => {
    expect(matchingNames(oneFilter("Metrics.train:auc", "GreaterThanOrEqualTo", "0.95"))).toEqual(["alpha"]);
  });

  it("non-numeric value rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("Metrics.validation:auc", "GreaterThan", "high") });

    expect(error.message).toBe(
      "Value 'high' at 'searchExpression.filters.1.member' is not valid for the number property " +
        "'Metrics.validation:auc'. Use an integer or decimal, such as 0.9.",
    );
  });

  it("non-numeric value rejected for unknown metric", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("Metrics.f1", "Equals", "good") });

    expect(error.name).toBe("ValidationException");
  });

  it("Contains rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("Metrics.validation:auc", "Contains", "9") });

    expect(error.message).toContain("'Metrics.validation:auc' is a number property");
  });
});

describe("HyperParameters filters", () => {
  it("compares numerically, not as text", () => {
    // "10" is less than "5" as text, but bravo's 10 epochs exceed 5.
    expect(matchingNames(oneFilter("HyperParameters.epochs", "GreaterThan", "5"))).toEqual(["bravo"]);
  });

  it("strips JSON quotes for numbers", () => {
    // bravo's lr is "\"0.001\"", charlie's is "0.01".
    expect(matchingNames(oneFilter("HyperParameters.lr", "LessThan", "0.005"))).toEqual(["bravo"]);
  });

  it("strips JSON quotes for text", () => {
    expect(matchingNames(oneFilter("HyperParameters.backend", "Equals", "gloo"))).toEqual(["bravo"]);
  });

  it("quoted value matches quoted text", () => {
    expect(matchingNames(oneFilter("HyperParameters.backend", "Equals", '"gloo"'))).toEqual(["bravo"]);
  });

  it("integer value truncates decimals", () => {
    // delta's lr of 2.5 counts as 2 against an integer Value.
    expect(matchingNames(oneFilter("HyperParameters.lr", "LessThanOrEqualTo", "2"))).toEqual(["bravo", "charlie", "delta"]);
  });

  it("integer value equals truncated decimal", () => {
    expect(matchingNames(oneFilter("HyperParameters.lr", "Equals", "2"))).toEqual(["delta"]);
  });

  it("decimal value keeps decimals", () => {
    expect(matchingNames(oneFilter("HyperParameters.lr", "LessThanOrEqualTo", "2.0"))).toEqual(["bravo", "charlie"]);
  });

  it.each<OperatorCase>([
    ["Contains", "binary", ["alpha"]],
    ["In", "binary:logistic,reg:squarederror", ["alpha"]],
    ["Equals", "binary:logistic", ["alpha"]],
  ])("objective %s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("HyperParameters.objective", operator, value))).toEqual(expected);
  });

  it("exists", () => {
    expect(matchingNames(oneFilter("HyperParameters.lr", "Exists"))).toEqual(["bravo", "charlie", "delta"]);
  });

  it("range with text value rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("HyperParameters.objective", "GreaterThan", "b") });

    expect(error.message).toBe(
      "Operator 'GreaterThan' at 'searchExpression.filters.1.member' compares hyperparameter " +
        "'HyperParameters.objective' as a number, but Value 'b' is not a number. " +
        "Use an integer or decimal Value, or Equals, Contains or In.",
    );
  });
});

describe("Tags filters", () => {
  // team is fraud on alpha and delta, vision on bravo and Fraud on echo.
  it.each<OperatorCase>([
    ["Equals", "fraud", ["alpha", "delta"]],
    ["NotEquals", "fraud", ["bravo", "charlie", "echo"]],
    ["In", "fraud,Fraud", ["alpha", "delta", "echo"]],
    ["Contains", "ra", ["alpha", "delta", "echo"]],
    ["Contains", "fra", ["alpha", "delta"]],
    ["NotExists", undefined, ["charlie"]],
  ])("team %s %s", (operator, value, expected) => {
    expect(matchingNames(oneFilter("Tags.team", operator, value))).toEqual(expected);
  });

  it("env exists", () => {
    expect(matchingNames(oneFilter("Tags.env", "Exists"))).toEqual(["alpha", "delta"]);
  });

  it("tag key with dots", () => {
    const jobs = fixtureJobs();
    jobs[2].tags.push({ Key: "cost.center", Value: "42" });

    const response = runSearch(jobs, {
      Resource: "TrainingJob",
      SearchExpression: oneFilter("Tags.cost.center", "Equals", "42"),
    });

    expect(response.Results.map((record) => record.TrainingJob.TrainingJobName)).toEqual(["charlie"]);
  });

  it("range operator rejected", () => {
    const error = searchError({ Resource: "TrainingJob", SearchExpression: oneFilter("Tags.team", "LessThan", "m") });

    expect(error.message).toContain("is not supported for the text property 'Tags.team'");
  });
});
