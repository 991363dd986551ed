/**
 * Shapes as they travel on SageMaker's AWS JSON 1.1 wire protocol. Timestamps
 * are epoch seconds (JSON numbers, fractions allowed), not ISO strings; the
 * AWS SDK turns them into `Date` objects on the client side.
 *
 * The local SageMaker stores every job as the body DescribeTrainingJob would
 * return plus its tags, and derives the other views (ListTrainingJobs
 * summaries, Search records) from it.
 */

/** A DescribeTrainingJob response body; keys are the API member names. */
export type WireTrainingJob = {
  TrainingJobName: string;
  TrainingJobArn: string;
  TrainingJobStatus: string;
  SecondaryStatus?: string;
  CreationTime: number;
  LastModifiedTime?: number;
  TrainingStartTime?: number;
  TrainingEndTime?: number;
  FailureReason?: string;
  WarmPoolStatus?: { Status: string; ResourceRetainedBillableTimeInSeconds?: number; ReusedByJob?: string };
  ResourceConfig?: { TrainingPlanArn?: string; [member: string]: unknown };
  [member: string]: unknown;
};

export type WireTag = { Key: string; Value: string };

/** One job as the local SageMaker keeps it. */
export type StoredJob = {
  job: WireTrainingJob;
  tags: WireTag[];
};

/**
 * Members that DescribeTrainingJob returns and Search's `TrainingJob` record
 * does not (checked against @aws-sdk/client-sagemaker 3.1142.0).
 */
export const DESCRIBE_ONLY_MEMBERS = [
  "BillableTokenCount",
  "ProfilerRuleConfigurations",
  "ProfilerRuleEvaluationStatuses",
  "ProfilingStatus",
  "RemoteDebugConfig",
  "InfraCheckConfig",
  "ServerlessJobConfig",
  "MlflowConfig",
  "MlflowDetails",
  "ProgressInfo",
] as const;

/** Statuses after which a job no longer changes, apart from tags and warm pool status. */
export const TERMINAL_STATUSES = ["Completed", "Failed", "Stopped"] as const;
