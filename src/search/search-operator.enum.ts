import { registerEnumType } from "type-graphql";

/** Comparison of one Search filter; values are SageMaker's `Operator` strings. */
export enum SearchOperator {
  EQUALS = "Equals",
  NOT_EQUALS = "NotEquals",
  GREATER_THAN = "GreaterThan",
  GREATER_THAN_OR_EQUAL_TO = "GreaterThanOrEqualTo",
  LESS_THAN = "LessThan",
  LESS_THAN_OR_EQUAL_TO = "LessThanOrEqualTo",
  CONTAINS = "Contains",
  EXISTS = "Exists",
  NOT_EXISTS = "NotExists",
  IN = "In",
}

/** Combination of the parts of a search expression; values are SageMaker's `BooleanOperator` strings. */
export enum SearchBooleanOperator {
  AND = "And",
  OR = "Or",
}

/** Operators that compare an order, so only numbers, times and numeric hyperparameter values accept them. */
export const RANGE_OPERATORS: ReadonlySet<SearchOperator> = new Set([
  SearchOperator.GREATER_THAN,
  SearchOperator.GREATER_THAN_OR_EQUAL_TO,
  SearchOperator.LESS_THAN,
  SearchOperator.LESS_THAN_OR_EQUAL_TO,
]);

/** Operators that test presence and take no value. */
export const PRESENCE_OPERATORS: ReadonlySet<SearchOperator> = new Set([SearchOperator.EXISTS, SearchOperator.NOT_EXISTS]);

registerEnumType(SearchOperator, {
  name: "SearchOperator",
  description: "How a search filter compares a property with its value (SageMaker's Filter.Operator).",
  valuesConfig: {
    EQUALS: { description: "The property equals the value." },
    NOT_EQUALS: { description: "The property differs from the value, or the job lacks the property." },
    GREATER_THAN: { description: "The property is greater than the value. Numbers and times only." },
    GREATER_THAN_OR_EQUAL_TO: { description: "The property is greater than or equal to the value. Numbers and times only." },
    LESS_THAN: { description: "The property is less than the value. Numbers and times only." },
    LESS_THAN_OR_EQUAL_TO: { description: "The property is less than or equal to the value. Numbers and times only." },
    CONTAINS: { description: "The text property contains the value. SageMaker allows one CONTAINS per search." },
    EXISTS: { description: "The job has the property. Takes no value." },
    NOT_EXISTS: { description: "The job lacks the property. Takes no value." },
    IN: { description: "The text property equals one of the comma-separated items of the value." },
  },
});

registerEnumType(SearchBooleanOperator, {
  name: "SearchBooleanOperator",
  description: "How the filters, nested filters and subexpressions of one search expression combine.",
  valuesConfig: {
    AND: { description: "Every part must match." },
    OR: { description: "At least one part must match." },
  },
});
