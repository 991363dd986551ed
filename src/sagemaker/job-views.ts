/**
 * Which of SageMaker's three views of a training job can serve each GraphQL
 * field of `TrainingJob`, and which fields go stale while a job runs.
 *
 * - ListTrainingJobs summaries: fresh, up to 100 jobs a call, few fields.
 * - Search records: the whole `TrainingJob` shape with tags, up to 100 jobs a
 *   call, but the index lags behind writes by seconds or more.
 * - DescribeTrainingJob: fresh and complete apart from tags, one job a call.
 */

/** Fields a ListTrainingJobs summary carries. */
export const SUMMARY_FIELDS = new Set([
  "__typename",
  "trainingJobName",
  "trainingJobArn",
  "trainingJobStatus",
  "secondaryStatus",
  "creationTime",
  "trainingEndTime",
  "lastModifiedTime",
  "warmPoolStatus",
]);

/** Fields only DescribeTrainingJob returns. */
export const DESCRIBE_ONLY_FIELDS = new Set([
  "billableTokenCount",
  "profilerRuleConfigurations",
  "profilerRuleEvaluationStatuses",
  "profilingStatus",
  "remoteDebugConfig",
  "infraCheckConfig",
  "serverlessJobConfig",
  "mlflowConfig",
  "mlflowDetails",
  "progressInfo",
]);

/** Fields only Search (or ListTags) returns. */
export const TAG_FIELDS = new Set(["tags"]);

/**
 * Fields SageMaker rewrites while a job runs and that no summary carries. A
 * Search record of a running job may hold an old value of these, so they come
 * from DescribeTrainingJob unless the Search record is known to be current.
 * Every other field (algorithm, inputs, resources, hyperparameters, roles,
 * network and debugger settings...) is fixed when the job is created, so any
 * Search record of the job serves it.
 */
export const VOLATILE_FIELDS = new Set([
  "modelArtifacts",
  "failureReason",
  "secondaryStatusTransitions",
  "finalMetricDataList",
  "trainingStartTime",
  "trainingTimeInSeconds",
  "billableTimeInSeconds",
  "debugRuleEvaluationStatuses",
  "outputModelPackageArn",
]);

export const TERMINAL_STATUSES = new Set(["Completed", "Failed", "Stopped"]);

/** What a selection of `TrainingJob` fields needs from SageMaker. */
export type FieldNeeds = {
  /** The selected field names, as written in the query. */
  fields: ReadonlySet<string>;
  /** Every field is in the summary. */
  summaryOnly: boolean;
  /** A field needs the Search record or an equivalent Describe. */
  record: boolean;
  describeOnly: boolean;
  tags: boolean;
  volatile: boolean;
  /** A field the summary carries, which a running job changes. */
  status: boolean;
};

export function classifyFields(fields: ReadonlySet<string>): FieldNeeds {
  let summaryOnly = true;
  let record = false;
  let describeOnly = false;
  let tags = false;
  let volatile = false;
  let status = false;

  for (const field of fields) {
    if (SUMMARY_FIELDS.has(field)) {
      if (field !== "__typename" && field !== "trainingJobName") status = true;
      continue;
    }
    summaryOnly = false;
    if (DESCRIBE_ONLY_FIELDS.has(field)) describeOnly = true;
    else if (TAG_FIELDS.has(field)) tags = true;
    else record = true;
    if (VOLATILE_FIELDS.has(field)) volatile = true;
  }
  return { fields, summaryOnly, record, describeOnly, tags, volatile, status };
}
