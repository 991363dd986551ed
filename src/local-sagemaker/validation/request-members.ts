import { serializationError } from "../service-error.js";
import type { WireTag } from "../wire.js";

/*
 * Typed readers for the members of a parsed request body. A member of the
 * wrong JSON type is a SerializationException, as in AWS JSON 1.1
 * services. Model constraints (length, pattern, range) are checked
 * afterwards with ConstraintViolations. Absent and `null` members read as
 * `undefined`, because the SDK leaves unset members out and a JSON null
 * carries no value.
 */

/** A parsed AWS JSON request body: member names to JSON values. */
export type RequestBody = Record<string, unknown>;

export function readString(body: RequestBody, member: string): string | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw wrongType(member, "a string", value);
  return value;
}

export function readInteger(body: RequestBody, member: string): number | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw wrongType(member, "an integer", value);
  return value;
}

/** Reads a timestamp in the wire form, epoch seconds as a JSON number (fractions allowed). */
export function readTimestamp(body: RequestBody, member: string): number | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType(member, "epoch seconds as a number", value);
  return value;
}

export function readStringList(body: RequestBody, member: string): string[] | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw wrongType(member, "a list of strings", value);
  }
  return value as string[];
}

/** Reads a list of `{Key, Value}` tags; a missing Key or Value is left for the constraint checks. */
export function readTagList(body: RequestBody, member: string): Partial<WireTag>[] | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(member, "a list of {Key, Value} objects", value);

  return value.map((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw wrongType(`${member}[${index}]`, "an object with Key and Value", item);
    }
    const tag = item as RequestBody;
    return { Key: readString(tag, "Key"), Value: readString(tag, "Value") };
  });
}

function wrongType(member: string, expected: string, value: unknown): Error {
  const json = JSON.stringify(value) ?? String(value);
  const clipped = json.length > 80 ? `${json.slice(0, 77)}...` : json;
  return serializationError(`Member ${member} must be ${expected}; got ${clipped}.`);
}
