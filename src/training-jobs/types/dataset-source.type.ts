import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Training data held in a dataset resource." })
export class DatasetSource {
  @Field(() => String, { nullable: true, description: "ARN of the dataset." })
  datasetArn!: string | null;
}
