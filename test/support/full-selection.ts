import { readFileSync } from "node:fs";

import {
  buildSchema,
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/** Loads the committed schema file, as clients see it. */
export function loadEmittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));
}

/** Builds a selection of every field of `typeName`, nested objects included, for queries that check whole records. */
export function fullSelection(schema: GraphQLSchema, typeName: string, visiting: Set<string> = new Set()): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type in the schema`);

  const fields: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (visiting.has(named.name)) continue;
      fields.push(`${field.name} { ${fullSelection(schema, named.name, new Set([...visiting, typeName]))} }`);
    } else {
      fields.push(field.name);
    }
  }
  return fields.join(" ");
}
