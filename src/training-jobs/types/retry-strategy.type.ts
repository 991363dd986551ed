import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How SageMaker retries a training job that failed with an internal server error." })
export class RetryStrategy {
  @Field(() => Int, { nullable: true, description: "Maximum number of retries." })
  maximumRetryAttempts!: number | null;
}
