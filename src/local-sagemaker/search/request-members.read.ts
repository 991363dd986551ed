import { LocalServiceError } from "../service-error.js";

/**
 * Typed reads of request members. A member of the wrong JSON type is a
 * `SerializationException`, as AWS JSON 1.1 services return it when the body
 * cannot be read into the operation's input shape. A null member counts as absent.
 */

export type Structure = Record<string, unknown>;

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a structure";
  return `${typeof value} ${JSON.stringify(value)}`;
}

function wrongType(location: string, expected: string, value: unknown): LocalServiceError {
  return new LocalServiceError(
    "SerializationException",
    `Expected ${expected} at '${location}', but received ${describeJson(value)}.`,
  );
}

/** Returns `value` as a structure (a JSON object) or throws a SerializationException. */
export function asStructure(value: unknown, location: string): Structure {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Structure;
  throw wrongType(location, "a structure", value);
}

/** Reads an optional string member. */
export function readString(container: Structure, member: string, location: string): string | undefined {
  const value = container[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  throw wrongType(location, "a string", value);
}

/** Reads an optional integer member. */
export function readInteger(container: Structure, member: string, location: string): number | undefined {
  const value = container[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw wrongType(location, "an integer", value);
}

/** Reads an optional list member. */
export function readList(container: Structure, member: string, location: string): unknown[] | undefined {
  const value = container[member];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value;
  throw wrongType(location, "a list", value);
}
