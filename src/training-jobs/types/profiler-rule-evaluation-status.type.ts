import { Field, ObjectType } from "type-graphql";
import { DateTime } from "./scalars.js";
import { RuleEvaluationStatus } from "./rule-evaluation-status.enum.js";

@ObjectType({ description: "Result of one SageMaker Debugger profiler rule evaluation." })
export class ProfilerRuleEvaluationStatus {
  @Field(() => String, { nullable: true, description: "Name of the rule configuration." })
  ruleConfigurationName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the processing job that evaluates the rule.",
  })
  ruleEvaluationJobArn!: string | null;

  @Field(() => RuleEvaluationStatus, {
    nullable: true,
    description: "Outcome of the evaluation; it can stay IN_PROGRESS after the job completed.",
  })
  ruleEvaluationStatus!: RuleEvaluationStatus | null;

  @Field(() => String, { nullable: true, description: "Details reported by the rule evaluation." })
  statusDetails!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: "When the evaluation status last changed.",
  })
  lastModifiedTime!: Date | null;
}
