import { describe, expect, test } from "vitest";

import { toTotalCount } from "../../../src/search/search-total-count.js";
import { TotalCountRelation } from "../../../src/training-jobs/total-count.type.js";

describe("toTotalCount", () => {
  test("exact count", () => {
    expect(toTotalCount({ value: 42, relation: "EqualTo" })).toEqual({ value: 42, relation: TotalCountRelation.EXACT });
  });

  test("lower bound", () => {
    expect(toTotalCount({ value: 10_000, relation: "GreaterThanOrEqualTo" })).toEqual({
      value: 10_000,
      relation: TotalCountRelation.LOWER_BOUND,
    });
  });

  test("absent TotalHits", () => {
    expect(toTotalCount(undefined)).toBeNull();
  });

  test("unknown relation", () => {
    expect(toTotalCount({ value: 5, relation: "Approximately" })).toBeNull();
  });
});
