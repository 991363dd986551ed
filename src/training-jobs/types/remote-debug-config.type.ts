import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Remote debugging settings of a training job." })
export class RemoteDebugConfig {
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether remote debugging of the training container is on.",
  })
  enableRemoteDebug!: boolean | null;
}
