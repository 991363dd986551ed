import { Field, InputType } from "type-graphql";

@InputType({ description: "A tag to add to a training job." })
export class TagInput {
  @Field(() => String, { description: "Tag key: 1 to 128 characters, not starting with `aws:`." })
  key!: string;

  @Field(() => String, { description: "Tag value: 0 to 256 characters." })
  value!: string;
}
