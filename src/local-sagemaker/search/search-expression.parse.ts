import type { ConstraintViolations } from "./constraint-violations.js";
import { asStructure, readList, readString } from "./request-members.read.js";
import {
  BOOLEAN_OPERATORS,
  FILTER_OPERATORS,
  type FilterOperator,
  type NestedFilter,
  type SearchExpressionNode,
  type SearchFilter,
} from "./search.types.js";

/**
 * Reads a `SearchExpression` tree and records every model constraint it
 * breaks in `violations`. The limits come from the SageMaker API reference.
 * Filters, NestedFilters, SubExpressions and NestedFilters.Filters contain 1
 * to 20 items. Name and NestedPropertyName are 1 to 255 characters long, and
 * Value is 1 to 1024. All three must match the pattern `.+`.
 *
 * The rules that span the tree (element count, Contains usage, names) are
 * checked afterwards by `checkExpressionRules`.
 */
export function parseSearchExpression(
  raw: unknown,
  location: string,
  violations: ConstraintViolations,
): SearchExpressionNode {
  const container = asStructure(raw, location);

  const filters = readList(container, "Filters", `${location}.filters`);
  const nestedFilters = readList(container, "NestedFilters", `${location}.nestedFilters`);
  const subExpressions = readList(container, "SubExpressions", `${location}.subExpressions`);
  const operator = readString(container, "Operator", `${location}.operator`);

  if (filters) violations.checkLength(`${location}.filters`, filters, 1, 20);
  if (nestedFilters) violations.checkLength(`${location}.nestedFilters`, nestedFilters, 1, 20);
  if (subExpressions) violations.checkLength(`${location}.subExpressions`, subExpressions, 1, 20);

  return {
    filters: parseFilterList(filters ?? [], `${location}.filters`, violations),
    nestedFilters: (nestedFilters ?? []).map((item, index) =>
      parseNestedFilter(item, `${location}.nestedFilters.${index + 1}.member`, violations),
    ),
    subExpressions: (subExpressions ?? []).map((item, index) =>
      parseSearchExpression(item, `${location}.subExpressions.${index + 1}.member`, violations),
    ),
    operator:
      operator === undefined
        ? "And"
        : (violations.checkEnum(`${location}.operator`, operator, BOOLEAN_OPERATORS) ?? "And"),
    location,
  };
}

function parseFilterList(items: unknown[], location: string, violations: ConstraintViolations): SearchFilter[] {
  return items.map((item, index) => parseFilter(item, `${location}.${index + 1}.member`, violations));
}

function parseNestedFilter(raw: unknown, location: string, violations: ConstraintViolations): NestedFilter {
  const container = asStructure(raw, location);

  const nestedPropertyName = readString(container, "NestedPropertyName", `${location}.nestedPropertyName`);
  if (violations.requirePresent(`${location}.nestedPropertyName`, nestedPropertyName)) {
    checkPropertyName(`${location}.nestedPropertyName`, nestedPropertyName ?? "", violations);
  }

  const filters = readList(container, "Filters", `${location}.filters`);
  if (violations.requirePresent(`${location}.filters`, filters)) {
    violations.checkLength(`${location}.filters`, filters ?? [], 1, 20);
  }

  return {
    nestedPropertyName: nestedPropertyName ?? "",
    filters: parseFilterList(filters ?? [], `${location}.filters`, violations),
    location,
  };
}

/**
 * Reads one Filter. Without an Operator, a filter with a Value means Equals
 * (current API reference) and a filter without a Value means Exists (the
 * 2018 API reference: "the filter searches for only the specified property").
 */
function parseFilter(raw: unknown, location: string, violations: ConstraintViolations): SearchFilter {
  const container = asStructure(raw, location);

  const name = readString(container, "Name", `${location}.name`);
  if (violations.requirePresent(`${location}.name`, name)) {
    checkPropertyName(`${location}.name`, name ?? "", violations);
  }

  const value = readString(container, "Value", `${location}.value`);
  if (value !== undefined) {
    violations.checkLength(`${location}.value`, value, 1, 1024);
    violations.checkSingleLine(`${location}.value`, value);
  }

  const operatorText = readString(container, "Operator", `${location}.operator`);
  let operator: FilterOperator = value === undefined ? "Exists" : "Equals";
  if (operatorText !== undefined) {
    operator = violations.checkEnum(`${location}.operator`, operatorText, FILTER_OPERATORS) ?? operator;
  }

  return { name: name ?? "", operator, value, location };
}

function checkPropertyName(location: string, name: string, violations: ConstraintViolations): void {
  violations.checkLength(location, name, 1, 255);
  violations.checkSingleLine(location, name);
}
