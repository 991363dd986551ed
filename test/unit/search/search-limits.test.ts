import { describe, expect, test } from "vitest";

import { SearchBooleanOperator, SearchOperator, type TrainingJobSearchExpression } from "../../../src/search/index.js";
import { compiled, filter, rejection, where } from "./search-input.fixture.js";

/** Builds `count` distinct filters that pass every other check. */
function filters(count: number) {
  return Array.from({ length: count }, (_, index) => filter("ResourceConfig.InstanceCount", SearchOperator.NOT_EQUALS, String(index)));
}

function nested(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    nestedPropertyName: "InputDataConfig",
    filters: [filter("InputDataConfig.ChannelName", SearchOperator.EQUALS, `channel-${index}`)],
  }));
}

function subExpressions(count: number): TrainingJobSearchExpression[] {
  return Array.from({ length: count }, (_, index) => where({ nameEquals: `job-${index}` }));
}

describe("SageMaker limits", () => {
  test("20 filters pass", () => {
    expect(compiled(where({ filters: filters(20) }))?.Filters).toHaveLength(20);
  });

  test("21 filters", () => {
    const error = rejection(where({ filters: filters(21) }));

    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.argumentName).toBe("where.filters");
    expect(error.message).toBe(
      "Invalid where.filters: the expression has 21 filters, counting those its shorthands compile to; " +
        "SageMaker allows at most 20 per expression. Move some into subExpressions.",
    );
  });

  test("shorthands count as filters", () => {
    const error = rejection(where({ subExpressions: [where({ filters: filters(19), status: "Failed" as never, nameEquals: "job-1" })] }));

    expect(error.extensions.argumentName).toBe("where.subExpressions[0].filters");
    expect(error.message).toMatch(/has 21 filters/);
  });

  test("21 nested filters", () => {
    const error = rejection(where({ nestedFilters: nested(21) }));

    expect(error.extensions.argumentName).toBe("where.nestedFilters");
    expect(error.message).toMatch(/has 21 nestedFilters, counting those its shorthands compile to; SageMaker allows at most 20 per expression/);
  });

  test("21 subexpressions", () => {
    const error = rejection(where({ operator: SearchBooleanOperator.OR, subExpressions: subExpressions(21) }));

    expect(error.extensions.argumentName).toBe("where.subExpressions");
    expect(error.message).toMatch(/has 21 subExpressions/);
  });

  test("21 filters in one nested filter", () => {
    const channelFilters = Array.from({ length: 21 }, (_, index) =>
      filter("InputDataConfig.ChannelName", SearchOperator.NOT_EQUALS, `channel-${index}`),
    );
    const error = rejection(where({ subExpressions: [where({ nestedFilters: [{ nestedPropertyName: "InputDataConfig", filters: channelFilters }] })] }));

    expect(error.extensions.argumentName).toBe("where.subExpressions[0].nestedFilters[0].filters");
    expect(error.message).toBe(
      "Invalid where.subExpressions[0].nestedFilters[0].filters: the nested filter has 21 filters; SageMaker allows at most 20.",
    );
  });

  test("50 elements pass", () => {
    // 2 subexpressions + 20 filters + 20 filters + 8 at the root = 50.
    const input = where({ filters: filters(8), subExpressions: [where({ filters: filters(20) }), where({ filters: filters(20) })] });

    expect(compiled(input)?.SubExpressions).toHaveLength(2);
  });

  test("51 elements", () => {
    const input = where({ filters: filters(9), subExpressions: [where({ filters: filters(20) }), where({ filters: filters(20) })] });
    const error = rejection(input);

    expect(error.extensions.argumentName).toBe("where");
    expect(error.message).toMatch(/^Invalid where: the search has 51 filters, nested filters and subexpressions in all/);
    expect(error.message).toMatch(/SageMaker allows at most 50\./);
  });

  test("nested filter contents count", () => {
    // Each nested filter counts itself and its one filter: 25 x 2 = 50, plus the 2 subexpressions.
    const input = where({ subExpressions: [where({ nestedFilters: nested(20) }), where({ nestedFilters: nested(5) })] });
    const error = rejection(input);

    expect(error.message).toMatch(/the search has 52 filters, nested filters and subexpressions in all/);
  });

  test("second CONTAINS", () => {
    const error = rejection(
      where({ nameContains: "xgb", subExpressions: [where({ filters: [filter("FailureReason", SearchOperator.CONTAINS, "OOM")] })] }),
    );

    expect(error.extensions.argumentName).toBe("where.subExpressions[0].filters[0].operator");
    expect(error.message).toBe(
      "Invalid where.subExpressions[0].filters[0].operator: the search uses CONTAINS a second time (the first is at where.nameContains); " +
        "SageMaker allows 1 CONTAINS per search over training jobs, and nameContains and inputS3UriPrefix each use one.",
    );
  });

  test("nameContains with inputS3UriPrefix", () => {
    const error = rejection(where({ nameContains: "xgb", inputS3UriPrefix: "s3://bucket/" }));

    expect(error.extensions.argumentName).toBe("where.inputS3UriPrefix");
  });

  test("value of 1,024 characters passes", () => {
    expect(compiled(where({ filters: [filter("FailureReason", SearchOperator.EQUALS, "x".repeat(1024))] }))?.Filters).toHaveLength(1);
  });

  test("value of 1,025 characters", () => {
    const error = rejection(where({ subExpressions: [where({ filters: [filter("FailureReason", SearchOperator.EQUALS, "x".repeat(1025))] })] }));

    expect(error.extensions.argumentName).toBe("where.subExpressions[0].filters[0].value");
    expect(error.message).toMatch(/the value "x{100}\.\.\." has 1,025 characters; SageMaker allows 1 to 1,024 characters\.$/);
  });

  test("value with a line break", () => {
    const error = rejection(where({ nameEquals: "job\n1" }));

    expect(error.extensions.argumentName).toBe("where.nameEquals");
    expect(error.message).toMatch(/contains a line break/);
  });

  test("property name of 256 characters", () => {
    const error = rejection(where({ tag: [{ key: "k".repeat(251) }] }));

    expect(error.extensions.argumentName).toBe("where.tag[0]");
    expect(error.message).toMatch(/has 256 characters; SageMaker allows 1 to 255 characters\.$/);
  });
});
