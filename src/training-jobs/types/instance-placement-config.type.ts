import { Field, ObjectType } from "type-graphql";
import { PlacementSpecification } from "./placement-specification.type.js";

@ObjectType({ description: "Placement of training instances on UltraServers." })
export class InstancePlacementConfig {
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether other jobs may share the same UltraServer instances.",
  })
  enableMultipleJobs!: boolean | null;

  @Field(() => [PlacementSpecification], {
    nullable: true,
    description: "Instances to place on each UltraServer.",
  })
  placementSpecifications!: PlacementSpecification[] | null;
}
