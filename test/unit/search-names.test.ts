import { describe, expect, test } from "vitest";

import { expressionForNames, MAX_FILTER_VALUE_LENGTH } from "../../src/sagemaker/search-names.js";

describe("expressionForNames", () => {
  test("one name makes one In filter", () => {
    expect(expressionForNames(["job-a"])).toEqual({
      Filters: [{ Name: "TrainingJobName", Operator: "In", Value: "job-a" }],
      Operator: "Or",
    });
  });

  test("100 long names stay within the limits", () => {
    const names = Array.from({ length: 100 }, (_, index) => `j${String(index).padStart(3, "0")}${"x".repeat(59)}`);
    const expression = expressionForNames(names);
    const values = expression.Filters!.map((filter) => filter.Value!);

    expect(values.every((value) => value.length <= MAX_FILTER_VALUE_LENGTH)).toBe(true);
    expect(expression.Filters!.length).toBeLessThanOrEqual(20);
    expect(values.flatMap((value) => value.split(","))).toEqual(names);
  });

  test.each([0, 101])("rejects %i names", (count) => {
    expect(() => expressionForNames(Array.from({ length: count }, (_, index) => `n${index}`))).toThrow(RangeError);
  });
});
