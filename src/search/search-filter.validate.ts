import type { TrainingJobSearchQuery } from "../sagemaker/search-pager.js";
import { SEARCH_PROPERTIES } from "./search-property.catalog.js";
import { acceptedNameForms, resolvePropertyName, type ResolvedProperty } from "./search-property.resolve.js";
import type { LocatedFilter } from "./search-expression.located.js";
import { checkTextLimits, invalidSearchInput, quote, SEARCH_LIMITS } from "./search-limits.js";
import { PRESENCE_OPERATORS, RANGE_OPERATORS, SearchOperator } from "./search-operator.enum.js";
import { formatInstant, isDecimal, parseInstant } from "./search-value.parse.js";

/** A Filter in the SDK's shape. */
export type SageMakerFilter = NonNullable<NonNullable<TrainingJobSearchQuery["expression"]>["Filters"]>[number];

/**
 * Checks one filter against SageMaker's rules and returns it in the SDK's
 * shape, with its value normalized: times become ISO-8601 in UTC and
 * Booleans lower case. `nestedIn` is the NestedPropertyName of the nested
 * filter that contains the filter, if any. Throws BAD_USER_INPUT at the path of
 * the offending part.
 */
export function checkFilter(filter: LocatedFilter, nestedIn?: string): SageMakerFilter {
  const property = checkPropertyName(filter, nestedIn);
  checkOperator(filter, property);
  const value = checkValue(filter, property);

  return value === undefined
    ? { Name: filter.name, Operator: filter.operator }
    : { Name: filter.name, Operator: filter.operator, Value: value };
}

/** Finds the GraphQL name of an operator, such as GREATER_THAN for `GreaterThan`. */
export function operatorName(operator: SearchOperator): string {
  return Object.entries(SearchOperator).find(([, value]) => value === operator)?.[0] ?? operator;
}

function checkPropertyName(filter: LocatedFilter, nestedIn: string | undefined): ResolvedProperty {
  const { name, at } = filter;
  checkTextLimits(at.name, "the property name", name, SEARCH_LIMITS.nameLength);

  const property = resolvePropertyName(name);
  if (!property) {
    throw invalidSearchInput(at.name, `${quote(name)} is not a searchable property. Use ${acceptedNameForms()}.`);
  }

  if (nestedIn !== undefined && property.nestedIn !== nestedIn) {
    const example = SEARCH_PROPERTIES.find((candidate) => candidate.nestedIn === nestedIn)?.name;
    throw invalidSearchInput(
      at.name,
      `${quote(name)} is not a member of ${nestedIn}, the nestedPropertyName of this nested filter. ` +
        `Name a property under it, such as ${example}.`,
    );
  }
  return property;
}

/**
 * Applies the API reference's operator rules (Filter.Operator): range
 * operators are not for text, CONTAINS and IN are only for text. Booleans
 * take only equality and presence, as in the local SageMaker.
 * Hyperparameters are text that also accepts range operators with a
 * numeric value, checked with the value.
 */
function checkOperator(filter: LocatedFilter, property: ResolvedProperty): void {
  const { operator } = filter;
  if (PRESENCE_OPERATORS.has(operator)) return;

  const kind = property.kind;
  const textOnly = operator === SearchOperator.CONTAINS || operator === SearchOperator.IN;
  let allowed: string | undefined;

  if (kind === "text" && RANGE_OPERATORS.has(operator)) allowed = "EQUALS, NOT_EQUALS, CONTAINS, IN, EXISTS or NOT_EXISTS";
  if ((kind === "number" || kind === "timestamp") && textOnly) allowed = "EQUALS, NOT_EQUALS, a range operator, EXISTS or NOT_EXISTS";
  if (kind === "boolean" && operator !== SearchOperator.EQUALS && operator !== SearchOperator.NOT_EQUALS) {
    allowed = "EQUALS, NOT_EQUALS, EXISTS or NOT_EXISTS";
  }
  if (allowed === undefined) return;

  throw invalidSearchInput(
    filter.at.operator,
    `${operatorName(operator)} does not apply to ${filter.name}, which is ${describeKind(kind)}. Use ${allowed}.`,
  );
}

function checkValue(filter: LocatedFilter, property: ResolvedProperty): string | undefined {
  const { operator, value, at } = filter;
  const operatorText = operatorName(operator);

  if (PRESENCE_OPERATORS.has(operator)) {
    if (value === undefined) return undefined;
    throw invalidSearchInput(at.value, `${operatorText} takes no value; remove the value ${quote(value)}.`);
  }
  if (value === undefined) {
    throw invalidSearchInput(at.value, `${operatorText} needs a value to compare ${filter.name} with.`);
  }
  checkTextLimits(at.value, "the value", value, SEARCH_LIMITS.valueLength);

  return normalizeValue(filter, property, value);
}

/** Checks that the value reads as the property's kind, and returns it in the form sent to SageMaker. */
function normalizeValue(filter: LocatedFilter, property: ResolvedProperty, value: string): string {
  const invalid = (expected: string) =>
    invalidSearchInput(filter.at.value, `${quote(value)} does not fit ${filter.name}: ${expected}.`);

  if (filter.operator === SearchOperator.IN && value.split(",").some((item) => item.trim() === "")) {
    throw invalid("IN takes a comma-separated list without empty items, such as Completed,Stopped");
  }

  switch (property.kind) {
    case "number":
      if (!isDecimal(value)) throw invalid("it is a number, so the value must be a decimal such as 0.9 or -3");
      return value;
    case "timestamp": {
      const millis = parseInstant(value);
      if (millis === undefined) {
        throw invalid("it is a time, so the value must be ISO-8601 with a UTC offset, such as 2024-05-01T12:00:00Z, or a date such as 2024-05-01");
      }
      return formatInstant(millis);
    }
    case "boolean":
      if (!/^(true|false)$/i.test(value)) throw invalid("it is a Boolean, so the value must be true or false");
      return value.toLowerCase();
    case "hyperParameter":
      if (RANGE_OPERATORS.has(filter.operator) && !isDecimal(value)) {
        throw invalid(`${operatorName(filter.operator)} compares hyperparameters as numbers, so the value must be a decimal such as 0.5`);
      }
      return value;
    default:
      return value;
  }
}

function describeKind(kind: ResolvedProperty["kind"]): string {
  if (kind === "hyperParameter") return "a hyperparameter";
  if (kind === "boolean") return "a Boolean";
  if (kind === "text") return "text";
  return `a ${kind}`;
}
