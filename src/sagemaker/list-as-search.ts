import type { SearchExpression } from "@aws-sdk/client-sagemaker";

import type { TrainingJobListQuery } from "./list-pager.js";
import type { TrainingJobSearchQuery } from "./search-pager.js";

const SORT_PROPERTIES: Record<string, string> = {
  CreationTime: "CreationTime",
  Name: "TrainingJobName",
  Status: "TrainingJobStatus",
};

/**
 * The Search that returns the same jobs in the same order as the first page
 * of a ListTrainingJobs listing, or `undefined` when Search cannot express the
 * listing. NameContains is left out on purpose: ListTrainingJobs matches it
 * regardless of case and Search's Contains does not.
 *
 * Sending this Search together with the first ListTrainingJobs call fetches a
 * page's details in one round trip instead of two. Jobs the Search misses,
 * because its index lags, are fetched afterwards as usual.
 */
export function searchForListPage(query: TrainingJobListQuery): TrainingJobSearchQuery | undefined {
  if (query.NameContains !== undefined) return undefined;

  const filters: NonNullable<SearchExpression["Filters"]> = [];
  const time = (name: string, operator: string, value: Date | undefined) => {
    if (value) filters.push({ Name: name, Operator: operator as never, Value: value.toISOString() });
  };

  if (query.StatusEquals) filters.push({ Name: "TrainingJobStatus", Operator: "Equals", Value: query.StatusEquals });
  if (query.WarmPoolStatusEquals) filters.push({ Name: "WarmPoolStatus.Status", Operator: "Equals", Value: query.WarmPoolStatusEquals });
  if (query.TrainingPlanArnEquals) {
    filters.push({ Name: "ResourceConfig.TrainingPlanArn", Operator: "Equals", Value: query.TrainingPlanArnEquals });
  }
  time("CreationTime", "GreaterThan", query.CreationTimeAfter);
  time("CreationTime", "LessThan", query.CreationTimeBefore);
  time("LastModifiedTime", "GreaterThan", query.LastModifiedTimeAfter);
  time("LastModifiedTime", "LessThan", query.LastModifiedTimeBefore);

  return {
    expression: filters.length > 0 ? { Filters: filters, Operator: "And" } : undefined,
    sortBy: SORT_PROPERTIES[query.SortBy ?? "CreationTime"],
    sortOrder: query.SortOrder ?? "Descending",
  };
}
