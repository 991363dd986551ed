import { Field, Int, ObjectType } from "type-graphql";
import { DateTime, SafeInt } from "./scalars.js";
import { AlgorithmSpecification } from "./algorithm-specification.type.js";
import { Channel } from "./channel.type.js";
import { CheckpointConfig } from "./checkpoint-config.type.js";
import { DebugHookConfig } from "./debug-hook-config.type.js";
import { DebugRuleConfiguration } from "./debug-rule-configuration.type.js";
import { DebugRuleEvaluationStatus } from "./debug-rule-evaluation-status.type.js";
import { ExperimentConfig } from "./experiment-config.type.js";
import { InfraCheckConfig } from "./infra-check-config.type.js";
import { KeyValuePair } from "./key-value-pair.type.js";
import { MetricData } from "./metric-data.type.js";
import { MlflowConfig } from "./mlflow-config.type.js";
import { MlflowDetails } from "./mlflow-details.type.js";
import { ModelArtifacts } from "./model-artifacts.type.js";
import { ModelPackageConfig } from "./model-package-config.type.js";
import { OutputDataConfig } from "./output-data-config.type.js";
import { ProfilerConfig } from "./profiler-config.type.js";
import { ProfilerRuleConfiguration } from "./profiler-rule-configuration.type.js";
import { ProfilerRuleEvaluationStatus } from "./profiler-rule-evaluation-status.type.js";
import { ProfilingStatus } from "./profiling-status.enum.js";
import { RemoteDebugConfig } from "./remote-debug-config.type.js";
import { ResourceConfig } from "./resource-config.type.js";
import { RetryStrategy } from "./retry-strategy.type.js";
import { SecondaryStatusTransition } from "./secondary-status-transition.type.js";
import { SecondaryStatus } from "./secondary-status.enum.js";
import { ServerlessJobConfig } from "./serverless-job-config.type.js";
import { StoppingCondition } from "./stopping-condition.type.js";
import { Tag } from "./tag.type.js";
import { TensorBoardOutputConfig } from "./tensor-board-output-config.type.js";
import { TrainingJobStatus } from "./training-job-status.enum.js";
import { TrainingProgressInfo } from "./training-progress-info.type.js";
import { VpcConfig } from "./vpc-config.type.js";
import { WarmPoolStatus } from "./warm-pool-status.type.js";

/**
 * A training job as the union of the SDK's `TrainingJob` shape (what Search
 * returns, tags included) and `DescribeTrainingJobResponse`. A member the
 * source view lacks is null, for example `tags` after DescribeTrainingJob or
 * `profilingStatus` after Search. Built by `mapTrainingJob`.
 */
@ObjectType({ description: "A SageMaker training job with everything Search and DescribeTrainingJob return about it." })
export class TrainingJob {
  @Field(() => String, {
    description: "Name of the training job, unique in the account and Region.",
  })
  trainingJobName!: string;

  @Field(() => String, {
    nullable: true,
    description: "Amazon Resource Name (ARN) of the training job.",
  })
  trainingJobArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the hyperparameter tuning job that launched this job, if any.",
  })
  tuningJobArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the Ground Truth labeling job that created this job, if any.",
  })
  labelingJobArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the AutoML job that launched this job, if any.",
  })
  autoMLJobArn!: string | null;

  @Field(() => ModelArtifacts, {
    nullable: true,
    description: "S3 location of the model artifacts; absent until the job writes them.",
  })
  modelArtifacts!: ModelArtifacts | null;

  @Field(() => TrainingJobStatus, { nullable: true, description: "Primary status of the job." })
  trainingJobStatus!: TrainingJobStatus | null;

  @Field(() => SecondaryStatus, {
    nullable: true,
    description: "Detailed stage of the job within its primary status.",
  })
  secondaryStatus!: SecondaryStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the job failed, as reported by SageMaker or the training code.",
  })
  failureReason!: string | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Hyperparameters passed to the algorithm, sorted by key.",
  })
  hyperParameters!: KeyValuePair[] | null;

  @Field(() => AlgorithmSpecification, {
    nullable: true,
    description: "Training image or algorithm resource, input mode and metric definitions.",
  })
  algorithmSpecification!: AlgorithmSpecification | null;

  @Field(() => String, { nullable: true, description: "ARN of the IAM role the job runs with." })
  roleArn!: string | null;

  @Field(() => [Channel], { nullable: true, description: "Input data channels of the job." })
  inputDataConfig!: Channel[] | null;

  @Field(() => OutputDataConfig, {
    nullable: true,
    description: "Where and how the job stores its model artifacts.",
  })
  outputDataConfig!: OutputDataConfig | null;

  @Field(() => ResourceConfig, {
    nullable: true,
    description: "ML compute instances and storage volumes used for training.",
  })
  resourceConfig!: ResourceConfig | null;

  @Field(() => WarmPoolStatus, {
    nullable: true,
    description: "State and billing of the warm pool kept after the job.",
  })
  warmPoolStatus!: WarmPoolStatus | null;

  @Field(() => VpcConfig, {
    nullable: true,
    description: "VPC subnets and security groups the job can reach.",
  })
  vpcConfig!: VpcConfig | null;

  @Field(() => StoppingCondition, {
    nullable: true,
    description: "Time limits after which SageMaker stops the job.",
  })
  stoppingCondition!: StoppingCondition | null;

  @Field(() => DateTime, { nullable: true, description: "When the job was created." })
  creationTime!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: "When training started on the instances; billing starts here.",
  })
  trainingStartTime!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: "When training ended on the instances; billing ends here.",
  })
  trainingEndTime!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the job status last changed." })
  lastModifiedTime!: Date | null;

  @Field(() => [SecondaryStatusTransition], {
    nullable: true,
    description: "History of the secondary statuses the job went through.",
  })
  secondaryStatusTransitions!: SecondaryStatusTransition[] | null;

  @Field(() => [MetricData], {
    nullable: true,
    description: "Final values of the job's metrics, as sent to CloudWatch.",
  })
  finalMetricDataList!: MetricData[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the training container was denied network access.",
  })
  enableNetworkIsolation!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether traffic between training instances is encrypted.",
  })
  enableInterContainerTrafficEncryption!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the job runs on managed Spot instances instead of on-demand ones.",
  })
  enableManagedSpotTraining!: boolean | null;

  @Field(() => CheckpointConfig, {
    nullable: true,
    description: "Where checkpoints are saved, mostly for Spot training.",
  })
  checkpointConfig!: CheckpointConfig | null;

  @Field(() => Int, { nullable: true, description: "Time spent training, in seconds." })
  trainingTimeInSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Billed training time per instance, in seconds; lower than the training time with Spot savings.",
  })
  billableTimeInSeconds!: number | null;

  @Field(() => SafeInt, {
    nullable: true,
    description: "Number of billed tokens, for eligible serverless training jobs.",
  })
  billableTokenCount!: number | null;

  @Field(() => DebugHookConfig, {
    nullable: true,
    description: "SageMaker Debugger hook settings: collections, parameters and output paths.",
  })
  debugHookConfig!: DebugHookConfig | null;

  @Field(() => ExperimentConfig, {
    nullable: true,
    description: "Experiment, trial and run the job is recorded under.",
  })
  experimentConfig!: ExperimentConfig | null;

  @Field(() => [DebugRuleConfiguration], {
    nullable: true,
    description: "SageMaker Debugger rules that check the job's output tensors.",
  })
  debugRuleConfigurations!: DebugRuleConfiguration[] | null;

  @Field(() => TensorBoardOutputConfig, {
    nullable: true,
    description: "Where SageMaker Debugger writes TensorBoard data.",
  })
  tensorBoardOutputConfig!: TensorBoardOutputConfig | null;

  @Field(() => [DebugRuleEvaluationStatus], {
    nullable: true,
    description: "Results of the Debugger rule evaluations.",
  })
  debugRuleEvaluationStatuses!: DebugRuleEvaluationStatus[] | null;

  @Field(() => ProfilerConfig, {
    nullable: true,
    description: "SageMaker Debugger system monitoring and framework profiling settings.",
  })
  profilerConfig!: ProfilerConfig | null;

  @Field(() => [ProfilerRuleConfiguration], {
    nullable: true,
    description: "Debugger rules that check system and framework metrics. DescribeTrainingJob only.",
  })
  profilerRuleConfigurations!: ProfilerRuleConfiguration[] | null;

  @Field(() => [ProfilerRuleEvaluationStatus], {
    nullable: true,
    description: "Results of the profiler rule evaluations. DescribeTrainingJob only.",
  })
  profilerRuleEvaluationStatuses!: ProfilerRuleEvaluationStatus[] | null;

  @Field(() => ProfilingStatus, {
    nullable: true,
    description: "Whether profiling is on for the job. DescribeTrainingJob only.",
  })
  profilingStatus!: ProfilingStatus | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Environment variables set in the training container, sorted by key.",
  })
  environment!: KeyValuePair[] | null;

  @Field(() => RetryStrategy, {
    nullable: true,
    description: "How often SageMaker retries the job after an internal server error.",
  })
  retryStrategy!: RetryStrategy | null;

  @Field(() => RemoteDebugConfig, {
    nullable: true,
    description: "Remote debugging settings. DescribeTrainingJob only.",
  })
  remoteDebugConfig!: RemoteDebugConfig | null;

  @Field(() => InfraCheckConfig, {
    nullable: true,
    description: "Infrastructure health check settings. DescribeTrainingJob only.",
  })
  infraCheckConfig!: InfraCheckConfig | null;

  @Field(() => ServerlessJobConfig, {
    nullable: true,
    description: "Settings of a serverless model customization job. DescribeTrainingJob only.",
  })
  serverlessJobConfig!: ServerlessJobConfig | null;

  @Field(() => MlflowConfig, {
    nullable: true,
    description: "SageMaker managed MLflow tracking settings. DescribeTrainingJob only.",
  })
  mlflowConfig!: MlflowConfig | null;

  @Field(() => ModelPackageConfig, {
    nullable: true,
    description: "Model package group the job registers its output in.",
  })
  modelPackageConfig!: ModelPackageConfig | null;

  @Field(() => MlflowDetails, {
    nullable: true,
    description: "MLflow experiment and run the job logged to. DescribeTrainingJob only.",
  })
  mlflowDetails!: MlflowDetails | null;

  @Field(() => TrainingProgressInfo, {
    nullable: true,
    description: "Step and epoch progress of a serverless job. DescribeTrainingJob only.",
  })
  progressInfo!: TrainingProgressInfo | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the model package holding the job's output weights or checkpoints.",
  })
  outputModelPackageArn!: string | null;

  @Field(() => [Tag], {
    nullable: true,
    description: "Tags of the job. Search returns them; DescribeTrainingJob does not.",
  })
  tags!: Tag[] | null;
}
