import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A metric that SageMaker extracts from the training logs with a regular expression." })
export class MetricDefinition {
  @Field(() => String, { nullable: true, description: "Metric name, for example validation:auc." })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Regular expression that captures the metric value in the training logs.",
  })
  regex!: string | null;
}
