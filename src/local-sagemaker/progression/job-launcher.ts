import { trainingJobArn, type ArnScope } from "../store/training-job-arn.js";
import type { StoredJob, WireTrainingJob } from "../wire.js";

/** Members that describe a run's results or its parent; a new run starts without them. */
const RUN_RESULT_MEMBERS = [
  "ModelArtifacts",
  "FailureReason",
  "TrainingStartTime",
  "TrainingEndTime",
  "TrainingTimeInSeconds",
  "BillableTimeInSeconds",
  "FinalMetricDataList",
  "WarmPoolStatus",
  "TuningJobArn",
  "LabelingJobArn",
  "AutoMLJobArn",
  "BillableTokenCount",
  "ProgressInfo",
] as const;

/** The timestamp suffix that SageMaker's Python SDK appends to job names. */
const NAME_STAMP = /-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/;

/**
 * Makes a new InProgress job, in its Starting phase, with the configuration
 * and tags of `template` and a fresh name stamped with `nowMs`, the way
 * SageMaker's Python SDK names jobs (`<base>-YYYY-MM-DD-HH-MM-SS-mmm`).
 * The new ARN keeps the region and account of the template's ARN, so that a
 * relaunch stays in its account. `scope` applies when that ARN cannot be
 * read. `taken` reports names already in use.
 */
export function launchJobFrom(template: StoredJob, scope: ArnScope, nowMs: number, taken: (name: string) => boolean): StoredJob {
  const name = freshName(template.job.TrainingJobName, nowMs, taken);
  const arnScope = scopeOfArn(template.job.TrainingJobArn) ?? scope;
  const now = nowMs / 1000;
  const job = structuredClone(template.job) as WireTrainingJob;

  for (const member of RUN_RESULT_MEMBERS) delete job[member];
  resetRuleStatuses(job, "DebugRuleEvaluationStatuses", now);
  resetRuleStatuses(job, "ProfilerRuleEvaluationStatuses", now);

  Object.assign(job, {
    TrainingJobName: name,
    TrainingJobArn: trainingJobArn(arnScope, name),
    TrainingJobStatus: "InProgress",
    SecondaryStatus: "Starting",
    CreationTime: now,
    LastModifiedTime: now,
    SecondaryStatusTransitions: [{ Status: "Starting", StartTime: now, StatusMessage: "Launching requested ML instances" }],
  });
  return { job, tags: structuredClone(template.tags) };
}

function scopeOfArn(arn: string): ArnScope | undefined {
  const match = /^arn:aws[a-z-]*:sagemaker:([a-z0-9-]+):(\d{12}):training-job\//.exec(arn);
  return match ? { region: match[1], accountId: match[2] } : undefined;
}

function freshName(templateName: string, nowMs: number, taken: (name: string) => boolean): string {
  const base = templateName.replace(NAME_STAMP, "").slice(0, 30).replace(/-+$/, "") || "job";
  const stamp = new Date(nowMs).toISOString().replace(/[T:.]/g, "-").replace(/Z$/, "");

  let name = `${base}-${stamp}`;
  for (let suffix = 2; taken(name); suffix++) name = `${base}-${stamp}-${suffix}`;
  return name;
}

/** Rule evaluations of a new run start InProgress. */
function resetRuleStatuses(job: WireTrainingJob, member: string, now: number): void {
  const statuses = job[member];
  if (!Array.isArray(statuses)) return;

  job[member] = statuses.map((status: { RuleConfigurationName?: string }) => ({
    RuleConfigurationName: status.RuleConfigurationName,
    RuleEvaluationStatus: "InProgress",
    LastModifiedTime: now,
  }));
}
