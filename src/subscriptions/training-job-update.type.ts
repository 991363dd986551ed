import { Field, ObjectType } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { DateTime } from "../training-jobs/types/scalars.js";
import { SecondaryStatus } from "../training-jobs/types/secondary-status.enum.js";
import { TrainingJobStatus } from "../training-jobs/types/training-job-status.enum.js";
import { WarmPoolResourceStatus } from "../training-jobs/types/warm-pool-resource-status.enum.js";
import { JobChangeKind } from "./job-change.enum.js";
import type { JobUpdateEvent } from "./job-update-event.js";

/**
 * One event of `trainingJobUpdated`. `job` is resolved by a field resolver
 * with the loaders of `eventContext`, which is built for this event alone.
 */
@ObjectType({ description: "A change of one training job, as the gateway observed it." })
export class TrainingJobUpdate {
  @Field(() => String, { description: "Name of the job that changed." })
  trainingJobName!: string;

  @Field(() => [JobChangeKind], { description: "What changed; [INITIAL] for the first event of a job watched by name." })
  changes!: JobChangeKind[];

  @Field(() => TrainingJobStatus, { nullable: true, description: "Primary status before the change; null for INITIAL events and new jobs." })
  previousTrainingJobStatus!: TrainingJobStatus | null;

  @Field(() => SecondaryStatus, { nullable: true, description: "Secondary status before the change; null for INITIAL events and new jobs." })
  previousSecondaryStatus!: SecondaryStatus | null;

  @Field(() => WarmPoolResourceStatus, { nullable: true, description: "Warm pool status before the change; null for INITIAL events and when the job had none." })
  previousWarmPoolStatus!: WarmPoolResourceStatus | null;

  @Field(() => DateTime, { description: "When the gateway asked SageMaker for the state that showed the change." })
  observedAt!: Date;

  /** The event this update describes; `job` is read from its records. */
  event!: JobUpdateEvent;

  /** Context built for this event alone; its loaders resolve `job`. */
  eventContext!: GatewayContext;
}
