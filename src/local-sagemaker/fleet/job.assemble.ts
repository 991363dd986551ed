import type { WireTrainingJob } from "../wire.js";

/**
 * Members of DescribeTrainingJobResponse in the order of
 * @aws-sdk/client-sagemaker 3.1142.0, which published DescribeTrainingJob
 * outputs also follow. Generated jobs list their members in this order so
 * that the output is stable and reads like a real response.
 */
const DESCRIBE_MEMBER_ORDER = [
  "TrainingJobName",
  "TrainingJobArn",
  "TuningJobArn",
  "LabelingJobArn",
  "AutoMLJobArn",
  "ModelArtifacts",
  "TrainingJobStatus",
  "SecondaryStatus",
  "FailureReason",
  "HyperParameters",
  "AlgorithmSpecification",
  "RoleArn",
  "InputDataConfig",
  "OutputDataConfig",
  "ResourceConfig",
  "WarmPoolStatus",
  "VpcConfig",
  "StoppingCondition",
  "CreationTime",
  "TrainingStartTime",
  "TrainingEndTime",
  "LastModifiedTime",
  "SecondaryStatusTransitions",
  "FinalMetricDataList",
  "EnableNetworkIsolation",
  "EnableInterContainerTrafficEncryption",
  "EnableManagedSpotTraining",
  "CheckpointConfig",
  "TrainingTimeInSeconds",
  "BillableTimeInSeconds",
  "BillableTokenCount",
  "DebugHookConfig",
  "ExperimentConfig",
  "DebugRuleConfigurations",
  "TensorBoardOutputConfig",
  "DebugRuleEvaluationStatuses",
  "ProfilerConfig",
  "ProfilerRuleConfigurations",
  "ProfilerRuleEvaluationStatuses",
  "ProfilingStatus",
  "Environment",
  "RetryStrategy",
  "RemoteDebugConfig",
  "InfraCheckConfig",
  "ServerlessJobConfig",
  "MlflowConfig",
  "ModelPackageConfig",
  "MlflowDetails",
  "ProgressInfo",
  "OutputModelPackageArn",
] as const;

/** A member name of DescribeTrainingJobResponse. */
export type DescribeMember = (typeof DESCRIBE_MEMBER_ORDER)[number];

/**
 * Lays `members` out in response order and leaves out undefined values at
 * every depth, because SageMaker omits a member rather than sending null.
 * The result is a fresh copy that shares no object with `members`, so one
 * job can be changed (stopped, for example) without touching another.
 */
export function assembleJob(members: Partial<Record<DescribeMember, unknown>>): WireTrainingJob {
  const ordered: Record<string, unknown> = {};
  for (const member of DESCRIBE_MEMBER_ORDER) {
    if (members[member] !== undefined) {
      ordered[member] = copyDefined(members[member]);
    }
  }
  return ordered as WireTrainingJob;
}

function copyDefined(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(copyDefined);
  }
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) {
        copy[key] = copyDefined(member);
      }
    }
    return copy;
  }
  return value;
}
