import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { expect, test } from "vitest";

import { buildGatewaySchema } from "../../src/schema/build-schema.js";
import { resolvers } from "../../src/schema/resolvers.js";
import { readSdkShapes, type SdkType } from "./sdk-shapes.js";

const ROOT_SHAPES = ["TrainingJob", "DescribeTrainingJobResponse"];

/** Both roots are served by the one GraphQL `TrainingJob` type. */
const GRAPHQL_TYPE_OF_SHAPE: Record<string, string> = { DescribeTrainingJobResponse: "TrainingJob" };

/** SDK enums that stay plain strings: instance types grow with every new EC2 family. */
const OPEN_ENDED_ENUMS = new Set(["TrainingInstanceType", "ProcessingInstanceType"]);

/**
 * Members whose AWS type is `Long`. The SDK declares every number as
 * `number`, so the `.d.ts` files cannot tell `Long` from `Integer` and this
 * list is kept by hand.
 * NOTE: only the TrainingProgressInfo members were checked against the
 * SageMaker API reference (API_TrainingProgressInfo); recheck the list when
 * the SDK version changes.
 */
const LONG_MEMBERS = [
  "DescribeTrainingJobResponse.BillableTokenCount",
  "ShuffleConfig.Seed",
  "ProfilerConfig.ProfilingIntervalInMilliseconds",
  "TrainingProgressInfo.TotalStepCountPerEpoch",
  "TrainingProgressInfo.CurrentStep",
  "TrainingProgressInfo.CurrentEpoch",
  "TrainingProgressInfo.MaxEpoch",
];

/** Fields the contract makes non-null; every other field of the model is nullable. */
const NON_NULL_FIELDS = new Set(["TrainingJob.trainingJobName", "Tag.key", "Tag.value"]);

const NUMERIC_SCALARS = new Set(["Int", "Float", "SafeInt"]);

const sdk = readSdkShapes(ROOT_SHAPES);
const schema: GraphQLSchema = await buildGatewaySchema({ resolvers });

function graphqlTypeName(shapeName: string): string {
  return GRAPHQL_TYPE_OF_SHAPE[shapeName] ?? shapeName;
}

function fieldName(memberName: string): string {
  return memberName.charAt(0).toLowerCase() + memberName.slice(1);
}

function findField(shapeName: string, memberName: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(graphqlTypeName(shapeName));
  return isObjectType(type) ? type.getFields()[fieldName(memberName)] : undefined;
}

/** Describes how `type` fails to represent `expected`, or returns undefined when it matches. */
function mismatch(expected: SdkType, type: GraphQLOutputType): string | undefined {
  const nullable = getNullableType(type);

  if (expected.kind === "list" || expected.kind === "stringMap") {
    if (!isListType(nullable)) return `expected a list, found ${String(type)}`;
    if (!isNonNullType(nullable.ofType)) return `expected non-null list items, found ${String(type)}`;
    if (expected.kind === "stringMap") {
      return getNamedType(nullable).name === "KeyValuePair" ? undefined : `expected [KeyValuePair!], found ${String(type)}`;
    }
    return mismatch(expected.item, nullable.ofType);
  }
  if (isListType(nullable)) return `expected a single value, found ${String(type)}`;

  const actual = getNamedType(type).name;
  switch (expected.kind) {
    case "string":
      return actual === "String" ? undefined : `expected String, found ${actual}`;
    case "boolean":
      return actual === "Boolean" ? undefined : `expected Boolean, found ${actual}`;
    case "timestamp":
      return actual === "DateTime" ? undefined : `expected DateTime, found ${actual}`;
    case "number":
      return NUMERIC_SCALARS.has(actual) ? undefined : `expected Int, Float or SafeInt, found ${actual}`;
    case "shape":
      return actual === graphqlTypeName(expected.name) ? undefined : `expected ${expected.name}, found ${actual}`;
    case "enum": {
      const wanted = OPEN_ENDED_ENUMS.has(expected.name) ? "String" : expected.name;
      return actual === wanted ? undefined : `expected ${wanted}, found ${actual}`;
    }
  }
}

test("walker reaches every nested shape", () => {
  // 2 roots and 43 nested shapes with @aws-sdk/client-sagemaker 3.1142.0.
  expect(sdk.shapes.size).toBeGreaterThanOrEqual(45);
});

test("walker finds the union of top-level members", () => {
  const members = new Set(ROOT_SHAPES.flatMap((root) => sdk.shapes.get(root)!.map((member) => member.name)));
  expect(members.size).toBeGreaterThanOrEqual(51);
});

test.each([...sdk.shapes.keys()])("every member has a field: %s", (shapeName) => {
  const problems: string[] = [];
  for (const member of sdk.shapes.get(shapeName)!) {
    const location = `${shapeName}.${member.name} -> ${graphqlTypeName(shapeName)}.${fieldName(member.name)}`;
    const field = findField(shapeName, member.name);
    const problem = field ? mismatch(member.type, field.type) : "no such GraphQL field";
    if (problem) problems.push(`${location}: ${problem}`);
  }
  expect(problems).toEqual([]);
});

test("every model field reads an SDK member", () => {
  const membersByType = new Map<string, Set<string>>();
  for (const [shapeName, members] of sdk.shapes) {
    const names = membersByType.get(graphqlTypeName(shapeName)) ?? new Set<string>();
    for (const member of members) names.add(fieldName(member.name));
    membersByType.set(graphqlTypeName(shapeName), names);
  }

  const orphans: string[] = [];
  for (const field of getMetadataStorage().fields) {
    const members = membersByType.get(field.target.name);
    if (members && !members.has(field.schemaName)) orphans.push(`${field.target.name}.${field.schemaName}`);
  }
  expect(orphans).toEqual([]);
});

test("GraphQL enums list every SDK enum value", () => {
  const problems: string[] = [];
  for (const [enumName, values] of sdk.enums) {
    if (OPEN_ENDED_ENUMS.has(enumName)) continue;

    const type = schema.getType(enumName);
    if (!isEnumType(type)) {
      problems.push(`${enumName}: no GraphQL enum of that name`);
      continue;
    }
    const internalValues = new Set(type.getValues().map((value) => value.value));
    for (const value of values) {
      if (!internalValues.has(value)) problems.push(`${enumName}: no GraphQL value whose internal value is "${value}"`);
    }
  }
  expect(problems).toEqual([]);
});

test.each(LONG_MEMBERS)("Long member uses SafeInt: %s", (path) => {
  const [shapeName, memberName] = path.split(".");
  const field = findField(shapeName, memberName);
  expect(field).toBeDefined();
  expect(getNamedType(field!.type).name).toBe("SafeInt");
});

test("only contract fields are non-null", () => {
  const nonNull: string[] = [];
  for (const shapeName of sdk.shapes.keys()) {
    const type = schema.getType(graphqlTypeName(shapeName));
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) nonNull.push(`${type.name}.${field.name}`);
    }
  }
  expect(new Set(nonNull)).toEqual(NON_NULL_FIELDS);
});
