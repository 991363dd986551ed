import { describe, expect, it } from "vitest";
import { advanceRunningJob } from "../../../src/local-sagemaker/progression/running-job-step.js";
import type { WireTrainingJob } from "../../../src/local-sagemaker/wire.js";
import { BASE_TIME, makeRunningJob } from "./server-fixtures.js";

type Transition = { Status: string; StartTime: number; EndTime?: number; StatusMessage?: string };

function runningJob(overrides: Partial<WireTrainingJob> = {}): WireTrainingJob {
  return makeRunningJob("step-job", 0, {
    AlgorithmSpecification: {
      TrainingImage: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
      TrainingInputMode: "File",
      MetricDefinitions: [
        { Name: "validation:auc", Regex: ".*" },
        { Name: "train:logloss", Regex: ".*" },
      ],
    },
    ...overrides,
  }).job;
}

/** Moves the job through `draws.length` steps, one draw per step. */
function stepWith(job: WireTrainingJob, draws: number[], startSeconds = BASE_TIME + 100): void {
  draws.forEach((draw, index) => advanceRunningJob(job, () => draw, startSeconds + index * 10));
}

const transitionsOf = (job: WireTrainingJob) => job.SecondaryStatusTransitions as Transition[];

describe("advanceRunningJob", () => {
  it("moves Starting to Downloading", () => {
    const job = runningJob();
    stepWith(job, [0.5]);

    expect(job.SecondaryStatus).toBe("Downloading");
    expect(job.TrainingStartTime).toBe(BASE_TIME + 100);
    expect(job.LastModifiedTime).toBe(BASE_TIME + 100);
  });

  it("closes the open transition", () => {
    const job = runningJob();
    stepWith(job, [0.5]);

    expect(transitionsOf(job)).toEqual([
      { Status: "Starting", StartTime: BASE_TIME, EndTime: BASE_TIME + 100, StatusMessage: "Launching requested ML instances" },
      { Status: "Downloading", StartTime: BASE_TIME + 100, StatusMessage: "Downloading input data" },
    ]);
  });

  it("treats earlier phases as Starting", () => {
    const job = runningJob({ SecondaryStatus: "LaunchingMLInstances" });
    stepWith(job, [0.5]);

    expect(job.SecondaryStatus).toBe("Downloading");
  });

  it("moves Pending to Starting", () => {
    const job = runningJob({ SecondaryStatus: "Pending" });
    stepWith(job, [0.5]);

    expect(job.SecondaryStatus).toBe("Starting");
    expect(job.TrainingStartTime).toBeUndefined();
  });

  it("resumes training after an interruption", () => {
    const job = runningJob({ SecondaryStatus: "Interrupted", TrainingStartTime: BASE_TIME + 50 });
    stepWith(job, [0.5, 0.5]);

    expect(transitionsOf(job).slice(-2).map((transition) => transition.Status)).toEqual(["Restarting", "Training"]);
    expect(job.TrainingStartTime).toBe(BASE_TIME + 50);
  });

  it("completes through Training and Uploading", () => {
    const job = runningJob();
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(transitionsOf(job).map((transition) => transition.Status)).toEqual(["Starting", "Downloading", "Training", "Uploading", "Completed"]);
    expect(job.TrainingJobStatus).toBe("Completed");
    expect(job.TrainingEndTime).toBe(BASE_TIME + 130);
    expect(job.TrainingTimeInSeconds).toBe(30);
    expect(job.BillableTimeInSeconds).toBe(30);
  });

  it("opens and closes the final transition at once", () => {
    const job = runningJob();
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(transitionsOf(job).at(-1)).toEqual({
      Status: "Completed",
      StartTime: BASE_TIME + 130,
      EndTime: BASE_TIME + 130,
      StatusMessage: "Training job completed",
    });
  });

  it("writes model artifacts and final metrics", () => {
    const job = runningJob();
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(job.ModelArtifacts).toEqual({ S3ModelArtifacts: "s3://example-bucket/output/step-job/output/model.tar.gz" });
    expect((job.FinalMetricDataList as { MetricName: string }[]).map((metric) => metric.MetricName)).toEqual(["validation:auc", "train:logloss"]);
  });

  it("fails a job at the end of training", () => {
    const job = runningJob();
    stepWith(job, [0.5, 0.5, 0.01]);

    expect(job.TrainingJobStatus).toBe("Failed");
    expect(job.SecondaryStatus).toBe("Failed");
    expect(job.FailureReason).toMatch(/^\w+Error: /);
    expect(job.ModelArtifacts).toBeUndefined();
  });

  it("stops a job at its maximum runtime", () => {
    const job = runningJob();
    stepWith(job, [0.5, 0.5, 0.05]);

    expect(job.TrainingJobStatus).toBe("Stopped");
    expect(job.SecondaryStatus).toBe("MaxRuntimeExceeded");
    expect(job.TrainingEndTime).toBe(BASE_TIME + 120);
  });

  it("ends a Stopping job as Stopped", () => {
    const job = runningJob({ TrainingJobStatus: "Stopping", SecondaryStatus: "Stopping", TrainingStartTime: BASE_TIME + 50 });
    stepWith(job, [0.5]);

    expect(job.TrainingJobStatus).toBe("Stopped");
    expect(job.SecondaryStatus).toBe("Stopped");
    expect(job.TrainingTimeInSeconds).toBe(50);
  });

  it("bills spot jobs for less time", () => {
    const job = runningJob({ EnableManagedSpotTraining: true });
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(job.BillableTimeInSeconds).toBeLessThan(job.TrainingTimeInSeconds as number);
  });

  it("makes warm pools available", () => {
    const job = runningJob({ ResourceConfig: { InstanceType: "ml.g5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30, KeepAlivePeriodInSeconds: 600 } });
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(job.WarmPoolStatus).toEqual({ Status: "Available" });
  });

  it("reports the metrics eval_metric names", () => {
    const job = runningJob({
      HyperParameters: { eval_metric: "rmse,mae" },
      AlgorithmSpecification: {
        TrainingImage: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        TrainingInputMode: "File",
        MetricDefinitions: ["train:auc", "validation:auc", "train:rmse", "validation:rmse", "validation:mae"].map((Name) => ({ Name, Regex: ".*" })),
      },
    });
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect((job.FinalMetricDataList as { MetricName: string }[]).map((metric) => metric.MetricName)).toEqual(["train:rmse", "validation:rmse", "validation:mae"]);
  });

  it("never fails a CPU job with a CUDA error", () => {
    for (let draw = 0; draw < 1; draw += 0.05) {
      const job = runningJob({ HyperParameters: { sagemaker_program: "train.py" }, ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1 } });
      advanceRunningJob(job, () => 0.5, BASE_TIME + 100);
      advanceRunningJob(job, () => 0.5, BASE_TIME + 110);
      const draws = [0.01, draw];
      advanceRunningJob(job, () => draws.shift() ?? 0.5, BASE_TIME + 120);

      expect(job.FailureReason).not.toContain("CUDA");
    }
  });

  it("completes progress at the last step", () => {
    const job = runningJob({ ProgressInfo: { TotalStepCountPerEpoch: 4128, CurrentStep: 2401, CurrentEpoch: 1, MaxEpoch: 3 } });
    stepWith(job, [0.5, 0.5, 0.5, 0.5]);

    expect(job.ProgressInfo).toEqual({ TotalStepCountPerEpoch: 4128, CurrentStep: 4128, CurrentEpoch: 3, MaxEpoch: 3 });
  });
});
