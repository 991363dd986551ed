import { TERMINAL_STATUSES } from "../sagemaker/job-views.js";
import { JobChangeKind } from "./job-change.enum.js";
import type { DescribeRecord, FreshRecords, JobSummary } from "./job-update-event.js";

/** Result of one look at a job. */
export type Observation = {
  summary: JobSummary;
  /** Final metrics in comparable form (see finalMetricsKey); absent when the look did not read them. */
  finalMetrics?: string;
  fresh?: FreshRecords;
  /** When the request was sent, in epoch milliseconds; an older look never overrides a newer one. */
  requestedAt: number;
};

/** Last observed state of a job. */
export type JobState = Observation;

/** Warm pool statuses that still change on their own (to Reused or Terminated). */
const OPEN_WARM_POOL_STATUSES = new Set(["Available", "InUse"]);

/**
 * Lists what differs between two states of a job. Final metrics count only
 * when both states read them, because a summary does not carry them.
 */
export function detectChanges(previous: JobState, next: Observation): JobChangeKind[] {
  const changes: JobChangeKind[] = [];
  if (previous.summary.TrainingJobStatus !== next.summary.TrainingJobStatus) changes.push(JobChangeKind.TRAINING_JOB_STATUS);
  if (previous.summary.SecondaryStatus !== next.summary.SecondaryStatus) changes.push(JobChangeKind.SECONDARY_STATUS);
  if (previous.summary.WarmPoolStatus?.Status !== next.summary.WarmPoolStatus?.Status) changes.push(JobChangeKind.WARM_POOL_STATUS);

  if (previous.finalMetrics !== undefined && next.finalMetrics !== undefined && previous.finalMetrics !== next.finalMetrics) {
    changes.push(JobChangeKind.FINAL_METRICS);
  }
  return changes;
}

/** Tells whether SageMaker modified the job between the two looks, even in a field the summary lacks. */
export function wasModified(previous: JobState, next: Observation): boolean {
  return (
    detectChanges(previous, next).length > 0 ||
    (previous.summary.LastModifiedTime?.getTime() ?? 0) !== (next.summary.LastModifiedTime?.getTime() ?? 0)
  );
}

/** Whether the job can still change on its own: it runs, or it keeps a warm pool that will end. */
export function isActive(summary: JobSummary): boolean {
  const status = summary.TrainingJobStatus;
  if (!status || !TERMINAL_STATUSES.has(status)) return true;
  return OPEN_WARM_POOL_STATUSES.has(summary.WarmPoolStatus?.Status ?? "");
}

/** Final metrics as text that is equal exactly when the names and values are, whatever their order. */
export function finalMetricsKey(record: DescribeRecord): string {
  const pairs = (record.FinalMetricDataList ?? []).map((metric) => [metric.MetricName ?? "", metric.Value ?? null] as const);
  pairs.sort(([a], [b]) => a.localeCompare(b, "en"));
  return JSON.stringify(pairs);
}
