import type { RandomSource } from "../behaviour/seeded-random.js";
import type { WireTrainingJob } from "../wire.js";
import { enterSecondaryStatus, finishJob, markTrainingStarted } from "./job-transitions.js";

/**
 * Share of jobs that fail when training ends, and share that hit their
 * maximum runtime. The failure share matches the generated fleet's (about
 * 3%), so a long-running demo keeps the same mix.
 */
const FAILURE_SHARE = 0.03;
const MAX_RUNTIME_SHARE = 0.05;

/** Metrics reported in FinalMetricDataList at completion, at most. */
const MAX_FINAL_METRICS = 8;

/** The CUDA reason fits only GPU instances, and the Python traceback only script-mode jobs; see failureReasonsFor. */
const FAILURE_REASONS = [
  'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "RuntimeError: CUDA out of memory. Tried to allocate 2.50 GiB (GPU 0; 15.78 GiB total capacity; 12.91 GiB already allocated)"\nCommand "/opt/conda/bin/python3.10 train.py --epochs 20 --batch-size 256", exit code: 1',
  "ClientError: Data download failed:Failed to download data. NoSuchKey (404): The specified key does not exist.",
  "CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.",
  "AlgorithmError: framework error: \nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 88, in <module>\n    model.fit(train_data)\nValueError: Input contains NaN, infinity or a value too large for dtype('float32').",
];

/** Plain moves between running phases: the next secondary status and its transition message. */
const NEXT_PHASE: Record<string, { status: string; message: string }> = {
  Pending: { status: "Starting", message: "Starting the training job" },
  Downloading: { status: "Training", message: "Training image download completed. Training in progress." },
  DownloadingTrainingImage: { status: "Training", message: "Training image download completed. Training in progress." },
  Interrupted: { status: "Restarting", message: "Restarting the training job after a Spot interruption" },
  Restarting: { status: "Training", message: "Training resumed from the last checkpoint" },
  Updating: { status: "Training", message: "Training in progress with the updated configuration" },
};

/**
 * Moves a running job one step along Starting, Downloading, Training,
 * Uploading, Completed. When training ends a few jobs fail with a
 * FailureReason and a few stop with MaxRuntimeExceeded, as drawn from
 * `random`. Pending leads to Starting, and Interrupted leads back to
 * Training through Restarting. The detailed start-up phases
 * (LaunchingMLInstances, PreparingTrainingStack) and any status not named
 * here count as Starting. A Stopping job ends Stopped. `now` is epoch
 * seconds.
 */
export function advanceRunningJob(job: WireTrainingJob, random: RandomSource, now: number): void {
  const next = NEXT_PHASE[job.SecondaryStatus ?? ""];
  if (job.TrainingJobStatus === "Stopping") {
    finishJob(job, { status: "Stopped", secondaryStatus: "Stopped", message: "Training job stopped" }, now);
  } else if (next !== undefined) {
    enterSecondaryStatus(job, next.status, next.message, now);
  } else if (job.SecondaryStatus === "Training") {
    endTraining(job, random, now);
  } else if (job.SecondaryStatus === "Uploading") {
    completeJob(job, random, now);
  } else {
    markTrainingStarted(job, now);
    enterSecondaryStatus(job, "Downloading", "Downloading input data", now);
  }
}

function endTraining(job: WireTrainingJob, random: RandomSource, now: number): void {
  const draw = random();
  if (draw < FAILURE_SHARE) {
    const reasons = failureReasonsFor(job);
    const failureReason = reasons[Math.floor(random() * reasons.length)];
    finishJob(job, { status: "Failed", secondaryStatus: "Failed", message: "Training job failed", failureReason }, now);
  } else if (draw < FAILURE_SHARE + MAX_RUNTIME_SHARE) {
    const message = "Training job stopped because it reached the MaxRuntimeInSeconds of its StoppingCondition";
    finishJob(job, { status: "Stopped", secondaryStatus: "MaxRuntimeExceeded", message }, now);
  } else {
    enterSecondaryStatus(job, "Uploading", "Uploading generated training model", now);
  }
}

/** Returns the failure reasons that fit the job's instance type and kind of code. */
function failureReasonsFor(job: WireTrainingJob): string[] {
  const instanceType = String(job.ResourceConfig?.InstanceType ?? "");
  const onGpu = /^ml\.(p\d|g\d)/.test(instanceType);
  const scriptMode = (job.HyperParameters as Record<string, string> | undefined)?.sagemaker_program !== undefined;

  return FAILURE_REASONS.filter((reason) => {
    if (reason.includes("CUDA")) return onGpu && scriptMode;
    if (reason.includes("Traceback")) return scriptMode;
    return true;
  });
}

function completeJob(job: WireTrainingJob, random: RandomSource, now: number): void {
  finishJob(job, { status: "Completed", secondaryStatus: "Completed", message: "Training job completed" }, now);

  const progress = job.ProgressInfo as { TotalStepCountPerEpoch?: number; CurrentStep?: number; CurrentEpoch?: number; MaxEpoch?: number } | undefined;
  if (progress !== undefined) {
    job.ProgressInfo = { ...progress, CurrentStep: progress.TotalStepCountPerEpoch, CurrentEpoch: progress.MaxEpoch };
  }

  const outputPath = (job.OutputDataConfig as { S3OutputPath?: string } | undefined)?.S3OutputPath;
  if (outputPath !== undefined) {
    job.ModelArtifacts = { S3ModelArtifacts: `${outputPath.replace(/\/+$/, "")}/${job.TrainingJobName}/output/model.tar.gz` };
  }
  job.FinalMetricDataList = finalMetrics(job, random, Math.floor(now));

  if (job.EnableManagedSpotTraining === true && typeof job.TrainingTimeInSeconds === "number") {
    job.BillableTimeInSeconds = Math.round(job.TrainingTimeInSeconds * (0.3 + 0.4 * random()));
  }
  const keepAlive = job.ResourceConfig?.KeepAlivePeriodInSeconds;
  if (typeof keepAlive === "number" && keepAlive > 0) job.WarmPoolStatus = { Status: "Available" };
}

/**
 * Draws final values for the metrics the job reports: losses and errors near
 * 0, scores such as accuracy near 1. A built-in algorithm reports the metrics
 * its `eval_metric` hyperparameter names (comma-separated, as the XGBoost
 * container reads it), or else its first two definitions. Script-mode jobs
 * report every metric they define, up to MAX_FINAL_METRICS.
 */
function finalMetrics(job: WireTrainingJob, random: RandomSource, timestamp: number): { MetricName: string; Value: number; Timestamp: number }[] {
  const definitions = (job.AlgorithmSpecification as { MetricDefinitions?: { Name: string }[] } | undefined)?.MetricDefinitions ?? [];

  return reportedMetrics(job, definitions.map(({ Name }) => Name)).map((name) => {
    const isScore = /acc|auc|f1|precision|recall|score|ndcg|map/i.test(name);
    const value = isScore ? 0.7 + 0.29 * random() : 0.01 + 0.5 * random();
    return { MetricName: name, Value: Number(value.toFixed(6)), Timestamp: timestamp };
  });
}

function reportedMetrics(job: WireTrainingJob, defined: string[]): string[] {
  const hyperParameters = (job.HyperParameters as Record<string, string> | undefined) ?? {};
  if (hyperParameters.sagemaker_program !== undefined) return defined.slice(0, MAX_FINAL_METRICS);

  const evalMetrics = (hyperParameters.eval_metric ?? "").replace(/"/g, "").split(",").filter(Boolean);
  const named = defined.filter((name) => evalMetrics.some((metric) => name.endsWith(`:${metric}`)));
  return named.length > 0 ? named.slice(0, MAX_FINAL_METRICS) : defined.slice(0, 2);
}
