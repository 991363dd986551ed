import { Field, InputType } from "type-graphql";

@InputType({ description: "A tag the job must carry (Tags.<key>)." })
export class TagCondition {
  @Field(() => String, { description: "Tag key." })
  key!: string;

  @Field(() => String, { nullable: true, description: "Tag value; when absent, any value matches." })
  value?: string | null;
}
