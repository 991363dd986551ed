import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One candidate instance type in an ordered list of preferences." })
export class InstancePreference {
  @Field(() => String, { nullable: true, description: "ML instance type of this preference." })
  instanceType!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Number of instances to launch if this type is chosen.",
  })
  instanceCount!: number | null;

  @Field(() => [String], {
    nullable: true,
    description: "Training plans whose capacity to use if this type is chosen.",
  })
  trainingPlanArns!: string[] | null;
}
