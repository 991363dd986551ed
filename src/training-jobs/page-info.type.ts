import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page of a Relay connection sits in the whole list." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow; pass endCursor as `after` to read them." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page; null when the page is empty." })
  endCursor!: string | null;
}
