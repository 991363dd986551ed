import { Field, ObjectType } from "type-graphql";
import { OutputCompressionType } from "./output-compression-type.enum.js";

@ObjectType({ description: "Where a training job writes its model artifacts." })
export class OutputDataConfig {
  @Field(() => String, {
    nullable: true,
    description: "KMS key that encrypts the artifacts in S3.",
  })
  kmsKeyId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "S3 path under which the artifacts are written.",
  })
  s3OutputPath!: string | null;

  @Field(() => OutputCompressionType, {
    nullable: true,
    description: "Whether the artifacts are compressed.",
  })
  compressionType!: OutputCompressionType | null;
}
