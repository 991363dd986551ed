import type { NestedSearchFilters } from "./nested-search-filters.input.js";
import type { SearchFilter } from "./search-filter.input.js";
import type { TrainingJobSearchExpression } from "./search-expression.input.js";
import { countParts, type LocatedExpression, type LocatedFilter, type LocatedNestedFilters } from "./search-expression.located.js";
import { SearchBooleanOperator, SearchOperator } from "./search-operator.enum.js";
import { compileShorthands, isGiven } from "./search-shorthands.compile.js";

/**
 * Compiles the GraphQL search input into SageMaker's SearchExpression
 * structure, keeping the input path of every part. The function is pure.
 * Callers run `validateSearchInput` first (buildSearchQuery does), so each
 * raw filter names its property exactly once. Returns undefined when the
 * root expression contains nothing, so that the search matches every job.
 * Empty subexpressions stay, for the validator to report.
 *
 * Shorthands are ANDed with the node's own parts. Under AND they simply join
 * the node's filters. Under OR with two or more own parts, the own parts
 * move into one subexpression that keeps OR, and the node becomes AND.
 */
export function compileSearchExpression(where: TrainingJobSearchExpression, path = "where"): LocatedExpression | undefined {
  const node = compileNode(where, path);
  return countParts(node) === 0 ? undefined : node;
}

function compileNode(where: TrainingJobSearchExpression, path: string): LocatedExpression {
  const own: LocatedExpression = {
    filters: (where.filters ?? []).map((filter, index) => compileFilter(filter, `${path}.filters[${index}]`)),
    nestedFilters: (where.nestedFilters ?? []).map((nested, index) => compileNested(nested, `${path}.nestedFilters[${index}]`)),
    subExpressions: (where.subExpressions ?? []).map((sub, index) => compileNode(sub, `${path}.subExpressions[${index}]`)),
    operator: where.operator ?? SearchBooleanOperator.AND,
    path,
  };
  const shorthands = compileShorthands(where, path);
  if (shorthands.filters.length + shorthands.nestedFilters.length === 0) return own;

  if (own.operator === SearchBooleanOperator.AND || countParts(own) <= 1) {
    return {
      filters: [...own.filters, ...shorthands.filters],
      nestedFilters: [...own.nestedFilters, ...shorthands.nestedFilters],
      subExpressions: own.subExpressions,
      operator: SearchBooleanOperator.AND,
      path,
    };
  }

  return { ...shorthands, subExpressions: [own], operator: SearchBooleanOperator.AND, path };
}

function compileFilter(filter: SearchFilter, path: string): LocatedFilter {
  const byProperty = isGiven(filter.property);
  const located: LocatedFilter = {
    name: byProperty ? filter.property! : (filter.name ?? ""),
    operator: filter.operator ?? SearchOperator.EQUALS,
    at: {
      filter: path,
      name: `${path}.${byProperty ? "property" : "name"}`,
      operator: `${path}.operator`,
      value: `${path}.value`,
    },
  };
  if (isGiven(filter.value)) located.value = filter.value;
  return located;
}

function compileNested(nested: NestedSearchFilters, path: string): LocatedNestedFilters {
  return {
    nestedPropertyName: nested.nestedPropertyName,
    filters: nested.filters.map((filter, index) => compileFilter(filter, `${path}.filters[${index}]`)),
    path,
  };
}

