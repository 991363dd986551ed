/**
 * The `searchTrainingJobs` query: GraphQL inputs that mirror SageMaker's
 * SearchExpression, typed shorthands, and the checks that keep every
 * expression within SageMaker's limits before it is sent.
 */
export { TrainingJobSearchResolver } from "./search.resolver.js";
export { buildSearchQuery } from "./search-query.build.js";
export { TrainingJobSearchExpression } from "./search-expression.input.js";
export { SearchFilter } from "./search-filter.input.js";
export { NestedSearchFilters } from "./nested-search-filters.input.js";
export { MetricCondition } from "./metric-condition.input.js";
export { HyperParameterCondition } from "./hyper-parameter-condition.input.js";
export { TagCondition } from "./tag-condition.input.js";
export { SearchOperator, SearchBooleanOperator } from "./search-operator.enum.js";
export { TrainingJobSearchProperty } from "./search-property.enum.js";
export { SEARCH_PROPERTIES, NESTABLE_PROPERTIES, type SearchProperty, type PropertyKind } from "./search-property.catalog.js";
export { SEARCH_LIMITS } from "./search-limits.js";
