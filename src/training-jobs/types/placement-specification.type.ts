import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Number of instances to place together on one UltraServer." })
export class PlacementSpecification {
  @Field(() => String, { nullable: true, description: "ID of the UltraServer." })
  ultraServerId!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of instances placed on it." })
  instanceCount!: number | null;
}
