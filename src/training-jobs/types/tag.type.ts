import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A tag on a training job." })
export class Tag {
  @Field(() => String, { description: "Tag key, unique per resource." })
  key!: string;

  @Field(() => String, { description: "Tag value; can be empty." })
  value!: string;
}
