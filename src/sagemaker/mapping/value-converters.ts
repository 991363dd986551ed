import { KeyValuePair, UNKNOWN_ENUM_VALUE } from "../../training-jobs/types/index.js";
import { describeValue, InvalidSageMakerRecordError } from "./invalid-record.error.js";
import { formatPath, type MappingContext, type MappingPath } from "./mapping-context.js";
import { toDate } from "./timestamp.js";

/**
 * Converts one present (neither null nor undefined) source value to its
 * schema value. `parent` is the path of the object or list that contains it,
 * and `key` is its member name or index. Both are formatted only when a
 * converter reports or raises something.
 */
export type ValueConverter = (
  value: unknown,
  context: MappingContext,
  parent: MappingPath | undefined,
  key: string | number,
) => unknown;

/** Strings, booleans and numbers reach GraphQL as SageMaker sent them. */
export const passThrough: ValueConverter = (value) => value;

export const timestampConverter: ValueConverter = (value, _context, parent, key) => toDate(value, parent, key);

/**
 * Turns a string map into `KeyValuePair` entries sorted by key in UTF-16 code
 * unit order, so the order is stable across runs and locales. SageMaker maps
 * are not sparse, so a null value is dropped: in the schema a null value
 * means that the gateway redacted it.
 */
export const keyValuePairsConverter: ValueConverter = (value, _context, parent, key) => {
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidSageMakerRecordError(formatPath(parent, key), `expected a string map, got ${describeValue(value)}.`);
  }

  const map = value as Record<string, unknown>;
  const pairs: KeyValuePair[] = [];
  for (const entryKey of Object.keys(map).sort()) {
    const entryValue = map[entryKey];
    if (entryValue === null || entryValue === undefined) continue;
    if (typeof entryValue === "object") {
      const entryPath = formatPath({ parent, key }, entryKey);
      throw new InvalidSageMakerRecordError(entryPath, `expected a string, got ${describeValue(entryValue)}.`);
    }

    const pair = new KeyValuePair();
    pair.key = entryKey;
    pair.value = String(entryValue);
    pair.redacted = false;
    pairs.push(pair);
  }
  return pairs;
};

/**
 * Keeps a value the enum lists and turns any other into `UNKNOWN`, reporting
 * it through the context. SageMaker adds enum values without notice, and a
 * new value must not fail the query.
 */
export function createEnumConverter(enumName: string, enumObject: object): ValueConverter {
  const knownValues = new Set<unknown>(Object.values(enumObject));
  if (!knownValues.has(UNKNOWN_ENUM_VALUE)) {
    throw new Error(
      `Enum ${enumName} has no member with the value "${UNKNOWN_ENUM_VALUE}", so the mapping cannot stand in for values it does not list. Add UNKNOWN = "${UNKNOWN_ENUM_VALUE}" and register the enum with registerUpstreamEnum.`,
    );
  }

  return (value, context, parent, key) => {
    if (knownValues.has(value)) return value;

    context.reportUnknownEnumValue(enumName, String(value), formatPath(parent, key));
    return UNKNOWN_ENUM_VALUE;
  };
}

/**
 * Converts each item of a list. SageMaker lists are not sparse, so a null
 * item is dropped unless the schema allows null items, rather than failing
 * the non-null item type. An empty list stays empty.
 */
export function createListConverter(convertItem: ValueConverter, itemsNullable: boolean): ValueConverter {
  return (value, context, parent, key) => {
    if (!Array.isArray(value)) {
      throw new InvalidSageMakerRecordError(formatPath(parent, key), `expected a list, got ${describeValue(value)}.`);
    }

    const listPath: MappingPath = { parent, key };
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || item === undefined) {
        if (itemsNullable) items.push(null);
        continue;
      }
      items.push(convertItem(item, context, listPath, index));
    }
    return items;
  };
}
