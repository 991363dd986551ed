import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A group of identical instances in a heterogeneous training cluster." })
export class InstanceGroup {
  @Field(() => String, { nullable: true, description: "ML instance type of the group." })
  instanceType!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of instances in the group." })
  instanceCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the group, used by channels to target it.",
  })
  instanceGroupName!: string | null;
}
