import { Field, InputType } from "type-graphql";

import { DateTime } from "../training-jobs/types/scalars.js";
import { TrainingJobStatus } from "../training-jobs/types/training-job-status.enum.js";
import { HyperParameterCondition } from "./hyper-parameter-condition.input.js";
import { MetricCondition } from "./metric-condition.input.js";
import { NestedSearchFilters } from "./nested-search-filters.input.js";
import { SearchFilter } from "./search-filter.input.js";
import { SearchBooleanOperator } from "./search-operator.enum.js";
import { TagCondition } from "./tag-condition.input.js";

@InputType({
  description:
    "Which training jobs a search returns: SageMaker's SearchExpression (filters, nestedFilters, subExpressions, " +
    "operator) plus shorthands for common conditions. The operator combines filters, nestedFilters and " +
    "subExpressions; the shorthands are always ANDed with that result. SageMaker's limits apply after the " +
    "shorthands are compiled: at most 20 filters, 20 nested filters and 20 subexpressions per expression, " +
    "50 of them in the whole tree, and one CONTAINS (nameContains and inputS3UriPrefix each use it).",
})
export class TrainingJobSearchExpression {
  @Field(() => [SearchFilter], { nullable: true, description: "Conditions on single properties." })
  filters?: SearchFilter[] | null;

  @Field(() => [NestedSearchFilters], { nullable: true, description: "Conditions on elements of list properties." })
  nestedFilters?: NestedSearchFilters[] | null;

  @Field(() => [TrainingJobSearchExpression], { nullable: true, description: "Nested expressions, each with its own operator." })
  subExpressions?: TrainingJobSearchExpression[] | null;

  @Field(() => SearchBooleanOperator, {
    defaultValue: SearchBooleanOperator.AND,
    description: "How filters, nestedFilters and subExpressions combine; AND when absent.",
  })
  operator!: SearchBooleanOperator;

  @Field(() => TrainingJobStatus, { nullable: true, description: "Shorthand: the job's primary status is this one." })
  status?: TrainingJobStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "Shorthand: the job name contains this text (CONTAINS on TrainingJobName).",
  })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: "Shorthand: the job name is exactly this." })
  nameEquals?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Shorthand: the job was created after this time." })
  createdAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Shorthand: the job was created before this time." })
  createdBefore?: Date | null;

  @Field(() => [MetricCondition], { nullable: true, description: "Shorthand: bounds on final metrics, all of which must hold." })
  metric?: MetricCondition[] | null;

  @Field(() => [HyperParameterCondition], { nullable: true, description: "Shorthand: conditions on hyperparameters, all of which must hold." })
  hyperParameter?: HyperParameterCondition[] | null;

  @Field(() => [TagCondition], { nullable: true, description: "Shorthand: tags the job carries, all of which must match." })
  tag?: TagCondition[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Shorthand: ResourceConfig.InstanceType is this, such as ml.p4d.24xlarge. Jobs on instance groups have none.",
  })
  instanceType?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Shorthand: one input channel's S3 URI starts with this text, which must start with s3://. SageMaker has no " +
      "prefix operator, so this is a CONTAINS on InputDataConfig.DataSource.S3DataSource.S3Uri; it acts as a " +
      "prefix match because an S3 URI contains s3:// only at its start.",
  })
  inputS3UriPrefix?: string | null;

  @Field(() => String, { nullable: true, description: "Shorthand: the job was launched by this hyperparameter tuning job (ARN)." })
  tuningJobArn?: string | null;
}
