import { BadUserInputError } from "../errors/gateway-errors.js";
import { MAX_FILTER_VALUE_LENGTH, MAX_FILTERS_PER_EXPRESSION } from "../sagemaker/search-names.js";

/**
 * SageMaker's limits on a Search expression, from the API reference
 * (SearchExpression, NestedFilters, Filter). The element limit counts
 * filters, nested filters and subexpressions through the whole tree, the
 * filters inside nested filters included, as the local SageMaker does.
 * The Contains limit is the one the API reference (Filter.Operator) sets
 * for every training-job property.
 */
export const SEARCH_LIMITS = {
  filtersPerExpression: MAX_FILTERS_PER_EXPRESSION,
  nestedFiltersPerExpression: 20,
  subExpressionsPerExpression: 20,
  filtersPerNestedFilter: 20,
  elementsPerSearch: 50,
  containsPerSearch: 1,
  valueLength: MAX_FILTER_VALUE_LENGTH,
  nameLength: 255,
} as const;

/**
 * Checks a name or value against SageMaker's constraints on text members:
 * 1 to `maxLength` characters matching the pattern `.+`, so no line
 * terminator.
 */
export function checkTextLimits(path: string, subject: string, text: string, maxLength: number): void {
  const allowed = `SageMaker allows 1 to ${maxLength.toLocaleString("en-US")} characters`;

  if (text.length === 0) throw invalidSearchInput(path, `${subject} is empty; ${allowed}.`);
  if (text.length > maxLength) {
    throw invalidSearchInput(path, `${subject} ${quote(text)} has ${text.length.toLocaleString("en-US")} characters; ${allowed}.`);
  }
  if (/[\n\r\u0085\u2028\u2029]/u.test(text)) {
    throw invalidSearchInput(path, `${subject} ${quote(text)} contains a line break; SageMaker takes each name and value on one line.`);
  }
}

/**
 * Builds the error for an invalid part of the search arguments. `path`
 * points at the part, such as `where.subExpressions[1].filters[3].value`,
 * and is repeated in `extensions.argumentName`.
 */
export function invalidSearchInput(path: string, problem: string): BadUserInputError {
  return new BadUserInputError(`Invalid ${path}: ${problem}`, { argumentName: path });
}

/** Quotes a caller's value for a message, cut to 100 characters. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}...` : value);
}
