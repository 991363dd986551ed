import { Field, ObjectType } from "type-graphql";
import { DateTime } from "./scalars.js";
import { SecondaryStatus } from "./secondary-status.enum.js";

@ObjectType({ description: "One secondary status a training job went through, with its time span." })
export class SecondaryStatusTransition {
  @Field(() => SecondaryStatus, { nullable: true, description: "The secondary status." })
  status!: SecondaryStatus | null;

  @Field(() => DateTime, { nullable: true, description: "When the job entered this status." })
  startTime!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: "When the job left this status; absent while it is current.",
  })
  endTime!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Details of the progress within this status.",
  })
  statusMessage!: string | null;
}
