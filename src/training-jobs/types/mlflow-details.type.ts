import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "MLflow experiment and run that a training job logged to." })
export class MlflowDetails {
  @Field(() => String, { nullable: true, description: "MLflow experiment ID." })
  mlflowExperimentId!: string | null;

  @Field(() => String, { nullable: true, description: "MLflow run ID." })
  mlflowRunId!: string | null;
}
