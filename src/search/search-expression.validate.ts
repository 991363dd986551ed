import type { TrainingJobSearchQuery } from "../sagemaker/search-pager.js";
import { checkFilter } from "./search-filter.validate.js";
import { countParts, type LocatedExpression, type LocatedFilter } from "./search-expression.located.js";
import { invalidSearchInput, SEARCH_LIMITS } from "./search-limits.js";
import { SearchOperator } from "./search-operator.enum.js";

/** A SearchExpression in the SDK's shape. */
export type SageMakerSearchExpression = NonNullable<TrainingJobSearchQuery["expression"]>;

/**
 * Checks a compiled expression against SageMaker's limits and rules, so
 * that SageMaker never has to reject it, and returns it in the SDK's shape
 * with normalized values. The checks run in this order: each node's limits
 * from the root down, the element count of the whole tree, the CONTAINS
 * count, then each filter (`checkFilter`). Throws BAD_USER_INPUT for the
 * first broken rule, at the path of the input part that broke it.
 */
export function validateSearchExpression(root: LocatedExpression): SageMakerSearchExpression {
  const nodes = collectNodes(root);
  for (const node of nodes) checkNodeLimits(node);

  const elementCount = nodes.reduce((sum, node) => sum + countElements(node), 0);
  if (elementCount > SEARCH_LIMITS.elementsPerSearch) {
    throw invalidSearchInput(
      root.path,
      `the search has ${elementCount} filters, nested filters and subexpressions in all, counting the filters inside ` +
        `nested filters and those the shorthands compile to; SageMaker allows at most ${SEARCH_LIMITS.elementsPerSearch}. ` +
        "Split it into several searches.",
    );
  }

  checkContainsCount(nodes);
  return toSageMaker(root);
}

function collectNodes(node: LocatedExpression): LocatedExpression[] {
  return [node, ...node.subExpressions.flatMap(collectNodes)];
}

function countElements(node: LocatedExpression): number {
  const nested = node.nestedFilters.reduce((sum, entry) => sum + 1 + entry.filters.length, 0);
  return node.filters.length + nested + node.subExpressions.length;
}

function checkNodeLimits(node: LocatedExpression): void {
  if (countParts(node) === 0) {
    throw invalidSearchInput(
      node.path,
      "the expression has no filters, nested filters, subexpressions or shorthands; SageMaker needs at least one. Add a condition or remove the expression.",
    );
  }

  const lists = [
    { member: "filters", count: node.filters.length, max: SEARCH_LIMITS.filtersPerExpression },
    { member: "nestedFilters", count: node.nestedFilters.length, max: SEARCH_LIMITS.nestedFiltersPerExpression },
    { member: "subExpressions", count: node.subExpressions.length, max: SEARCH_LIMITS.subExpressionsPerExpression },
  ];
  for (const { member, count, max } of lists) {
    if (count <= max) continue;
    throw invalidSearchInput(
      `${node.path}.${member}`,
      `the expression has ${count} ${member}, counting those its shorthands compile to; SageMaker allows at most ${max} ` +
        "per expression. Move some into subExpressions.",
    );
  }

  for (const nested of node.nestedFilters) {
    if (nested.filters.length <= SEARCH_LIMITS.filtersPerNestedFilter) continue;
    throw invalidSearchInput(
      `${nested.path}.filters`,
      `the nested filter has ${nested.filters.length} filters; SageMaker allows at most ${SEARCH_LIMITS.filtersPerNestedFilter}.`,
    );
  }
}

function checkContainsCount(nodes: readonly LocatedExpression[]): void {
  const filters: LocatedFilter[] = nodes.flatMap((node) => [...node.filters, ...node.nestedFilters.flatMap((nested) => nested.filters)]);
  const containing = filters.filter((filter) => filter.operator === SearchOperator.CONTAINS);
  if (containing.length <= SEARCH_LIMITS.containsPerSearch) return;

  const [first, second] = containing;
  throw invalidSearchInput(
    second.at.operator,
    `the search uses CONTAINS a second time (the first is at ${first.at.filter}); SageMaker allows ` +
      `${SEARCH_LIMITS.containsPerSearch} CONTAINS per search over training jobs, and nameContains and inputS3UriPrefix each use one.`,
  );
}

function toSageMaker(node: LocatedExpression): SageMakerSearchExpression {
  const expression: SageMakerSearchExpression = { Operator: node.operator };

  if (node.filters.length > 0) expression.Filters = node.filters.map((filter) => checkFilter(filter));
  if (node.nestedFilters.length > 0) {
    expression.NestedFilters = node.nestedFilters.map((nested) => ({
      NestedPropertyName: nested.nestedPropertyName,
      Filters: nested.filters.map((filter) => checkFilter(filter, nested.nestedPropertyName)),
    }));
  }
  if (node.subExpressions.length > 0) expression.SubExpressions = node.subExpressions.map(toSageMaker);

  return expression;
}
