import * as sagemaker from "@aws-sdk/client-sagemaker";
import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType } from "graphql";
import { expect, test } from "vitest";

import { buildGatewaySchema } from "../../src/schema/build-schema.js";
import { resolvers } from "../../src/schema/resolvers.js";
import { UNKNOWN_ENUM_VALUE } from "../../src/training-jobs/types/index.js";

const schema = await buildGatewaySchema({ resolvers });

/** Types the gateway defines: not introspection types and not GraphQL's built-in scalars. */
const gatewayTypes: GraphQLNamedType[] = Object.values(schema.getTypeMap()).filter(
  (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
);

/** Enums that mirror a SageMaker enum: the ones with an UNKNOWN stand-in. */
const upstreamEnums = gatewayTypes.filter(isEnumType).filter((type) => type.getValue("UNKNOWN") !== undefined);

const sdkEnums = sagemaker as unknown as Record<string, Record<string, string> | undefined>;

/** Query, Mutation and Subscription: TypeGraphQL offers no way to describe them. */
const rootTypes = new Set<GraphQLNamedType | null | undefined>([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);

test.each(gatewayTypes.filter((type) => !rootTypes.has(type)).map((type) => type.name))("type has a description: %s", (name) => {
  expect(schema.getType(name)?.description?.trim()).toBeTruthy();
});

test("every field and argument has a description", () => {
  const undescribed: string[] = [];
  for (const type of gatewayTypes) {
    if (!isObjectType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.description?.trim()) undescribed.push(`${type.name}.${field.name}`);
      for (const argument of "args" in field ? field.args : []) {
        if (!argument.description?.trim()) undescribed.push(`${type.name}.${field.name}(${argument.name})`);
      }
    }
  }
  expect(undescribed).toEqual([]);
});

test("every enum value has a description", () => {
  const undescribed = gatewayTypes
    .filter(isEnumType)
    .flatMap((type) => type.getValues().filter((value) => !value.description?.trim()).map((value) => `${type.name}.${value.name}`));
  expect(undescribed).toEqual([]);
});

test("field names start lower-case", () => {
  const misnamed = gatewayTypes
    .filter(isObjectType)
    .flatMap((type) => Object.keys(type.getFields()).filter((name) => !/^[a-z]/.test(name)).map((name) => `${type.name}.${name}`));
  expect(misnamed).toEqual([]);
});

test("enum value names are ALL_CAPS", () => {
  const misnamed = gatewayTypes
    .filter(isEnumType)
    .flatMap((type) => type.getValues().filter((value) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value.name)).map((value) => `${type.name}.${value.name}`));
  expect(misnamed).toEqual([]);
});

test("upstream enums are found", () => {
  // The 18 SageMaker enums of the training-job model; UNKNOWN marks them.
  expect(upstreamEnums.length).toBeGreaterThanOrEqual(18);
});

test.each(upstreamEnums)("internal values equal the SDK strings: $name", (type) => {
  const internalValues = type.getValues().map((value) => value.value as string).filter((value) => value !== UNKNOWN_ENUM_VALUE);
  const sdkValues = Object.values(sdkEnums[type.name] ?? {});
  expect(internalValues.sort()).toEqual(sdkValues.sort());
});

test.each(upstreamEnums)("UNKNOWN maps to itself: $name", (type) => {
  expect(type.getValue("UNKNOWN")?.value).toBe(UNKNOWN_ENUM_VALUE);
});
