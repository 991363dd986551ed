import { ConstraintViolations } from "../validation/constraint-violations.js";
import { readInteger, readString, readTimestamp, type RequestBody } from "../validation/request-members.js";
import {
  NAME_CONTAINS_PATTERN,
  SORT_ORDERS,
  TRAINING_JOB_STATUSES,
  TRAINING_PLAN_ARN_PATTERN,
  WARM_POOL_STATUSES,
  checkNextToken,
} from "../validation/sagemaker-constraints.js";

export const LIST_SORT_KEYS = ["Name", "CreationTime", "Status"] as const;

export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

/** The filters of a ListTrainingJobs request; they also identify the request shape a NextToken belongs to. */
export type ListFilters = {
  CreationTimeAfter?: number;
  CreationTimeBefore?: number;
  LastModifiedTimeAfter?: number;
  LastModifiedTimeBefore?: number;
  NameContains?: string;
  StatusEquals?: string;
  WarmPoolStatusEquals?: string;
  TrainingPlanArnEquals?: string;
};

export type ListTrainingJobsRequest = {
  filters: ListFilters;
  sortBy: ListSortKey;
  sortOrder: "Ascending" | "Descending";
  maxResults: number;
  nextToken?: string;
};

/**
 * MaxResults when the request has none: the default that SageMaker documents
 * for its other List operations (the ListTrainingJobs page names none).
 */
const DEFAULT_MAX_RESULTS = 10;

/**
 * Reads and validates a ListTrainingJobs body. The sort defaults are
 * CreationTime, Descending: the API reference calls Ascending the default
 * order, but its own note on MaxResults, and the service, list the newest
 * jobs first.
 */
export function readListTrainingJobsRequest(body: RequestBody): ListTrainingJobsRequest {
  const filters: ListFilters = {
    CreationTimeAfter: readTimestamp(body, "CreationTimeAfter"),
    CreationTimeBefore: readTimestamp(body, "CreationTimeBefore"),
    LastModifiedTimeAfter: readTimestamp(body, "LastModifiedTimeAfter"),
    LastModifiedTimeBefore: readTimestamp(body, "LastModifiedTimeBefore"),
    NameContains: readString(body, "NameContains"),
    StatusEquals: readString(body, "StatusEquals"),
    WarmPoolStatusEquals: readString(body, "WarmPoolStatusEquals"),
    TrainingPlanArnEquals: readString(body, "TrainingPlanArnEquals"),
  };
  const sortBy = readString(body, "SortBy") ?? "CreationTime";
  const sortOrder = readString(body, "SortOrder") ?? "Descending";
  const maxResults = readInteger(body, "MaxResults") ?? DEFAULT_MAX_RESULTS;
  const nextToken = readString(body, "NextToken");

  const violations = new ConstraintViolations();
  checkNextToken(violations, nextToken);
  violations.checkRange(maxResults, "maxResults", 1, 100);
  if (filters.NameContains !== undefined) {
    violations.checkLength(filters.NameContains, "nameContains", 0, 63);
    violations.checkPattern(filters.NameContains, "nameContains", NAME_CONTAINS_PATTERN);
  }
  if (filters.StatusEquals !== undefined) violations.checkEnum(filters.StatusEquals, "statusEquals", TRAINING_JOB_STATUSES);
  violations.checkEnum(sortBy, "sortBy", LIST_SORT_KEYS);
  violations.checkEnum(sortOrder, "sortOrder", SORT_ORDERS);
  if (filters.WarmPoolStatusEquals !== undefined) {
    violations.checkEnum(filters.WarmPoolStatusEquals, "warmPoolStatusEquals", WARM_POOL_STATUSES);
  }
  if (filters.TrainingPlanArnEquals !== undefined) {
    violations.checkLength(filters.TrainingPlanArnEquals, "trainingPlanArnEquals", 50, 2048);
    violations.checkPattern(filters.TrainingPlanArnEquals, "trainingPlanArnEquals", TRAINING_PLAN_ARN_PATTERN);
  }
  violations.throwIfAny();

  return {
    filters,
    sortBy: sortBy as ListSortKey,
    sortOrder: sortOrder as ListTrainingJobsRequest["sortOrder"],
    maxResults,
    nextToken,
  };
}
