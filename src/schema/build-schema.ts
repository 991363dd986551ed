import { createPubSub } from "@graphql-yoga/subscription";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type AuthMode, type NonEmptyArray, type PubSub } from "type-graphql";

import { DateTime } from "../training-jobs/types/index.js";

/** Inputs of the gateway schema. */
export type GatewaySchemaOptions<TContext extends object = object> = {
  /** Every resolver class; types reachable from them end up in the schema. */
  resolvers: Readonly<NonEmptyArray<Function>>;
  /**
   * TypeGraphQL refuses to build subscriptions without one. The gateway's
   * subscriptions stream from their own `subscribe` functions and publish
   * nothing through it, so a fresh in-memory one is the default.
   */
  pubSub?: PubSub;
  /** Decides `@Authorized` fields; without it, `@Authorized` fails at query time. */
  authChecker?: AuthChecker<TContext>;
  /** Outcome of a denied `@Authorized` field: an error (the default) or null. */
  authMode?: AuthMode;
};

/**
 * Builds the executable schema from the resolver classes and the TypeGraphQL
 * metadata of the types they reach. It writes no file (see emit.ts) and does
 * not run class-validator, which the project does not install: resolvers
 * check their own arguments. A `Date` anywhere in the code becomes the
 * gateway's `DateTime` scalar rather than TypeGraphQL's `DateTimeISO`.
 */
export async function buildGatewaySchema<TContext extends object>(
  options: GatewaySchemaOptions<TContext>,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...options.resolvers],
    pubSub: options.pubSub ?? createPubSub(),
    authChecker: options.authChecker,
    authMode: options.authMode,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    validate: false,
    emitSchemaFile: false,
  });
}
