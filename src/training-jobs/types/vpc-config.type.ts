import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "VPC that a training job's instances are attached to." })
export class VpcConfig {
  @Field(() => [String], {
    nullable: true,
    description: "Security group IDs, in the form sg-xxxxxxxx.",
  })
  securityGroupIds!: string[] | null;

  @Field(() => [String], { nullable: true, description: "Subnet IDs the instances run in." })
  subnets!: string[] | null;
}
