import type { JobChange, TrainingJobGateway } from "../sagemaker/training-job-gateway.js";
import type { JobChangeKind } from "./job-change.enum.js";

/** A ListTrainingJobs summary as the access layer returns it. */
export type JobSummary = NonNullable<Parameters<TrainingJobGateway["getJob"]>[2]>;

/** A DescribeTrainingJob response as the access layer returns it. */
export type DescribeRecord = JobChange["record"];

export type JobTags = NonNullable<JobChange["tags"]>;

/** SageMaker records read for an event, which serve its `job` without Search (whose index lags). */
export type FreshRecords = { record: DescribeRecord; tags?: JobTags };

/** The status fields whose previous values an event reports, as SageMaker strings. */
export type StatusValues = { trainingJobStatus?: string; secondaryStatus?: string; warmPoolStatus?: string };

/** One change of one job, as the watcher hands it to each matching subscriber. */
export type JobUpdateEvent = {
  name: string;
  changes: JobChangeKind[];
  /** Values before the change; empty for INITIAL events and new jobs. */
  previous: StatusValues;
  /** When the request that showed the change was sent, in epoch milliseconds. */
  observedAt: number;
  summary: JobSummary;
  fresh?: FreshRecords;
};

/** Picks the ListTrainingJobs summary members from a DescribeTrainingJob response. */
export function summaryOf(record: DescribeRecord): JobSummary {
  return {
    TrainingJobName: record.TrainingJobName,
    TrainingJobArn: record.TrainingJobArn,
    CreationTime: record.CreationTime,
    TrainingEndTime: record.TrainingEndTime,
    LastModifiedTime: record.LastModifiedTime,
    TrainingJobStatus: record.TrainingJobStatus,
    SecondaryStatus: record.SecondaryStatus,
    WarmPoolStatus: record.WarmPoolStatus,
  };
}

export function statusValuesOf(summary: JobSummary): StatusValues {
  return {
    trainingJobStatus: summary.TrainingJobStatus,
    secondaryStatus: summary.SecondaryStatus,
    warmPoolStatus: summary.WarmPoolStatus?.Status,
  };
}
