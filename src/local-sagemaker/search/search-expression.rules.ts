import { validationError } from "../service-error.js";
import { parseDottedPath, parsePropertyName } from "./property-name.js";
import type { NestedFilter, SearchExpressionNode, SearchFilter } from "./search.types.js";

/**
 * Maximum number of SubExpressions, NestedFilters and Filters in a whole
 * SearchExpression, counted recursively (API reference: Search,
 * SearchExpression member). Filters inside NestedFilters count too.
 */
export const MAX_EXPRESSION_ELEMENTS = 50;

/**
 * Maximum number of Contains filters in one expression. The API reference
 * (Filter.Operator) allows more only for Experiment, Trial and
 * TrialComponent names, tags and artifacts, so never for training jobs.
 */
const MAX_CONTAINS_FILTERS = 1;

const OPERATORS_WITHOUT_VALUE = new Set(["Exists", "NotExists"]);

/**
 * Checks the rules that span the expression tree and throws a
 * ValidationException for the first one broken. Each node needs at least one
 * filter, nested filter or subexpression. The tree contains at most 50
 * elements and one Contains. Operators other than Exists and NotExists need
 * a Value. Property names must be well formed, and nested filter names must
 * start with their NestedPropertyName.
 */
export function checkExpressionRules(root: SearchExpressionNode): void {
  const nodes = collectNodes(root);

  for (const node of nodes) checkNodeNotEmpty(node);

  const elementCount = nodes.reduce((sum, node) => sum + countElements(node), 0);
  if (elementCount > MAX_EXPRESSION_ELEMENTS) {
    throw validationError(
      `The SearchExpression contains ${elementCount} Filters, NestedFilters and SubExpressions in total, ` +
        `and the maximum is ${MAX_EXPRESSION_ELEMENTS}. Split the search into several requests.`,
    );
  }

  const filters = nodes.flatMap((node) => [...node.filters, ...node.nestedFilters.flatMap((nested) => nested.filters)]);
  if (filters.filter((filter) => filter.operator === "Contains").length > MAX_CONTAINS_FILTERS) {
    // The message SageMaker returns, as quoted in the API reference.
    throw validationError("'CONTAINS' operator usage limit of 1 exceeded.");
  }

  for (const node of nodes) {
    for (const filter of node.filters) checkFilter(filter);
    for (const nested of node.nestedFilters) checkNestedFilter(nested);
  }
}

function collectNodes(node: SearchExpressionNode): SearchExpressionNode[] {
  return [node, ...node.subExpressions.flatMap(collectNodes)];
}

function countElements(node: SearchExpressionNode): number {
  const nestedFilterCount = node.nestedFilters.reduce((sum, nested) => sum + 1 + nested.filters.length, 0);
  return node.filters.length + nestedFilterCount + node.subExpressions.length;
}

function checkNodeNotEmpty(node: SearchExpressionNode): void {
  if (node.filters.length + node.nestedFilters.length + node.subExpressions.length > 0) return;

  throw validationError(
    `The SearchExpression at '${node.location}' has no Filters, NestedFilters or SubExpressions. ` +
      "A SearchExpression must contain at least one of them.",
  );
}

function checkFilter(filter: SearchFilter): void {
  if (filter.value === undefined && !OPERATORS_WITHOUT_VALUE.has(filter.operator)) {
    throw validationError(
      `The filter on '${filter.name}' at '${filter.location}' uses operator '${filter.operator}' without a Value. ` +
        "Add a Value, or use Exists or NotExists.",
    );
  }

  parsePropertyName(filter.name, `${filter.location}.name`);
}

function checkNestedFilter(nested: NestedFilter): void {
  parseDottedPath(nested.nestedPropertyName, `${nested.location}.nestedPropertyName`);

  const prefix = `${nested.nestedPropertyName}.`;
  for (const filter of nested.filters) {
    if (!filter.name.startsWith(prefix) || filter.name.length === prefix.length) {
      throw validationError(
        `The nested filter name '${filter.name}' at '${filter.location}' must start with '${prefix}', ` +
          `because its NestedPropertyName is '${nested.nestedPropertyName}'. ` +
          `Name a member of the nested list, such as '${prefix}ChannelName'.`,
      );
    }
    checkFilter(filter);
  }
}
