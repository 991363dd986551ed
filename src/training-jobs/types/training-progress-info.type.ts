import { Field, ObjectType } from "type-graphql";
import { SafeInt } from "./scalars.js";

@ObjectType({ description: "Step and epoch progress of a serverless training job." })
export class TrainingProgressInfo {
  @Field(() => SafeInt, { nullable: true, description: "Number of steps in each epoch." })
  totalStepCountPerEpoch!: number | null;

  @Field(() => SafeInt, { nullable: true, description: "Current step number." })
  currentStep!: number | null;

  @Field(() => SafeInt, { nullable: true, description: "Current epoch number." })
  currentEpoch!: number | null;

  @Field(() => SafeInt, { nullable: true, description: "Number of epochs the job runs at most." })
  maxEpoch!: number | null;
}
