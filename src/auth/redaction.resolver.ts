import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { KeyValuePair } from "../training-jobs/types/key-value-pair.type.js";
import { TrainingJob } from "../training-jobs/types/training-job.type.js";
import { DEFAULT_SECRET_VALUE_POLICY, type SecretValuesContext } from "./secret-values.js";

type RedactionContext = GatewayContext & SecretValuesContext;

/**
 * Resolves the two string maps of `TrainingJob` that can hold credentials,
 * hiding secret-looking values from callers who may not see them (see
 * SecretValuePolicy). When the view that serves the field failed, the
 * mapped value on the parent is an Error. It is thrown, so that only this
 * field fails.
 */
@Resolver(() => TrainingJob)
export class RedactionResolver {
  @FieldResolver(() => [KeyValuePair], { nullable: true })
  environment(@Root() job: TrainingJob, @Ctx() context: RedactionContext): KeyValuePair[] | null {
    return redact(job.environment, context);
  }

  @FieldResolver(() => [KeyValuePair], { nullable: true })
  hyperParameters(@Root() job: TrainingJob, @Ctx() context: RedactionContext): KeyValuePair[] | null {
    return redact(job.hyperParameters, context);
  }
}

function redact(pairs: KeyValuePair[] | null | Error, context: RedactionContext): KeyValuePair[] | null {
  if (pairs instanceof Error) throw pairs;
  if (pairs === null || pairs === undefined) return null;

  const policy = context.secretValues ?? DEFAULT_SECRET_VALUE_POLICY;
  return policy.apply(pairs, context.caller);
}
