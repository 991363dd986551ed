import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a training job saves and restores checkpoints." })
export class CheckpointConfig {
  @Field(() => String, { nullable: true, description: "S3 URI where checkpoints are stored." })
  s3Uri!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Directory in the container where checkpoints are written; /opt/ml/checkpoints/ by default.",
  })
  localPath!: string | null;
}
