import { Field, ObjectType } from "type-graphql";

/**
 * One entry of a SageMaker string map (hyperparameters, environment, rule
 * parameters...). Lists of these are sorted by key.
 */
@ObjectType({ description: "One entry of a string map such as hyperparameters or environment variables." })
export class KeyValuePair {
  @Field(() => String, { description: "Key of the entry." })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: "Value of the entry; null when the gateway redacted it for this caller.",
  })
  value!: string | null;

  @Field(() => Boolean, { description: "Whether the gateway hid the value from this caller." })
  redacted!: boolean;
}
