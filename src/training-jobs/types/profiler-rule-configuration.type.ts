import { Field, Int, ObjectType } from "type-graphql";
import { KeyValuePair } from "./key-value-pair.type.js";

@ObjectType({ description: "A SageMaker Debugger rule that checks system and framework metrics." })
export class ProfilerRuleConfiguration {
  @Field(() => String, {
    nullable: true,
    description: "Name of the rule configuration, unique within the job.",
  })
  ruleConfigurationName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Directory for the rule output in the rule container.",
  })
  localPath!: string | null;

  @Field(() => String, { nullable: true, description: "S3 path for the rule output." })
  s3OutputPath!: string | null;

  @Field(() => String, { nullable: true, description: "Amazon ECR image that evaluates the rule." })
  ruleEvaluatorImage!: string | null;

  @Field(() => String, { nullable: true, description: "ML instance type that runs a custom rule." })
  instanceType!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Size of the storage volume of the rule instance, in GB.",
  })
  volumeSizeInGB!: number | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Parameters of the rule container, sorted by key.",
  })
  ruleParameters!: KeyValuePair[] | null;
}
