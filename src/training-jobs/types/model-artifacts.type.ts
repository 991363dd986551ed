import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Location of the model a training job produced." })
export class ModelArtifacts {
  @Field(() => String, {
    nullable: true,
    description: "S3 URI of the model artifacts, usually a model.tar.gz object.",
  })
  s3ModelArtifacts!: string | null;
}
