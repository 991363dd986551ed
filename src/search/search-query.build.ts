import type { TrainingJobSearchQuery } from "../sagemaker/search-pager.js";
import { compileSearchExpression } from "./search-expression.compile.js";
import { validateSearchExpression } from "./search-expression.validate.js";
import { validateSearchInput } from "./search-input.validate.js";
import { checkTextLimits, invalidSearchInput, quote, SEARCH_LIMITS } from "./search-limits.js";
import { acceptedNameForms, resolvePropertyName } from "./search-property.resolve.js";
import { isGiven } from "./search-shorthands.compile.js";
import { DEFAULT_SEARCH_SORT, type SearchTrainingJobsArgs } from "./search-training-jobs.args.js";

/**
 * Turns the arguments of `searchTrainingJobs` into a Search query in
 * SageMaker's terms: the input is checked, compiled and checked again
 * against SageMaker's limits, so that every error the gateway can detect
 * is a BAD_USER_INPUT raised before any call. `first` and `after` are the
 * pager's to check.
 */
export function buildSearchQuery(args: SearchTrainingJobsArgs): TrainingJobSearchQuery {
  const query: TrainingJobSearchQuery = { sortBy: checkSortBy(args), sortOrder: args.sortOrder };
  if (!isGiven(args.where)) return query;

  validateSearchInput(args.where);
  const located = compileSearchExpression(args.where);
  if (located) query.expression = validateSearchExpression(located);
  return query;
}

function checkSortBy(args: SearchTrainingJobsArgs): string {
  if (isGiven(args.sortBy) && isGiven(args.sortByProperty)) {
    throw invalidSearchInput("sortBy", "sortBy and sortByProperty are both given; give at most one of them.");
  }
  if (isGiven(args.sortByProperty)) return args.sortByProperty;
  if (!isGiven(args.sortBy)) return DEFAULT_SEARCH_SORT;

  checkTextLimits("sortBy", "the property name", args.sortBy, SEARCH_LIMITS.nameLength);
  if (!resolvePropertyName(args.sortBy)) {
    throw invalidSearchInput("sortBy", `${quote(args.sortBy)} is not a sortable property. Use ${acceptedNameForms()}.`);
  }
  return args.sortBy;
}
