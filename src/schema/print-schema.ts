import { createPubSub } from "@graphql-yoga/subscription";
import { lexicographicSortSchema, printSchema } from "graphql";

import { buildGatewaySchema } from "./build-schema.js";
import { resolvers } from "./resolvers.js";

/** The committed SDL file, relative to the repository root. */
export const SCHEMA_FILE_URL = new URL("../../schema/schema.graphql", import.meta.url);

/**
 * Prints the gateway schema as SDL with types, fields and enum values in
 * alphabetical order, so the text depends only on the code and not on import
 * order. The pub/sub given to the build only satisfies TypeGraphQL's check
 * for subscriptions; nothing is published through it.
 */
export async function printGatewaySchema(): Promise<string> {
  const schema = await buildGatewaySchema({ resolvers, pubSub: createPubSub() });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
