import type { SdkShapes, SdkType } from "../../schema/sdk-shapes.js";
import { readSdkShapes } from "../../schema/sdk-shapes.js";

let cached: SdkShapes | undefined;

/** Reads the shapes reachable from DescribeTrainingJobResponse once per test file. */
export function describeShapes(): SdkShapes {
  cached ??= readSdkShapes(["DescribeTrainingJobResponse"]);
  return cached;
}

/** Returns the values of an SDK enum, such as TrainingJobStatus. */
export function enumValues(name: string): string[] {
  const values = describeShapes().enums.get(name);
  if (values === undefined) {
    throw new Error(`Enum ${name} is not used by DescribeTrainingJobResponse.`);
  }
  return values;
}

/**
 * Lists where `value` breaks SDK shape `shapeName` as it travels on the
 * wire: members the shape does not have, values of the wrong JSON type
 * (timestamps are epoch-second numbers) and enum values the SDK does not list.
 */
export function shapeViolations(value: unknown, shapeName: string, path = shapeName): string[] {
  const members = describeShapes().shapes.get(shapeName);
  if (members === undefined) {
    return [`${path}: no SDK shape ${shapeName}`];
  }
  if (!isRecord(value)) {
    return [`${path}: expected an object, got ${JSON.stringify(value)}`];
  }

  const violations: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const type = members.find((candidate) => candidate.name === key)?.type;
    if (type === undefined) {
      violations.push(`${path}.${key}: not a member of ${shapeName}`);
    } else {
      violations.push(...typeViolations(member, type, `${path}.${key}`));
    }
  }
  return violations;
}

function typeViolations(value: unknown, type: SdkType, path: string): string[] {
  switch (type.kind) {
    case "string":
      return typeof value === "string" ? [] : [`${path}: expected a string, got ${JSON.stringify(value)}`];
    case "number":
    case "timestamp":
      return typeof value === "number" && Number.isFinite(value) ? [] : [`${path}: expected a number, got ${JSON.stringify(value)}`];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${path}: expected a boolean, got ${JSON.stringify(value)}`];
    case "stringMap":
      return isRecord(value) && Object.values(value).every((entry) => typeof entry === "string") ? [] : [`${path}: expected a string map`];
    case "enum":
      return typeof value === "string" && type.values.includes(value) ? [] : [`${path}: ${JSON.stringify(value)} is not a ${type.name} value`];
    case "shape":
      return shapeViolations(value, type.name, path);
    case "list":
      return Array.isArray(value) ? value.flatMap((item, index) => typeViolations(item, type.item, `${path}[${index}]`)) : [`${path}: expected a list`];
  }
}

/** Adds `Shape.member` to `found` for every member present in `value`, at any depth. */
export function collectMembers(value: unknown, shapeName: string, found: Set<string>): void {
  const members = describeShapes().shapes.get(shapeName) ?? [];
  if (!isRecord(value)) {
    return;
  }
  for (const member of members) {
    const memberValue = value[member.name];
    if (memberValue === undefined) {
      continue;
    }
    found.add(`${shapeName}.${member.name}`);
    collectTyped(memberValue, member.type, found);
  }
}

function collectTyped(value: unknown, type: SdkType, found: Set<string>): void {
  if (type.kind === "shape") {
    collectMembers(value, type.name, found);
  } else if (type.kind === "list" && Array.isArray(value)) {
    value.forEach((item) => collectTyped(item, type.item, found));
  }
}

/** Lists `Shape.member` for every member of every shape reachable from DescribeTrainingJobResponse. */
export function allMembers(): string[] {
  return [...describeShapes().shapes].flatMap(([shapeName, members]) => members.map((member) => `${shapeName}.${member.name}`));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
