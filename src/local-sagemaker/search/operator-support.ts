import { validationError } from "../service-error.js";
import type { PropertyKind } from "./property-kind.js";
import type { FilterOperator, SearchFilter } from "./search.types.js";

const RANGE_OPERATORS: readonly FilterOperator[] = [
  "GreaterThan",
  "GreaterThanOrEqualTo",
  "LessThan",
  "LessThanOrEqualTo",
];

const TEXT_ONLY_OPERATORS: readonly FilterOperator[] = ["Contains", "In"];

function isRangeOperator(operator: FilterOperator): boolean {
  return RANGE_OPERATORS.includes(operator);
}

/**
 * Rejects an operator the property's kind does not support. The API
 * reference (Filter.Operator) marks the range operators "Not supported for
 * text properties" and In and Contains "Only supported for text
 * properties". This service applies the same rules to Boolean properties,
 * which support only Equals, NotEquals, Exists and NotExists. Hyperparameters
 * are text that also accepts range operators with a numeric Value
 * (checked when the Value is read). Exists and NotExists apply to every kind.
 */
export function checkOperatorSupported(filter: SearchFilter, kind: PropertyKind): void {
  const { operator, name, location } = filter;
  if (operator === "Exists" || operator === "NotExists" || kind === "absent") return;

  if (kind === "object") {
    throw validationError(
      `Property '${name}' at '${location}' is a structure or a list of structures, ` +
        `so operator '${operator}' cannot compare it; only Exists and NotExists apply. ` +
        `Filter on one of its members instead, such as '${name}.<member>'.`,
    );
  }

  if (kind === "text" && isRangeOperator(operator)) {
    throw validationError(
      `Operator '${operator}' at '${location}' is not supported for the text property '${name}'. ` +
        "Use Equals, NotEquals, Contains or In, or a range operator on a number or timestamp property.",
    );
  }

  if (kind === "boolean" && operator !== "Equals" && operator !== "NotEquals") {
    throw validationError(
      `Operator '${operator}' at '${location}' is not supported for the Boolean property '${name}'. ` +
        "Use Equals or NotEquals with the Value true or false.",
    );
  }

  if ((kind === "number" || kind === "timestamp") && TEXT_ONLY_OPERATORS.includes(operator)) {
    throw validationError(
      `Operator '${operator}' at '${location}' is supported only for text properties, ` +
        `and '${name}' is a ${kind} property. Use Equals, NotEquals or a range operator.`,
    );
  }
}

/** Builds the error for a filter Value that does not parse as the property's kind. */
export function invalidFilterValue(filter: SearchFilter, kind: string, expected: string): Error {
  return validationError(
    `Value '${filter.value}' at '${filter.location}' is not valid for the ${kind} property ` +
      `'${filter.name}'. Use ${expected}.`,
  );
}
