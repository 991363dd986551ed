import type { SearchExpression } from "@aws-sdk/client-sagemaker";

/** SageMaker's limits on one Search expression (Search API reference). */
export const MAX_FILTERS_PER_EXPRESSION = 20;
export const MAX_FILTER_VALUE_LENGTH = 1024;
/** Search returns at most 100 records a page. */
export const MAX_SEARCH_RESULTS = 100;

/**
 * Builds an expression that matches exactly the given job names: `In`
 * filters on `TrainingJobName`, each value a comma-separated list of at most
 * 1,024 characters, joined with `Or`. A hundred names of the maximum 63
 * characters need 7 filters, well under the limit of 20.
 */
export function expressionForNames(names: readonly string[]): SearchExpression {
  if (names.length === 0 || names.length > MAX_SEARCH_RESULTS) {
    throw new RangeError(`expressionForNames needs 1 to ${MAX_SEARCH_RESULTS} names, received ${names.length}.`);
  }

  const values: string[] = [];
  let current = "";
  for (const name of names) {
    const candidate = current === "" ? name : `${current},${name}`;
    if (candidate.length > MAX_FILTER_VALUE_LENGTH) {
      values.push(current);
      current = name;
    } else {
      current = candidate;
    }
  }
  values.push(current);

  return {
    Filters: values.map((value) => ({ Name: "TrainingJobName", Operator: "In", Value: value })),
    Operator: "Or",
  };
}
