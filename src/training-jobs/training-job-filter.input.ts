import { Field, InputType } from "type-graphql";

import { DateTime } from "./types/scalars.js";
import { TrainingJobStatus } from "./types/training-job-status.enum.js";
import { WarmPoolResourceStatus } from "./types/warm-pool-resource-status.enum.js";

@InputType({ description: "Filters of ListTrainingJobs. Jobs must match every filter given." })
export class TrainingJobFilter {
  @Field(() => TrainingJobStatus, { nullable: true, description: "Only jobs in this status." })
  statusEquals?: TrainingJobStatus;

  @Field(() => String, { nullable: true, description: "Only jobs whose name contains this text (SageMaker ignores case)." })
  nameContains?: string;

  @Field(() => DateTime, { nullable: true, description: "Only jobs created after this time." })
  creationTimeAfter?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only jobs created before this time." })
  creationTimeBefore?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only jobs last modified after this time." })
  lastModifiedTimeAfter?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only jobs last modified before this time." })
  lastModifiedTimeBefore?: Date;

  @Field(() => WarmPoolResourceStatus, { nullable: true, description: "Only jobs whose warm pool is in this status." })
  warmPoolStatusEquals?: WarmPoolResourceStatus;

  @Field(() => String, { nullable: true, description: "Only jobs that run on this training plan (ARN)." })
  trainingPlanArnEquals?: string;
}
