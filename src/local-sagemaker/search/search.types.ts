import type { TrainingJobSearchRecord } from "./search-record.js";

/*
 * Types of a validated Search request and of its response. Member names
 * follow the SageMaker API reference (Search, SearchExpression, Filter,
 * NestedFilters).
 */

/** Filter operators in the order the API reference lists them. */
export const FILTER_OPERATORS = [
  "Equals",
  "NotEquals",
  "GreaterThan",
  "GreaterThanOrEqualTo",
  "LessThan",
  "LessThanOrEqualTo",
  "Contains",
  "Exists",
  "NotExists",
  "In",
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export const BOOLEAN_OPERATORS = ["And", "Or"] as const;

export type BooleanOperator = (typeof BOOLEAN_OPERATORS)[number];

export const SORT_ORDERS = ["Ascending", "Descending"] as const;

export type SortOrder = (typeof SORT_ORDERS)[number];

/** One `Filter`, with the operator defaults already applied. */
export type SearchFilter = {
  name: string;
  operator: FilterOperator;
  value?: string;
  /** Location in the request, such as `searchExpression.filters.2.member`, for error messages. */
  location: string;
};

/** One `NestedFilters` entry: its filters must all hold for one element of the nested list. */
export type NestedFilter = {
  nestedPropertyName: string;
  filters: SearchFilter[];
  location: string;
};

/** One `SearchExpression` node, with absent lists as empty lists. */
export type SearchExpressionNode = {
  filters: SearchFilter[];
  nestedFilters: NestedFilter[];
  subExpressions: SearchExpressionNode[];
  operator: BooleanOperator;
  location: string;
};

/** A `VisibilityConditions` entry: records whose tag `tagKey` has another value are hidden. */
export type VisibilityCondition = { tagKey: string; value: string };

/** A validated Search request for `Resource: "TrainingJob"`, with defaults applied. */
export type SearchRequest = {
  expression?: SearchExpressionNode;
  sortBy: string;
  sortOrder: SortOrder;
  maxResults: number;
  nextToken?: string;
  crossAccountOnly: boolean;
  visibilityConditions: VisibilityCondition[];
};

/** The body of a Search response for `Resource: "TrainingJob"`. */
export type SearchResponseBody = {
  Results: TrainingJobSearchRecord[];
  NextToken?: string;
  TotalHits?: { Value: number; Relation: "EqualTo" | "GreaterThanOrEqualTo" };
};
