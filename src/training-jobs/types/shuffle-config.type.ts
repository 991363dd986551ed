import { Field, ObjectType } from "type-graphql";
import { SafeInt } from "./scalars.js";

@ObjectType({ description: "Shuffling of the S3 objects of a channel, repeated for every epoch." })
export class ShuffleConfig {
  @Field(() => SafeInt, { nullable: true, description: "Seed that fixes the shuffle order." })
  seed!: number | null;
}
