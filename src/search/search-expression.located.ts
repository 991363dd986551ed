import type { SearchBooleanOperator, SearchOperator } from "./search-operator.enum.js";

/*
 * A compiled search expression in SageMaker's structure, where every part
 * keeps the path of the GraphQL input it came from, so that a broken limit
 * or rule is reported at the argument the caller wrote.
 */

/** Paths of the input parts a filter came from; a shorthand gives its own path for each part. */
export type FilterLocation = { filter: string; name: string; operator: string; value: string };

/** One SageMaker Filter, with the property named by its SageMaker path or prefix form. */
export type LocatedFilter = {
  name: string;
  operator: SearchOperator;
  value?: string;
  at: FilterLocation;
};

/** One SageMaker NestedFilters entry. */
export type LocatedNestedFilters = {
  nestedPropertyName: string;
  filters: LocatedFilter[];
  path: string;
};

/** One SageMaker SearchExpression node. */
export type LocatedExpression = {
  filters: LocatedFilter[];
  nestedFilters: LocatedNestedFilters[];
  subExpressions: LocatedExpression[];
  operator: SearchBooleanOperator;
  path: string;
};

/** Number of filters, nested filters and subexpressions directly in a node. */
export function countParts(node: Pick<LocatedExpression, "filters" | "nestedFilters" | "subExpressions">): number {
  return node.filters.length + node.nestedFilters.length + node.subExpressions.length;
}
