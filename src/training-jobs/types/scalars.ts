import { GraphQLScalarType } from "graphql";
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
});

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
