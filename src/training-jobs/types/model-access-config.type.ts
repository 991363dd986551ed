import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "License acceptance for a model that is used as input data." })
export class ModelAccessConfig {
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the model's end-user license agreement (EULA) was accepted.",
  })
  acceptEula!: boolean | null;
}
