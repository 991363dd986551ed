import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where SageMaker Debugger writes TensorBoard data." })
export class TensorBoardOutputConfig {
  @Field(() => String, {
    nullable: true,
    description: "Directory in the container for TensorBoard data.",
  })
  localPath!: string | null;

  @Field(() => String, { nullable: true, description: "S3 path for TensorBoard data." })
  s3OutputPath!: string | null;
}
