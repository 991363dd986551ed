import { UNKNOWN_ENUM_VALUE } from "../training-jobs/types/upstream-enum.js";
import type { NestedSearchFilters } from "./nested-search-filters.input.js";
import type { SearchFilter } from "./search-filter.input.js";
import type { TrainingJobSearchExpression } from "./search-expression.input.js";
import { invalidSearchInput, quote } from "./search-limits.js";
import { NESTABLE_PROPERTIES } from "./search-property.catalog.js";
import { isGiven } from "./search-shorthands.compile.js";

const S3_SCHEME = "s3://";

/**
 * Checks the rules of the search input that GraphQL's types cannot express,
 * before it is compiled. Each raw filter names its property exactly once.
 * Each nested filter names a list property and contains at least one
 * filter. Each shorthand is complete. SageMaker's own limits and value rules
 * are checked on the compiled expression (`validateSearchExpression`).
 * Throws BAD_USER_INPUT at the path of the first offending part.
 */
export function validateSearchInput(where: TrainingJobSearchExpression, path = "where"): void {
  (where.filters ?? []).forEach((filter, index) => checkNamedOnce(filter, `${path}.filters[${index}]`));
  (where.nestedFilters ?? []).forEach((nested, index) => checkNested(nested, `${path}.nestedFilters[${index}]`));
  checkShorthands(where, path);
  (where.subExpressions ?? []).forEach((sub, index) => validateSearchInput(sub, `${path}.subExpressions[${index}]`));
}

function checkNamedOnce(filter: SearchFilter, path: string): void {
  const named = [isGiven(filter.name), isGiven(filter.property)].filter(Boolean).length;
  if (named === 1) return;

  const problem = named === 0 ? "the filter names no property" : "the filter gives both name and property";
  throw invalidSearchInput(path, `${problem}; give exactly one of them.`);
}

function checkNested(nested: NestedSearchFilters, path: string): void {
  if (!(NESTABLE_PROPERTIES as readonly string[]).includes(nested.nestedPropertyName)) {
    throw invalidSearchInput(
      `${path}.nestedPropertyName`,
      `${quote(nested.nestedPropertyName)} is not a list property that nested filters apply to. Use one of ${NESTABLE_PROPERTIES.join(", ")}.`,
    );
  }
  if (nested.filters.length === 0) {
    throw invalidSearchInput(`${path}.filters`, "a nested filter needs at least one filter; SageMaker allows 1 to 20.");
  }
  nested.filters.forEach((filter, index) => checkNamedOnce(filter, `${path}.filters[${index}]`));
}

function checkShorthands(where: TrainingJobSearchExpression, path: string): void {
  if (where.status === UNKNOWN_ENUM_VALUE) {
    throw invalidSearchInput(`${path}.status`, "UNKNOWN only marks statuses SageMaker returns that the gateway does not know; choose a known status.");
  }

  (where.metric ?? []).forEach((condition, index) => {
    const at = `${path}.metric[${index}]`;
    if (condition.name === "") throw invalidSearchInput(`${at}.name`, "the metric name is empty.");
    if (![condition.gt, condition.gte, condition.lt, condition.lte, condition.equals].some(isGiven)) {
      throw invalidSearchInput(at, `the condition on metric ${quote(condition.name)} has no bound; give at least one of gt, gte, lt, lte or equals.`);
    }
  });

  (where.hyperParameter ?? []).forEach((condition, index) => {
    const at = `${path}.hyperParameter[${index}]`;
    if (condition.name === "") throw invalidSearchInput(`${at}.name`, "the hyperparameter name is empty.");
    if (![condition.equals, condition.gt, condition.gte, condition.lt, condition.lte].some(isGiven)) {
      throw invalidSearchInput(
        at,
        `the condition on hyperparameter ${quote(condition.name)} has no comparison; give at least one of equals, gt, gte, lt or lte.`,
      );
    }
  });

  (where.tag ?? []).forEach((condition, index) => {
    if (condition.key === "") throw invalidSearchInput(`${path}.tag[${index}].key`, "the tag key is empty.");
  });

  if (isGiven(where.inputS3UriPrefix) && !where.inputS3UriPrefix.startsWith(S3_SCHEME)) {
    throw invalidSearchInput(
      `${path}.inputS3UriPrefix`,
      `${quote(where.inputS3UriPrefix)} does not start with ${S3_SCHEME}; give the start of an S3 URI, such as s3://my-bucket/datasets/.`,
    );
  }
}
