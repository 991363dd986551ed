import { validationError } from "../service-error.js";
import {
  isIntegerLiteral,
  parseBooleanText,
  parseDecimal,
  parseInstantMillis,
  storedInstantMillis,
  unquote,
} from "./filter-value.parse.js";
import { checkOperatorSupported, invalidFilterValue } from "./operator-support.js";
import type { PropertyKind } from "./property-kind.js";
import type { FilterOperator, SearchFilter } from "./search.types.js";

/** A test over all the values one job has for the filter's property. */
export type ValuesPredicate = (values: readonly unknown[]) => boolean;

type ScalarTest = (stored: unknown) => boolean;

/**
 * Compiles one filter for a property of the given kind. Every Value is
 * parsed here, before any job is tested, so a bad Value fails the request
 * with a ValidationException instead of matching nothing.
 *
 * A multi-valued property matches when any of its values matches. NotEquals
 * and NotExists are the negations of Equals and Exists, so NotEquals also
 * matches jobs that lack the property. Text comparisons, Contains included,
 * are case-sensitive.
 */
export function compileFilter(filter: SearchFilter, kind: PropertyKind): ValuesPredicate {
  if (filter.operator === "Exists") return (values) => values.length > 0;
  if (filter.operator === "NotExists") return (values) => values.length === 0;

  checkOperatorSupported(filter, kind);

  const operator = filter.operator === "NotEquals" ? "Equals" : filter.operator;
  const matchesValue = compileScalarTest(filter, operator, kind);

  if (filter.operator === "NotEquals") return (values) => !values.some(matchesValue);
  return (values) => values.some(matchesValue);
}

function compileScalarTest(filter: SearchFilter, operator: FilterOperator, kind: PropertyKind): ScalarTest {
  const value = filter.value ?? "";

  switch (kind) {
    case "number": {
      const target = parseDecimal(value);
      if (target === undefined) throw invalidFilterValue(filter, "number", "an integer or decimal, such as 0.9");
      return (stored) => typeof stored === "number" && satisfies(operator, stored - target);
    }
    case "timestamp": {
      const target = parseInstantMillis(value);
      if (target === undefined) {
        throw invalidFilterValue(filter, "timestamp", "an ISO-8601 date-time such as 2024-05-01T12:00:00Z, or epoch seconds");
      }
      return (stored) => {
        const millis = storedInstantMillis(stored);
        return millis !== undefined && satisfies(operator, millis - target);
      };
    }
    case "boolean": {
      const target = parseBooleanText(value);
      if (target === undefined) throw invalidFilterValue(filter, "Boolean", "true or false");
      return (stored) => stored === target;
    }
    case "hyperParameter":
      return compileHyperParameterTest(filter, operator);
    default:
      return compileTextTest(operator, value, (text) => text);
  }
}

/**
 * Compares hyperparameters, which are strings, with one pair of enclosing
 * double quotes removed on both sides (see `unquote`). With a numeric Value
 * the comparison is numeric, and with an integer Value the stored number is
 * truncated to an integer first. The API reference (Filter) states both:
 * "Decimal hyperparameter values are treated as a decimal in a comparison if
 * the specified Value is also a decimal value. If the specified Value is an
 * integer, the decimal hyperparameter values are treated as integers."
 */
function compileHyperParameterTest(filter: SearchFilter, operator: FilterOperator): ScalarTest {
  const value = unquote(filter.value ?? "");
  const target = parseDecimal(value);

  if (operator === "Contains" || operator === "In" || (operator === "Equals" && target === undefined)) {
    return compileTextTest(operator, filter.value ?? "", unquote);
  }

  if (target === undefined) {
    throw validationError(
      `Operator '${operator}' at '${filter.location}' compares hyperparameter '${filter.name}' as a number, ` +
        `but Value '${filter.value}' is not a number. Use an integer or decimal Value, or Equals, Contains or In.`,
    );
  }

  const truncate = isIntegerLiteral(value);
  return (stored) => {
    if (typeof stored !== "string") return false;

    const number = parseDecimal(unquote(stored));
    if (number === undefined) return false;
    return satisfies(operator, (truncate ? Math.trunc(number) : number) - target);
  };
}

/**
 * Compiles Equals, Contains or In over strings. `normalize` applies to the
 * stored string and to the Value (each item of an In list, which is split at
 * commas and trimmed), so both sides compare alike.
 */
function compileTextTest(operator: FilterOperator, value: string, normalize: (text: string) => string): ScalarTest {
  if (operator === "Contains") {
    const needle = normalize(value);
    return (stored) => typeof stored === "string" && normalize(stored).includes(needle);
  }

  if (operator === "In") {
    const candidates = new Set(value.split(",").map((item) => normalize(item.trim())));
    return (stored) => typeof stored === "string" && candidates.has(normalize(stored));
  }

  const target = normalize(value);
  return (stored) => typeof stored === "string" && normalize(stored) === target;
}

/** Tells whether a comparison result (negative, zero or positive) satisfies the operator. */
function satisfies(operator: FilterOperator, difference: number): boolean {
  switch (operator) {
    case "Equals":
      return difference === 0;
    case "GreaterThan":
      return difference > 0;
    case "GreaterThanOrEqualTo":
      return difference >= 0;
    case "LessThan":
      return difference < 0;
    case "LessThanOrEqualTo":
      return difference <= 0;
    default:
      return false;
  }
}
