import { Field, Float, ObjectType } from "type-graphql";
import { DateTime } from "./scalars.js";

@ObjectType({ description: "Final value of one training metric." })
export class MetricData {
  @Field(() => String, { nullable: true, description: "Name of the metric." })
  metricName!: string | null;

  @Field(() => Float, { nullable: true, description: "Value of the metric." })
  value!: number | null;

  @Field(() => DateTime, { nullable: true, description: "When the algorithm emitted the value." })
  timestamp!: Date | null;
}
