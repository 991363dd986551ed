import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, SafeIntResolver } from "graphql-scalars";

/**
 * Timestamp scalar. It serializes a `Date` as ISO-8601 in UTC with
 * milliseconds (`2022-02-16T17:14:13.123Z`), using the graphql-scalars
 * `DateTime` rules; only the description is the gateway's own.
 */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description:
    "Point in time as an ISO-8601 string in UTC with milliseconds, for example 2022-02-16T17:14:13.123Z.",
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
