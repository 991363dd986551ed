import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { KeyValuePair } from "../training-jobs/types/key-value-pair.type.js";
import { TrainingJob } from "../training-jobs/types/training-job.type.js";

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
  environment(@Root() job: TrainingJob, @Ctx() context: GatewayContext): KeyValuePair[] | null {
    return redact(job.environment, context);
  }

  @FieldResolver(() => [KeyValuePair], { nullable: true })
  hyperParameters(@Root() job: TrainingJob, @Ctx() context: GatewayContext): KeyValuePair[] | null {
    return redact(job.hyperParameters, context);
  }
}

function redact(pairs: KeyValuePair[] | null | Error, context: GatewayContext): KeyValuePair[] | null {
  if (pairs instanceof Error) throw pairs;
  if (pairs === null || pairs === undefined) return null;

  return context.secretValues.apply(pairs, context.caller);
}
