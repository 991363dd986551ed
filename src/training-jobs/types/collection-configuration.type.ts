import { Field, ObjectType } from "type-graphql";
import { KeyValuePair } from "./key-value-pair.type.js";

@ObjectType({ description: "A SageMaker Debugger tensor collection and its parameters." })
export class CollectionConfiguration {
  @Field(() => String, { nullable: true, description: "Name of the tensor collection." })
  collectionName!: string | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Parameters of the collection, sorted by key.",
  })
  collectionParameters!: KeyValuePair[] | null;
}
