import { Field, ObjectType } from "type-graphql";
import { TrainingRepositoryAccessMode } from "./training-repository-access-mode.enum.js";
import { TrainingRepositoryAuthConfig } from "./training-repository-auth-config.type.js";

@ObjectType({ description: "Access settings for a training image in a private Docker registry." })
export class TrainingImageConfig {
  @Field(() => TrainingRepositoryAccessMode, {
    nullable: true,
    description: "Network path SageMaker uses to pull the image.",
  })
  trainingRepositoryAccessMode!: TrainingRepositoryAccessMode | null;

  @Field(() => TrainingRepositoryAuthConfig, {
    nullable: true,
    description: "Credentials provider for the private registry.",
  })
  trainingRepositoryAuthConfig!: TrainingRepositoryAuthConfig | null;
}
