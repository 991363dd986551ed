import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Credentials source for a private Docker registry." })
export class TrainingRepositoryAuthConfig {
  @Field(() => String, {
    nullable: true,
    description: "ARN of the Lambda function that gives SageMaker the registry credentials.",
  })
  trainingRepositoryCredentialsProviderArn!: string | null;
}
