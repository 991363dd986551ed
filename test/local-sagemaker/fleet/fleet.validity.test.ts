import { describe, expect, test } from "vitest";

import type { FleetJob } from "./fleet.fixture.js";
import { NOW_SECONDS, fleetOf, namesWhere } from "./fleet.fixture.js";
import { shapeViolations } from "./sdk-conformance.js";

const NAME_RULE = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const DAY_SECONDS = 24 * 3600;
const RUNNING = new Set(["InProgress", "Stopping"]);
/** Secondary statuses during which no instance is ready yet. */
const BEFORE_INSTANCES = new Set(["Pending", "Starting", "LaunchingMLInstances", "PreparingTrainingStack"]);

/** Returns whether a job's progress is at the last step of its last epoch. */
function atEnd(job: FleetJob): boolean {
  const progress = job.ProgressInfo ?? {};
  return progress.CurrentStep === progress.TotalStepCountPerEpoch && progress.CurrentEpoch === progress.MaxEpoch;
}

describe.each([
  ["default seed, 400 jobs", 400, undefined],
  ["seed 3, 1000 jobs", 1000, 3],
])("fleet validity (%s)", (_label, size, seed) => {
  const fleet = fleetOf(size, seed);

  test("jobs conform to the SDK model", () => {
    const violations = fleet.flatMap(({ job }) => shapeViolations(job, "DescribeTrainingJobResponse", job.TrainingJobName));

    expect(violations).toEqual([]);
  });

  test("names are valid", () => {
    expect(namesWhere(fleet, (job) => !NAME_RULE.test(job.TrainingJobName ?? ""))).toEqual([]);
  });

  test("names are unique ignoring case", () => {
    const lowered = fleet.map(({ job }) => (job.TrainingJobName ?? "").toLowerCase());

    expect(new Set(lowered).size).toBe(fleet.length);
  });

  // List and Search order jobs by CreationTime, so a tie would leave their order to each implementation's tie-break.
  test("creation times are unique", () => {
    expect(new Set(fleet.map(({ job }) => job.CreationTime)).size).toBe(fleet.length);
  });

  test("ARNs carry the lower-cased name", () => {
    const wrong = namesWhere(fleet, (job) => job.TrainingJobArn !== `arn:aws:sagemaker:us-east-1:111122223333:training-job/${job.TrainingJobName?.toLowerCase()}`);

    expect(wrong).toEqual([]);
  });

  test("timestamps are ordered", () => {
    const unordered = namesWhere(fleet, (job) => {
      const times = [job.CreationTime, job.TrainingStartTime, job.TrainingEndTime, job.LastModifiedTime].filter((time) => time !== undefined);
      return times.some((time, index) => index > 0 && time < times[index - 1]);
    });

    expect(unordered).toEqual([]);
  });

  test("jobs lie in the 120 days before now", () => {
    const outside = namesWhere(fleet, (job) => (job.CreationTime ?? 0) < NOW_SECONDS - 122 * DAY_SECONDS || (job.LastModifiedTime ?? Infinity) > NOW_SECONDS);

    expect(outside).toEqual([]);
  });

  test("transitions chain from creation to the status", () => {
    const broken = namesWhere(fleet, (job) => {
      const transitions = job.SecondaryStatusTransitions ?? [];
      const chained = transitions.every((transition, index) => index === 0 || transition.StartTime === transitions[index - 1].EndTime);
      return transitions[0]?.StartTime !== job.CreationTime || !chained || transitions[transitions.length - 1]?.Status !== job.SecondaryStatus;
    });

    expect(broken).toEqual([]);
  });

  test("only a running job's last transition is open", () => {
    const wrong = namesWhere(fleet, (job) => {
      const transitions = job.SecondaryStatusTransitions ?? [];
      const open = transitions.map((transition) => transition.EndTime === undefined);
      const expectOpenLast = RUNNING.has(job.TrainingJobStatus ?? "");
      return open.slice(0, -1).some(Boolean) || open[open.length - 1] !== expectOpenLast;
    });

    expect(wrong).toEqual([]);
  });

  test("running jobs lack end results", () => {
    const running = fleet.filter(({ job }) => RUNNING.has(job.TrainingJobStatus ?? "")).map(({ job }) => job);
    const present = (member: keyof FleetJob): string[] => running.filter((job) => job[member] !== undefined).map((job) => `${job.TrainingJobName}.${member}`);

    expect(present("TrainingEndTime")).toEqual([]);
    expect(present("ModelArtifacts")).toEqual([]);
    expect(present("FinalMetricDataList")).toEqual([]);
    expect(present("TrainingTimeInSeconds")).toEqual([]);
    expect(present("BillableTokenCount")).toEqual([]);
  });

  test("jobs without instances lack a start", () => {
    const early = namesWhere(fleet, (job) => BEFORE_INSTANCES.has(job.SecondaryStatus ?? "") && job.TrainingStartTime !== undefined);

    expect(early).toEqual([]);
  });

  test("jobs that never downloaded lack a start", () => {
    const wrong = namesWhere(fleet, (job) => {
      const reachedInstances = (job.SecondaryStatusTransitions ?? []).some((transition) => transition.Status === "Downloading" || transition.Status === "Training");
      return reachedInstances !== (job.TrainingStartTime !== undefined);
    });

    expect(wrong).toEqual([]);
  });

  test("only failed jobs have a failure reason", () => {
    expect(namesWhere(fleet, (job) => (job.TrainingJobStatus === "Failed") !== (job.FailureReason !== undefined))).toEqual([]);
  });

  test("failed jobs have no model", () => {
    expect(namesWhere(fleet, (job) => job.TrainingJobStatus === "Failed" && job.ModelArtifacts !== undefined)).toEqual([]);
  });

  test("completed jobs have every result", () => {
    const incomplete = namesWhere(
      fleet,
      (job) =>
        job.TrainingJobStatus === "Completed" &&
        [job.ModelArtifacts, job.TrainingStartTime, job.TrainingEndTime, job.TrainingTimeInSeconds, job.BillableTimeInSeconds].includes(undefined),
    );

    expect(incomplete).toEqual([]);
  });

  test("progress info only on serverless jobs", () => {
    expect(namesWhere(fleet, (job) => job.ProgressInfo !== undefined && job.ServerlessJobConfig === undefined)).toEqual([]);
  });

  test("progress info only after training began", () => {
    const early = namesWhere(fleet, (job) => job.ProgressInfo !== undefined && !(job.SecondaryStatusTransitions ?? []).some((transition) => transition.Status === "Training"));

    expect(early).toEqual([]);
  });

  test("progress stays within its epochs and steps", () => {
    const outside = namesWhere(fleet, (job) => {
      const { CurrentStep = NaN, TotalStepCountPerEpoch = NaN, CurrentEpoch = NaN, MaxEpoch = NaN } = job.ProgressInfo ?? {};
      return job.ProgressInfo !== undefined && !(CurrentStep >= 1 && CurrentStep <= TotalStepCountPerEpoch && CurrentEpoch >= 1 && CurrentEpoch <= MaxEpoch);
    });

    expect(outside).toEqual([]);
  });

  test("progress counts the job's epochs", () => {
    const wrong = namesWhere(fleet, (job) => job.ProgressInfo !== undefined && job.HyperParameters?.epoch_count !== undefined && job.ProgressInfo.MaxEpoch !== Number(job.HyperParameters.epoch_count));

    expect(wrong).toEqual([]);
  });

  test("finished training ends its progress", () => {
    const finished = fleet.filter(({ job }) => job.ProgressInfo !== undefined && (job.SecondaryStatus === "Completed" || job.SecondaryStatus === "Uploading"));
    const short = namesWhere(finished, (job) => !atEnd(job));

    expect(finished.length).toBeGreaterThan(0);
    expect(short).toEqual([]);
  });

  test("unfinished training stops before the end", () => {
    const unfinished = new Set(["Training", "Failed", "Stopped", "Stopping", "MaxRuntimeExceeded"]);
    const running = fleet.filter(({ job }) => job.ProgressInfo !== undefined && unfinished.has(job.SecondaryStatus ?? ""));
    const ended = namesWhere(running, (job) => atEnd(job));

    expect(running.length).toBeGreaterThan(0);
    expect(ended).toEqual([]);
  });

  test("MLflow run ids only after start", () => {
    expect(namesWhere(fleet, (job) => job.MlflowDetails !== undefined && job.TrainingStartTime === undefined)).toEqual([]);
  });

  test("billable tokens only on serverless jobs", () => {
    expect(namesWhere(fleet, (job) => job.BillableTokenCount !== undefined && job.ServerlessJobConfig === undefined)).toEqual([]);
  });

  test("output model package only with a model", () => {
    expect(namesWhere(fleet, (job) => job.OutputModelPackageArn !== undefined && (job.ModelPackageConfig === undefined || job.ModelArtifacts === undefined))).toEqual([]);
  });

  test("spot jobs bill less than they train", () => {
    const wrong = namesWhere(fleet, (job) => {
      if (job.TrainingTimeInSeconds === undefined || job.BillableTimeInSeconds === undefined) {
        return false;
      }
      return job.EnableManagedSpotTraining === true ? job.BillableTimeInSeconds >= job.TrainingTimeInSeconds : job.BillableTimeInSeconds !== job.TrainingTimeInSeconds;
    });

    expect(wrong).toEqual([]);
  });

  test("spot jobs wait at least their runtime", () => {
    const wrong = namesWhere(fleet, (job) => {
      const { MaxRuntimeInSeconds = 0, MaxWaitTimeInSeconds } = job.StoppingCondition ?? {};
      return (job.EnableManagedSpotTraining === true) !== (MaxWaitTimeInSeconds !== undefined) || (MaxWaitTimeInSeconds ?? Infinity) < MaxRuntimeInSeconds;
    });

    expect(wrong).toEqual([]);
  });

  test("warm pool status follows the job", () => {
    const wrong = namesWhere(fleet, (job) => {
      const status = job.WarmPoolStatus?.Status;
      if (status === undefined) {
        return false;
      }
      const running = RUNNING.has(job.TrainingJobStatus ?? "");
      return job.ResourceConfig?.KeepAlivePeriodInSeconds === undefined || (status === "InUse") !== running || (status === "Reused") !== (job.WarmPoolStatus?.ReusedByJob !== undefined);
    });

    expect(wrong).toEqual([]);
  });

  test("warm pools are never kept for spot jobs", () => {
    expect(namesWhere(fleet, (job) => job.EnableManagedSpotTraining === true && job.ResourceConfig?.KeepAlivePeriodInSeconds !== undefined)).toEqual([]);
  });

  test("file-system inputs run in a VPC", () => {
    const wrong = namesWhere(fleet, (job) => (job.InputDataConfig ?? []).some((channel) => channel.DataSource?.FileSystemDataSource !== undefined) && job.VpcConfig === undefined);

    expect(wrong).toEqual([]);
  });

  test("channels feed existing instance groups", () => {
    const wrong = namesWhere(fleet, (job) => {
      const groups = new Set((job.ResourceConfig?.InstanceGroups ?? []).map((group) => group.InstanceGroupName));
      const fed = (job.InputDataConfig ?? []).flatMap((channel) => channel.DataSource?.S3DataSource?.InstanceGroupNames ?? []);
      return fed.some((name) => !groups.has(name));
    });

    expect(wrong).toEqual([]);
  });

  test("selected instance type is a preference", () => {
    const wrong = namesWhere(fleet, (job) => {
      const selected = job.ResourceConfig?.SelectedInstanceType;
      return selected !== undefined && !(job.ResourceConfig?.InstancePreferences ?? []).some((preference) => preference.InstanceType === selected);
    });

    expect(wrong).toEqual([]);
  });

  test("rule statuses change before the job", () => {
    const wrong = namesWhere(fleet, (job) =>
      [...(job.DebugRuleEvaluationStatuses ?? []), ...(job.ProfilerRuleEvaluationStatuses ?? [])].some((status) => (status.LastModifiedTime ?? 0) > (job.LastModifiedTime ?? 0)),
    );

    expect(wrong).toEqual([]);
  });

  test("tuning children carry their tuning job's name", () => {
    const wrong = namesWhere(fleet, (job) => {
      if (job.TuningJobArn === undefined) {
        return false;
      }
      const tuningName = job.TuningJobArn.split("/")[1];
      return !new RegExp(`^${tuningName}-\\d{3}-[0-9a-f]{8}$`, "i").test(job.TrainingJobName ?? "");
    });

    expect(wrong).toEqual([]);
  });
});
