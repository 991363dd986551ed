import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Model package group that receives the model of a training job." })
export class ModelPackageConfig {
  @Field(() => String, {
    nullable: true,
    description: "ARN of the model package group for the output model package.",
  })
  modelPackageGroupArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the model package the job continues from, for fine-tuning or evaluation.",
  })
  sourceModelPackageArn!: string | null;
}
