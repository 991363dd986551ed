import * as enums from "../../src/training-jobs/types/index.js";

/**
 * Converts a DescribeTrainingJob-style JSON record into the value the gateway
 * should return for it, following the public contract on its own: member
 * names with a lower-case first letter, epoch seconds as ISO-8601 UTC with
 * milliseconds, string maps as `{ key, value, redacted }` lists sorted by key,
 * tags as `{ key, value }`, enum strings as GraphQL enum names, and members the
 * schema lacks dropped. `schemaFields` gives the fields of each type by name.
 */
export function expectedValue(
  value: unknown,
  typeName: string,
  schemaFields: Map<string, Map<string, { type: string; list: boolean }>>,
): unknown {
  if (value === null || value === undefined) return null;

  if (typeName === "DateTime") return new Date(Math.round(Number(value) * 1000)).toISOString();
  if (typeName === "KeyValuePair") {
    return Object.entries(value as Record<string, string>)
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([key, entry]) => ({ key, value: entry, redacted: false }));
  }
  if (enumValues.has(typeName)) return enumName(typeName, String(value));

  const fields = schemaFields.get(typeName);
  if (!fields) return value;

  const result: Record<string, unknown> = {};
  for (const [field, fieldType] of fields) {
    const member = field.charAt(0).toUpperCase() + field.slice(1);
    const raw = (value as Record<string, unknown>)[member];
    if (fieldType.list && Array.isArray(raw)) {
      result[field] = raw.map((item) => expectedValue(item, fieldType.type, schemaFields));
    } else {
      result[field] = expectedValue(raw, fieldType.type, schemaFields);
    }
  }
  return result;
}

const enumValues = new Map<string, Record<string, string>>(
  Object.entries(enums)
    .filter(([, candidate]) => typeof candidate === "object" && candidate !== null && "UNKNOWN" in candidate)
    .map(([name, candidate]) => [name, candidate as Record<string, string>]),
);

/** GraphQL name of an enum value: the key whose SageMaker string it is, or UNKNOWN. */
function enumName(typeName: string, awsValue: string): string {
  const values = enumValues.get(typeName)!;
  return Object.keys(values).find((key) => values[key] === awsValue) ?? "UNKNOWN";
}

/** Orders strings by UTF-16 code units, the order of the gateway's map lists and of SageMaker's name sort. */
export function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
