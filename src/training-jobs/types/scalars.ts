import { GraphQLError, GraphQLScalarType } from "graphql";
import { DateTimeResolver, SafeIntResolver } from "graphql-scalars";

/**
 * Timestamp scalar: graphql-scalars' `DateTime` validation and parsing, with
 * output as ISO-8601 text in UTC with milliseconds (`2022-02-16T17:14:13.123Z`).
 * graphql-scalars 1.26 serializes to the `Date` itself and leaves the text to
 * `JSON.stringify`, so in-process callers of `execute` would get a `Date`.
 * This scalar returns the string in every transport. Inputs parse to `Date`.
 */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: "Point in time as an ISO-8601 string in UTC with milliseconds, for example 2022-02-16T17:14:13.123Z.",
  serialize(value) {
    const date: unknown = DateTimeResolver.serialize(value);
    return date instanceof Date ? date.toISOString() : date;
  },
  parseValue: (value) => withFormatHint(() => DateTimeResolver.parseValue(value)),
  parseLiteral: (literal, variables) => withFormatHint(() => DateTimeResolver.parseLiteral(literal, variables)),
});

const DATE_TIME_FORMAT_HINT = "Expected an ISO-8601 date-time with a time zone, for example 2024-05-01T12:00:00Z.";

/** Adds the expected format to graphql-scalars' parse errors, which name only the rejected value. */
function withFormatHint<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof GraphQLError) && !(error instanceof TypeError)) throw error;
    throw new GraphQLError(`${error.message.replace(/\.?$/, ".")} ${DATE_TIME_FORMAT_HINT}`, {
      extensions: error instanceof GraphQLError ? error.extensions : {},
    });
  }
}

/**
 * Integer scalar for SageMaker `Long` members. GraphQL `Int` stops at
 * 2^31 - 1, while `SafeInt` (graphql-scalars) carries any integer up to
 * 2^53 - 1 exactly, as JavaScript numbers do.
 */
export const SafeInt = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  description:
    "Whole number between -(2^53 - 1) and 2^53 - 1, used where SageMaker counts can pass the 32-bit range of Int.",
});
