import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "SageMaker managed MLflow tracking settings of a training job." })
export class MlflowConfig {
  @Field(() => String, { nullable: true, description: "ARN of the MLflow tracking resource." })
  mlflowResourceArn!: string | null;

  @Field(() => String, { nullable: true, description: "MLflow experiment name." })
  mlflowExperimentName!: string | null;

  @Field(() => String, { nullable: true, description: "MLflow run name." })
  mlflowRunName!: string | null;
}
