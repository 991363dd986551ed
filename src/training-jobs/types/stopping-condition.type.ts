import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Time limits after which SageMaker stops a training job." })
export class StoppingCondition {
  @Field(() => Int, { nullable: true, description: "Maximum run time of the job, in seconds." })
  maxRuntimeInSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Maximum time a Spot job may take including waits for capacity, in seconds.",
  })
  maxWaitTimeInSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Maximum time the job may wait for capacity before it starts, in seconds.",
  })
  maxPendingTimeInSeconds!: number | null;
}
