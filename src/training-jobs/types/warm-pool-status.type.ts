import { Field, Int, ObjectType } from "type-graphql";
import { WarmPoolResourceStatus } from "./warm-pool-resource-status.enum.js";

@ObjectType({ description: "State and billing of the warm pool kept after a training job." })
export class WarmPoolStatus {
  @Field(() => WarmPoolResourceStatus, { nullable: true, description: "State of the warm pool." })
  status!: WarmPoolResourceStatus | null;

  @Field(() => Int, {
    nullable: true,
    description: "Billed time of the retained instances, in seconds per instance.",
  })
  resourceRetainedBillableTimeInSeconds!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the training job that reused the warm pool.",
  })
  reusedByJob!: string | null;
}
