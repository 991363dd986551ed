import { expect } from "vitest";

import type { BadUserInputError } from "../../../src/errors/gateway-errors.js";
import type { SageMakerSearchExpression } from "../../../src/search/search-expression.validate.js";
import { buildSearchQuery, SearchBooleanOperator, SearchOperator, type SearchFilter, type TrainingJobSearchExpression } from "../../../src/search/index.js";
import { SortOrder } from "../../../src/training-jobs/training-job-sort.input.js";

/** Builds an expression input, with GraphQL's defaults for what the test leaves out. */
export function where(parts: Partial<TrainingJobSearchExpression> = {}): TrainingJobSearchExpression {
  return { operator: SearchBooleanOperator.AND, ...parts };
}

/** Builds a raw filter input on a free property name. */
export function filter(name: string, operator: SearchOperator = SearchOperator.EQUALS, value?: string): SearchFilter {
  return value === undefined ? { name, operator } : { name, operator, value };
}

/** Builds the SageMaker expression that the gateway sends for `input`. */
export function compiled(input: TrainingJobSearchExpression): SageMakerSearchExpression | undefined {
  return buildSearchQuery({ where: input, sortOrder: SortOrder.DESCENDING, first: 20 }).expression;
}

/** Builds the query for `input` and returns the error it raises. Fails the test when it raises none. */
export function rejection(input: TrainingJobSearchExpression, extra: { sortBy?: string; sortByProperty?: string } = {}): BadUserInputError {
  try {
    buildSearchQuery({ where: input, sortOrder: SortOrder.DESCENDING, first: 20, ...extra });
  } catch (error) {
    return error as BadUserInputError;
  }
  expect.fail("expected the search input to be rejected");
}
