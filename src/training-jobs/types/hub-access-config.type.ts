import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Private hub reference to a public SageMaker JumpStart model." })
export class HubAccessConfig {
  @Field(() => String, {
    nullable: true,
    description: "ARN of the model reference in the private hub.",
  })
  hubContentArn!: string | null;
}
