import { Field, Float, InputType } from "type-graphql";

@InputType({
  description: "Bounds on one final metric (Metrics.<name>). Every bound given must hold; give at least one.",
})
export class MetricCondition {
  @Field(() => String, { description: "Metric name as the job reports it, such as validation:auc." })
  name!: string;

  @Field(() => Float, { nullable: true, description: "The metric is greater than this." })
  gt?: number | null;

  @Field(() => Float, { nullable: true, description: "The metric is greater than or equal to this." })
  gte?: number | null;

  @Field(() => Float, { nullable: true, description: "The metric is less than this." })
  lt?: number | null;

  @Field(() => Float, { nullable: true, description: "The metric is less than or equal to this." })
  lte?: number | null;

  @Field(() => Float, { nullable: true, description: "The metric equals this." })
  equals?: number | null;
}
