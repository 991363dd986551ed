import { GraphQLScalarType } from "graphql";
import { getMetadataStorage, type ClassType } from "type-graphql";

import { DateTime, KeyValuePair } from "../../training-jobs/types/index.js";
import { describeValue, InvalidSageMakerRecordError } from "./invalid-record.error.js";
import { formatPath, type MappingContext, type MappingPath } from "./mapping-context.js";
import {
  createEnumConverter,
  createListConverter,
  keyValuePairsConverter,
  passThrough,
  timestampConverter,
  type ValueConverter,
} from "./value-converters.js";

/** Maps a SageMaker object (API member names) to an instance of one schema class. */
export type ShapeMapper<T> = (source: unknown, context: MappingContext, path: MappingPath | undefined) => T;

type FieldMetadata = ReturnType<typeof getMetadataStorage>["fields"][number];

/** One `@Field` of a class, compiled: where to read it and how to convert it. */
type CompiledField = {
  property: string;
  member: string;
  required: boolean;
  convert: ValueConverter;
};

const mappers = new Map<Function, ShapeMapper<object>>();

/**
 * Returns the mapper of an `@ObjectType` class, compiling it on first use
 * from the class's TypeGraphQL metadata. Each `@Field` named `fooBar` reads
 * the API member `FooBar`, so adding a field to the schema class is all it
 * takes to map it. Members the class has no field for are ignored.
 */
export function getShapeMapper<T extends object>(target: ClassType<T>): ShapeMapper<T> {
  const cached = mappers.get(target);
  if (cached) return cached as ShapeMapper<T>;

  // The mapper is cached before its fields compile, so a class that reaches
  // itself through its fields finds it instead of recursing without end.
  let fields: CompiledField[] = [];
  const mapper: ShapeMapper<T> = (source, context, path) => {
    if (typeof source !== "object" || source === null || Array.isArray(source)) {
      const location = path ? formatPath(path.parent, path.key) : "(record)";
      throw new InvalidSageMakerRecordError(location, `expected an object, got ${describeValue(source)}.`);
    }

    const record = source as Record<string, unknown>;
    const result = new target() as Record<string, unknown>;
    for (const field of fields) {
      const value = record[field.member];
      if (value !== undefined && value !== null) {
        result[field.property] = field.convert(value, context, path, field.member);
      } else if (field.required) {
        throw new InvalidSageMakerRecordError(
          formatPath(path, field.member),
          `the member is missing, but ${target.name}.${field.property} is non-null in the schema.`,
        );
      } else {
        result[field.property] = null;
      }
    }
    return result as T;
  };
  mappers.set(target, mapper as ShapeMapper<object>);

  fields = collectFields(target).map((field) => compileField(target, field));
  return mapper;
}

/** `@Field` metadata of a class and its ancestors; a subclass field replaces an inherited one. */
function collectFields(target: Function): FieldMetadata[] {
  const chain: Function[] = [];
  for (let type = target; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    chain.unshift(type);
  }

  const byName = new Map<string, FieldMetadata>();
  for (const field of getMetadataStorage().fields) {
    if (chain.includes(field.target)) byName.set(field.name, field);
  }
  if (byName.size === 0) {
    throw new Error(`Class ${target.name} has no @Field metadata, so it cannot be a mapping target. Decorate it with @ObjectType and @Field.`);
  }
  return [...byName.values()];
}

function compileField(target: Function, field: FieldMetadata): CompiledField {
  // getType() must run first: it sets typeOptions.array for `() => [Type]`.
  const typeValue = field.getType();
  const { array, arrayDepth, nullable } = field.typeOptions;
  const schemaName = field.schemaName;

  let convert: ValueConverter;
  if (array && (arrayDepth ?? 1) > 1) {
    throw new Error(`${target.name}.${field.name} is a nested list, which the mapping does not support.`);
  } else if (array && typeValue === KeyValuePair) {
    convert = keyValuePairsConverter;
  } else {
    const convertItem = createItemConverter(target, field.name, typeValue);
    const itemsNullable = nullable === "items" || nullable === "itemsAndList";
    convert = array ? createListConverter(convertItem, itemsNullable) : convertItem;
  }

  return {
    property: field.name,
    member: schemaName.charAt(0).toUpperCase() + schemaName.slice(1),
    required: !nullable || nullable === "items",
    convert,
  };
}

/** Converter of a single value of the field's GraphQL type. */
function createItemConverter(target: Function, fieldName: string, typeValue: unknown): ValueConverter {
  if (typeValue === DateTime || typeValue === Date) return timestampConverter;
  if (typeValue instanceof GraphQLScalarType || typeValue === String || typeValue === Number || typeValue === Boolean) {
    return passThrough;
  }

  const storage = getMetadataStorage();
  const enumMetadata = storage.enums.find((candidate) => candidate.enumObj === typeValue);
  if (enumMetadata) return createEnumConverter(enumMetadata.name, enumMetadata.enumObj);

  if (typeof typeValue === "function" && storage.objectTypes.some((type) => type.target === typeValue)) {
    const nested = getShapeMapper(typeValue as ClassType<object>);
    return (value, context, parent, key) => nested(value, context, { parent, key });
  }

  throw new Error(
    `${target.name}.${fieldName} has a type the mapping cannot convert (${String(typeValue)}). Use a GraphQL scalar, an enum registered with registerUpstreamEnum, or an @ObjectType class.`,
  );
}
