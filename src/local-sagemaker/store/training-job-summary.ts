import type { WireTrainingJob } from "../wire.js";

/**
 * ListTrainingJobs' TrainingJobSummary of a job: exactly the members of that
 * shape in @aws-sdk/client-sagemaker 3.1142.0. TrainingPlanArn comes from
 * ResourceConfig.TrainingPlanArn. Members the job lacks are left out.
 */
export function toTrainingJobSummary(job: WireTrainingJob): Record<string, unknown> {
  const summary: Record<string, unknown> = {
    TrainingJobName: job.TrainingJobName,
    TrainingJobArn: job.TrainingJobArn,
    CreationTime: job.CreationTime,
    TrainingEndTime: job.TrainingEndTime,
    LastModifiedTime: job.LastModifiedTime,
    TrainingJobStatus: job.TrainingJobStatus,
    SecondaryStatus: job.SecondaryStatus,
    WarmPoolStatus: job.WarmPoolStatus,
    TrainingPlanArn: job.ResourceConfig?.TrainingPlanArn,
  };

  for (const [member, value] of Object.entries(summary)) {
    if (value === undefined) delete summary[member];
  }
  return summary;
}
