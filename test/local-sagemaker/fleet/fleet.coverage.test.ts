import { describe, expect, test } from "vitest";

import type { FleetJob, TypedJob } from "./fleet.fixture.js";
import { NOW_SECONDS, fleetOf, namesWhere, s3Sources } from "./fleet.fixture.js";
import { allMembers, collectMembers, enumValues } from "./sdk-conformance.js";

/**
 * Secondary statuses allowed under each primary status. The SDK's
 * documentation of DescribeTrainingJobResponse.SecondaryStatus gives the
 * pairs for current values but no primary status for the deprecated
 * LaunchingMLInstances, PreparingTrainingStack and DownloadingTrainingImage,
 * nor for Restarting and Updating. Those happen before or during training,
 * so they are counted as InProgress here. A job being deleted is assumed to
 * keep the secondary status it ended with.
 */
const SECONDARY_BY_STATUS: Readonly<Record<string, readonly string[]>> = {
  InProgress: ["Starting", "Pending", "Downloading", "Training", "Interrupted", "Uploading", "Restarting", "Updating", "LaunchingMLInstances", "PreparingTrainingStack", "DownloadingTrainingImage"],
  Completed: ["Completed"],
  Failed: ["Failed"],
  Stopped: ["MaxRuntimeExceeded", "MaxWaitTimeExceeded", "Stopped"],
  Stopping: ["Stopping"],
  Deleting: ["Completed", "Failed", "Stopped"],
};

/** AWS-owned registries in us-east-1, from the SageMaker Python SDK's image_uri_config files. */
const BUILT_IN_REGISTRIES: readonly (readonly [repository: string, account: string])[] = [
  ["sagemaker-xgboost", "683313688378"],
  ["kmeans", "382416733822"],
  ["linear-learner", "382416733822"],
  ["factorization-machines", "382416733822"],
  ["blazingtext", "811284229777"],
  ["image-classification", "811284229777"],
];

const DEEP_LEARNING_CONTAINERS = ["pytorch-training", "tensorflow-training", "huggingface-pytorch-training"];
const ASCII = /^[\x20-\x7e]*$/;
/** Environment keys that name a credential. */
const SECRET_KEY = /(_TOKEN|_API_KEY|_PASSWORD)$/;

const fleet = fleetOf(400);
const jobs = fleet.map(({ job }) => job);
const some = (predicate: (job: FleetJob) => boolean): number => jobs.filter(predicate).length;

function imageOf(job: FleetJob): string {
  return job.AlgorithmSpecification?.TrainingImage ?? "";
}

function sorted(values: Iterable<string | undefined>): string[] {
  return [...new Set(values)].filter((value) => value !== undefined).sort();
}

describe.each([
  ["400 jobs", 400],
  ["the first 60 jobs", 60],
])("fleet coverage of statuses and members (%s)", (_label, size) => {
  const covered = fleetOf(size).map(({ job }) => job);

  test("every TrainingJobStatus appears", () => {
    expect(sorted(covered.map((job) => job.TrainingJobStatus))).toEqual([...enumValues("TrainingJobStatus")].sort());
  });

  test("every SecondaryStatus appears", () => {
    expect(sorted(covered.map((job) => job.SecondaryStatus))).toEqual([...enumValues("SecondaryStatus")].sort());
  });

  test("statuses come in documented pairs", () => {
    const mismatched = covered
      .filter((job) => !(SECONDARY_BY_STATUS[job.TrainingJobStatus ?? ""] ?? []).includes(job.SecondaryStatus ?? ""))
      .map((job) => `${job.TrainingJobName}: ${job.TrainingJobStatus}/${job.SecondaryStatus}`);

    expect(mismatched).toEqual([]);
  });

  test("every member of every nested shape appears", () => {
    const found = new Set<string>();
    covered.forEach((job) => collectMembers(job, "DescribeTrainingJobResponse", found));

    expect(allMembers().filter((member) => !found.has(member))).toEqual([]);
  });
});

describe("fleet coverage of algorithms", () => {
  test.each(BUILT_IN_REGISTRIES)("built-in %s from account %s", (repository, account) => {
    const image = new RegExp(`^${account}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/${repository}:`);

    expect(some((job) => image.test(imageOf(job)))).toBeGreaterThan(0);
  });

  test("built-in jobs carry service metric definitions", () => {
    const builtIn = new RegExp(`/(${BUILT_IN_REGISTRIES.map(([repository]) => repository).join("|")}):`);
    const missing = jobs.filter((job) => builtIn.test(imageOf(job)) && (job.AlgorithmSpecification?.MetricDefinitions ?? []).length < 2);

    expect(missing.map((job) => job.TrainingJobName)).toEqual([]);
  });

  test.each(DEEP_LEARNING_CONTAINERS)("script mode on %s", (repository) => {
    const image = new RegExp(`^763104351884\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/${repository}(-neuronx)?:`);

    expect(some((job) => image.test(imageOf(job)))).toBeGreaterThan(0);
  });

  test("script-mode SDK values are JSON strings", () => {
    const unquoted = jobs
      .filter((job) => imageOf(job).startsWith("763104351884."))
      .flatMap((job) =>
        ["sagemaker_program", "sagemaker_submit_directory", "sagemaker_region", "sagemaker_job_name"]
          .filter((key) => !/^".+"$/.test(job.HyperParameters?.[key] ?? ""))
          .map((key) => `${job.TrainingJobName}.${key}`),
      );

    expect(unquoted).toEqual([]);
  });

  test("script-mode jobs define their own metrics", () => {
    expect(some((job) => imageOf(job).startsWith("763104351884.") && (job.AlgorithmSpecification?.MetricDefinitions ?? []).length > 0)).toBeGreaterThan(0);
  });

  test("own images come from the account", () => {
    expect(some((job) => imageOf(job).startsWith("111122223333.dkr.ecr.us-east-1.amazonaws.com/"))).toBeGreaterThan(0);
  });

  test("private registry images use VPC access", () => {
    const privateImages = jobs.filter((job) => imageOf(job) !== "" && !imageOf(job).includes(".dkr.ecr."));

    expect(privateImages.length).toBeGreaterThan(0);
    expect(privateImages.filter((job) => job.AlgorithmSpecification?.TrainingImageConfig?.TrainingRepositoryAccessMode !== "Vpc")).toEqual([]);
  });

  test("algorithm resources replace the image", () => {
    const named = jobs.filter((job) => job.AlgorithmSpecification?.AlgorithmName !== undefined);

    expect(named.some((job) => /^arn:aws:sagemaker:us-east-1:\d{12}:algorithm\//.test(job.AlgorithmSpecification?.AlgorithmName ?? ""))).toBe(true);
    expect(named.filter((job) => job.AlgorithmSpecification?.TrainingImage !== undefined)).toEqual([]);
  });

  test("entry points come with arguments", () => {
    expect(some((job) => (job.AlgorithmSpecification?.ContainerEntrypoint ?? []).length > 0 && (job.AlgorithmSpecification?.ContainerArguments ?? []).length > 0)).toBeGreaterThan(0);
  });

  test.each(["eta", "max_depth", "learning_rate", "epochs", "batch_size"])("numeric hyperparameter %s", (key) => {
    expect(some((job) => Number.isFinite(Number(job.HyperParameters?.[key] ?? "x")))).toBeGreaterThan(0);
  });
});

describe("fleet coverage of metrics", () => {
  const values = (name: string): number[] =>
    jobs.flatMap((job) => (job.FinalMetricDataList ?? []).filter((metric) => metric.MetricName === name).map((metric) => metric.Value ?? NaN));

  test.each(["validation:auc", "validation:rmse", "train:loss", "eval_accuracy"])("final metric %s", (name) => {
    expect(values(name).length).toBeGreaterThan(0);
  });

  test("auc values are probabilities", () => {
    expect(values("validation:auc").filter((value) => !(value > 0.5 && value <= 1))).toEqual([]);
  });

  test("auc above 0.9 is a minority", () => {
    const auc = values("validation:auc");
    const share = auc.filter((value) => value > 0.9).length / auc.length;

    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.5);
  });

  test("rmse values are positive", () => {
    expect(values("validation:rmse").filter((value) => !(value > 0))).toEqual([]);
  });
});

describe("fleet coverage of compute and data", () => {
  test("spot job with checkpoints bills less", () => {
    const spot = jobs.filter(
      (job) =>
        job.EnableManagedSpotTraining === true &&
        job.StoppingCondition?.MaxWaitTimeInSeconds !== undefined &&
        job.CheckpointConfig !== undefined &&
        (job.BillableTimeInSeconds ?? Infinity) < (job.TrainingTimeInSeconds ?? 0),
    );

    expect(spot.length).toBeGreaterThan(0);
  });

  test("heterogeneous cluster feeds its groups", () => {
    const heterogeneous = jobs.filter(
      (job) => (job.ResourceConfig?.InstanceGroups ?? []).length >= 2 && s3Sources(job).some((source) => (source?.InstanceGroupNames ?? []).length > 0),
    );

    expect(heterogeneous.length).toBeGreaterThan(0);
  });

  test("VPC ids have the EC2 form", () => {
    const vpcJobs = jobs.filter((job) => job.VpcConfig !== undefined);
    const malformed = vpcJobs.filter(
      (job) => !job.VpcConfig?.SecurityGroupIds?.every((id) => /^sg-[0-9a-f]{17}$/.test(id)) || !job.VpcConfig?.Subnets?.every((id) => /^subnet-[0-9a-f]{17}$/.test(id)),
    );

    expect(vpcJobs.length).toBeGreaterThan(0);
    expect(malformed.map((job) => job.TrainingJobName)).toEqual([]);
  });

  test("file systems of both types", () => {
    const types = jobs.flatMap((job) => (job.InputDataConfig ?? []).map((channel) => channel.DataSource?.FileSystemDataSource?.FileSystemType));

    expect(sorted(types)).toEqual(["EFS", "FSxLustre"]);
  });

  test("every input mode appears", () => {
    const modes = jobs.flatMap((job) => [job.AlgorithmSpecification?.TrainingInputMode, ...(job.InputDataConfig ?? []).map((channel) => channel.InputMode)]);

    expect(sorted(modes)).toEqual(["FastFile", "File", "Pipe"]);
  });

  test("augmented manifests list attributes in RecordIO", () => {
    const manifests = jobs.flatMap((job) => (job.InputDataConfig ?? []).filter((channel) => channel.DataSource?.S3DataSource?.S3DataType === "AugmentedManifestFile"));

    expect(manifests.length).toBeGreaterThan(0);
    expect(manifests.filter((channel) => (channel.DataSource?.S3DataSource?.AttributeNames ?? []).length === 0 || channel.RecordWrapperType !== "RecordIO")).toEqual([]);
  });

  test.each([
    ["ShuffleConfig", (job: FleetJob) => (job.InputDataConfig ?? []).some((channel) => channel.ShuffleConfig !== undefined)],
    ["ManifestFile", (job: FleetJob) => s3Sources(job).some((source) => source?.S3DataType === "ManifestFile")],
    ["ShardedByS3Key", (job: FleetJob) => s3Sources(job).some((source) => source?.S3DataDistributionType === "ShardedByS3Key")],
    ["Gzip input", (job: FleetJob) => (job.InputDataConfig ?? []).some((channel) => channel.CompressionType === "Gzip")],
  ])("channel option %s", (_option, predicate) => {
    expect(some(predicate)).toBeGreaterThan(0);
  });

  test.each(["ml.m5.xlarge", "ml.p3.2xlarge", "ml.g5.2xlarge", "ml.p4d.24xlarge", "ml.trn1.32xlarge", "ml.c5.xlarge"])("instance type %s", (instanceType) => {
    const types = (job: FleetJob): (string | undefined)[] => [job.ResourceConfig?.InstanceType, ...(job.ResourceConfig?.InstanceGroups ?? []).map((group) => group.InstanceType)];

    expect(some((job) => types(job).includes(instanceType))).toBeGreaterThan(0);
  });

  test("instance counts stay within 1 to 16", () => {
    const counts = jobs.flatMap((job) => [job.ResourceConfig?.InstanceCount, ...(job.ResourceConfig?.InstanceGroups ?? []).map((group) => group.InstanceCount)]).filter((count) => count !== undefined);

    expect(counts.filter((count) => count < 1 || count > 16)).toEqual([]);
    expect(counts.some((count) => count > 1)).toBe(true);
  });

  test("inputs live under a few buckets", () => {
    const buckets = sorted(jobs.flatMap((job) => s3Sources(job).map((source) => source?.S3Uri?.split("/")[2])));

    expect(buckets.length).toBeGreaterThan(1);
    expect(buckets.length).toBeLessThanOrEqual(6);
  });

  test("project prefixes group inputs", () => {
    const projects = sorted(fleet.flatMap(({ tags }) => tags.filter((tag) => tag.Key === "project").map((tag) => tag.Value)));
    const withoutPrefix = projects.filter(
      (project) => !jobs.some((job) => s3Sources(job).some((source) => source?.S3Uri?.startsWith(`s3://ml-datasets-111122223333/${project}/`))),
    );

    expect(withoutPrefix).toEqual([]);
  });
});

describe("fleet coverage of job relations", () => {
  const byParent = (arnOf: (job: FleetJob) => string | undefined): Map<string, FleetJob[]> => {
    const groups = new Map<string, FleetJob[]>();
    for (const job of jobs) {
      const arn = arnOf(job);
      if (arn !== undefined) {
        groups.set(arn, [...(groups.get(arn) ?? []), job]);
      }
    }
    return groups;
  };

  test("tuning siblings differ in parameters and metrics", () => {
    const varied = [...byParent((job) => job.TuningJobArn).values()].filter((siblings) => {
      const objective = siblings[0].HyperParameters?._tuning_objective_metric;
      const parameters = new Set(siblings.map((job) => JSON.stringify(job.HyperParameters)));
      const scores = new Set(siblings.map((job) => job.FinalMetricDataList?.find((metric) => metric.MetricName === objective)?.Value));
      return siblings.length >= 3 && parameters.size === siblings.length && scores.size >= 3;
    });

    expect(varied.length).toBeGreaterThan(0);
  });

  test("AutoML jobs have several candidates", () => {
    expect([...byParent((job) => job.AutoMLJobArn).values()].some((candidates) => candidates.length >= 2)).toBe(true);
  });

  test("labeling jobs feed augmented manifests", () => {
    expect(some((job) => job.LabelingJobArn !== undefined && s3Sources(job).some((source) => source?.S3DataType === "AugmentedManifestFile"))).toBeGreaterThan(0);
  });

  test("every warm pool status appears", () => {
    expect(sorted(jobs.map((job) => job.WarmPoolStatus?.Status))).toEqual(["Available", "InUse", "Reused", "Terminated"]);
  });

  test("reused warm pools name a fleet job", () => {
    const names = new Set(jobs.map((job) => job.TrainingJobName));
    const reused = jobs.filter((job) => job.WarmPoolStatus?.Status === "Reused");

    expect(reused.filter((job) => !names.has(job.WarmPoolStatus?.ReusedByJob))).toEqual([]);
  });

  test("training plans appear", () => {
    const planned = (job: FleetJob): boolean =>
      job.ResourceConfig?.TrainingPlanArn !== undefined || (job.ResourceConfig?.InstancePreferences ?? []).some((preference) => (preference.TrainingPlanArns ?? []).length > 0);

    expect(some(planned)).toBeGreaterThan(0);
  });

  test("billable tokens pass 2^31 on serverless jobs", () => {
    expect(some((job) => job.ServerlessJobConfig !== undefined && (job.BillableTokenCount ?? 0) > 2 ** 31)).toBeGreaterThan(0);
  });

  test("image access modes Vpc and Platform", () => {
    expect(sorted(jobs.map((job) => job.AlgorithmSpecification?.TrainingImageConfig?.TrainingRepositoryAccessMode))).toEqual(["Platform", "Vpc"]);
  });

  test.each([
    ["network isolation", (job: FleetJob) => job.EnableNetworkIsolation === true],
    ["inter-container encryption", (job: FleetJob) => job.EnableInterContainerTrafficEncryption === true],
    ["output KMS key", (job: FleetJob) => (job.OutputDataConfig?.KmsKeyId ?? "") !== ""],
    ["volume KMS key", (job: FleetJob) => job.ResourceConfig?.VolumeKmsKeyId !== undefined],
    ["output compression", (job: FleetJob) => job.OutputDataConfig?.CompressionType !== undefined],
    ["profiling disabled", (job: FleetJob) => job.ProfilingStatus === "Disabled"],
    ["debugger rules with statuses", (job: FleetJob) => (job.DebugRuleConfigurations ?? []).length > 0 && (job.DebugRuleEvaluationStatuses ?? []).length > 0],
    ["profiler rules with statuses", (job: FleetJob) => (job.ProfilerRuleConfigurations ?? []).length > 0 && (job.ProfilerRuleEvaluationStatuses ?? []).length > 0],
    ["debug hook collections", (job: FleetJob) => (job.DebugHookConfig?.CollectionConfigurations ?? []).length > 0],
    ["progress on a running job", (job: FleetJob) => job.ProgressInfo !== undefined && job.TrainingJobStatus === "InProgress"],
  ])("%s", (_feature, predicate) => {
    expect(some(predicate)).toBeGreaterThan(0);
  });
});

describe("fleet coverage of text", () => {
  const failureReasons = jobs.map((job) => job.FailureReason).filter((reason) => reason !== undefined);

  test("failure reasons over 1,000 characters", () => {
    expect(failureReasons.filter((reason) => reason.length > 1000 && reason.includes("\n")).length).toBeGreaterThan(0);
  });

  test.each(["AlgorithmError: ", "ClientError: "])("failure reason starting %s", (prefix) => {
    expect(failureReasons.some((reason) => reason.startsWith(prefix))).toBe(true);
  });

  test.each([
    ["tag values", (entry: TypedJob) => entry.tags.map((tag) => tag.Value)],
    ["experiment display names", (entry: TypedJob) => [entry.job.ExperimentConfig?.TrialComponentDisplayName ?? ""]],
    ["hyperparameter values", (entry: TypedJob) => Object.values(entry.job.HyperParameters ?? {})],
  ])("non-ASCII %s", (_field, valuesOf) => {
    expect(fleet.some((entry) => valuesOf(entry).some((value) => !ASCII.test(value)))).toBe(true);
  });

  test("environment has secret-looking keys with fake values", () => {
    const secrets = jobs.flatMap((job) => Object.entries(job.Environment ?? {}).filter(([key]) => SECRET_KEY.test(key)));

    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter(([, value]) => !value.includes("placeholder"))).toEqual([]);
  });

  test("environment has ordinary keys", () => {
    expect(some((job) => Object.keys(job.Environment ?? {}).some((key) => !SECRET_KEY.test(key)))).toBeGreaterThan(0);
  });
});

describe("fleet coverage of tags and time", () => {
  test("most jobs are tagged", () => {
    expect(fleet.filter(({ tags }) => tags.length > 0).length / fleet.length).toBeGreaterThan(0.85);
  });

  test("a few jobs have no tags", () => {
    expect(namesWhere(fleet, (_job, tags) => tags.length === 0).length).toBeGreaterThan(0);
  });

  test("no job has more than eleven tags", () => {
    expect(namesWhere(fleet, (_job, tags) => tags.length > 11)).toEqual([]);
  });

  test.each(["project", "team", "owner", "cost-center", "env"])("tag key %s is common", (key) => {
    expect(fleet.filter(({ tags }) => tags.some((tag) => tag.Key === key)).length / fleet.length).toBeGreaterThan(0.5);
  });

  test("projects form a few large groups", () => {
    const counts = new Map<string, number>();
    fleet.forEach(({ tags }) => tags.filter((tag) => tag.Key === "project").forEach((tag) => counts.set(tag.Value, (counts.get(tag.Value) ?? 0) + 1)));

    expect(counts.size).toBeGreaterThanOrEqual(3);
    expect(counts.size).toBeLessThanOrEqual(10);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(20);
  });

  test("creation times span the window", () => {
    const creations = jobs.map((job) => job.CreationTime ?? 0);

    expect(Math.min(...creations)).toBeLessThan(NOW_SECONDS - 100 * 24 * 3600);
    expect(Math.max(...creations)).toBeGreaterThan(NOW_SECONDS - 24 * 3600);
  });
});
