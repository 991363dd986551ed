import { Field, ObjectType } from "type-graphql";
import { HubAccessConfig } from "./hub-access-config.type.js";
import { ModelAccessConfig } from "./model-access-config.type.js";
import { S3DataDistribution } from "./s3-data-distribution.enum.js";
import { S3DataType } from "./s3-data-type.enum.js";

@ObjectType({ description: "Training data in Amazon S3." })
export class S3DataSource {
  @Field(() => S3DataType, { nullable: true, description: "How s3Uri selects the objects." })
  s3DataType!: S3DataType | null;

  @Field(() => String, { nullable: true, description: "S3 key prefix or manifest file URI." })
  s3Uri!: string | null;

  @Field(() => S3DataDistribution, {
    nullable: true,
    description: "Whether each instance gets all the data or a shard of it.",
  })
  s3DataDistributionType!: S3DataDistribution | null;

  @Field(() => [String], {
    nullable: true,
    description: "Attributes read from each line of an augmented manifest file.",
  })
  attributeNames!: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Instance groups of a heterogeneous cluster that receive this data.",
  })
  instanceGroupNames!: string[] | null;

  @Field(() => ModelAccessConfig, {
    nullable: true,
    description: "License acceptance for a model used as input.",
  })
  modelAccessConfig!: ModelAccessConfig | null;

  @Field(() => HubAccessConfig, {
    nullable: true,
    description: "Private hub reference to a JumpStart model used as input.",
  })
  hubAccessConfig!: HubAccessConfig | null;
}
