import type { StoredJob } from "../wire.js";
import { ALGORITHMS } from "./algorithms.js";
import { buildDebugging } from "./debugging.js";
import { drawDurations } from "./durations.js";
import { buildEnvironment } from "./environment.js";
import type { FleetContext, JobPlan } from "./fleet.types.js";
import { drawHyperParameters } from "./hyperparameters.js";
import { codeSourceFor } from "./images.js";
import { buildInputs } from "./inputs.js";
import { assembleJob } from "./job.assemble.js";
import { buildFailureReason } from "./job.failure.js";
import { drawJobName } from "./job-names.js";
import { selectMetrics } from "./metrics.catalog.js";
import { finalMetricData } from "./metrics.values.js";
import { planPhases } from "./phases.js";
import { buildProgressInfo } from "./progress.js";
import { FLEET_PROJECTS, projectNamed } from "./projects.js";
import { SeededRandom } from "./random.js";
import { buildResources, buildVpcConfig } from "./resources.js";
import { billableSeconds, buildStoppingCondition, buildWarmPoolStatus } from "./runtime.js";
import { buildModelPackageConfig, buildServerlessConfig, drawBillableTokens, modelPackageArn } from "./serverless.js";
import * as settings from "./settings.js";
import { sortedByKey } from "./sorted.js";
import { buildTags } from "./tags.js";
import { placeTimeline, toWireTime, trainingSeconds } from "./timeline.js";

/**
 * Builds one job from its plan: the DescribeTrainingJob body SageMaker would
 * return for it now, and its tags. Members that SageMaker omits at the job's
 * stage are left out (no ModelArtifacts before upload, no TrainingStartTime
 * before the instances were ready, no metrics before the end).
 */
export function buildJob(plan: JobPlan, context: FleetContext, rng: SeededRandom): StoredJob {
  const { region, accountId } = context;
  const features = plan.features;

  // What runs, for which project, on which compute and data.
  const profile = ALGORITHMS[plan.algorithm];
  const project = projectNamed(plan.project);
  const model = plan.model;
  const resourceRng = plan.resourceSeed !== undefined ? new SeededRandom(plan.resourceSeed) : rng;
  const resources = buildResources(plan, profile, context, resourceRng);
  const labelingJobName = features.has("labelingJob") ? `${project.name}-labels-${rng.hex(6)}` : undefined;
  const inputs = buildInputs({ plan, profile, project, resources, labelingJobName }, context, rng);

  // When each phase happened.
  const durations = drawDurations(profile, resources?.instanceType, inputs.imageOnlyDownload, rng);
  const phases = planPhases(plan, durations, inputs.imageOnlyDownload, rng);
  const keepAliveSeconds = resources?.config.KeepAlivePeriodInSeconds as number | undefined;
  const availableWindowMs = plan.warmPool?.status === "Available" && keepAliveSeconds !== undefined ? keepAliveSeconds * 1000 : undefined;
  const timeline = placeTimeline(phases, context.nowMs, { creationMs: plan.creationMs, endMs: plan.endMs, endWithinMs: availableWindowMs }, rng);
  const started = timeline.trainingStartMs !== undefined;
  const uploaded = !timeline.running && timeline.transitions.some((transition) => transition.Status === "Uploading");

  // Identity.
  const name = context.names.claim(drawJobName(plan, profile, project, model, timeline.creationMs, rng));
  const arnPrefix = `arn:aws:sagemaker:${region}:${accountId}`;

  // The code, its parameters and its metrics.
  const instanceType = resources?.instanceType ?? "";
  const hyperParameters = sortedByKey({
    ...drawHyperParameters(plan.algorithm, { model, jobName: name, project: project.name, instanceType, instanceCount: resources?.instanceCount ?? 1, nonAscii: features.has("nonAsciiText") }, context, rng),
    ...plan.hyperParameterOverrides,
  });
  const epochs = Number(hyperParameters.epochs ?? hyperParameters.epoch_count ?? 1);
  const metrics = selectMetrics(plan.algorithm, model, hyperParameters, rng);
  const codeSource = codeSourceFor(plan, instanceType, context, rng);
  const algorithmSpecification =
    codeSource === undefined
      ? undefined
      : {
          ...codeSource,
          TrainingInputMode: inputs.trainingInputMode,
          MetricDefinitions: metrics.definitions.length > 0 ? metrics.definitions : undefined,
          EnableSageMakerMetricsTimeSeries: profile.family === "framework" && rng.chance(0.5),
          ...(features.has("containerEntrypoint") ? settings.buildEntrypoint(plan.algorithm, resources?.instanceCount ?? 1) : {}),
          TrainingImageConfig: settings.buildTrainingImageConfig(plan, context),
        };

  // Where results go, and what the job reported.
  const roleArn = settings.buildRoleArn(project, context, rng);
  const output = settings.buildOutputDataConfig(plan, project, context, rng);
  const debugging = buildDebugging({ plan, jobName: name, outputPrefix: String(output.S3OutputPath), timeline }, context, rng);
  const seconds = trainingSeconds(timeline);
  const reportsMetrics = !timeline.running && started && (plan.status !== "Failed" || plan.haltStage === "training");
  const metricNames = plan.status === "Failed" ? metrics.finalNames.filter((metric) => metric.startsWith("train")) : metrics.finalNames;
  const modelPackage = features.has("modelPackage") ? buildModelPackageConfig(project.name, context, rng) : undefined;
  const mlflow = features.has("mlflow") ? settings.buildMlflow(project, started, features.has("nonAsciiText"), context, rng) : undefined;

  let lastModifiedMs = Math.max(timeline.lastModifiedMs, debugging.latestRuleUpdateMs ?? 0);
  if (plan.status === "Deleting") {
    lastModifiedMs = Math.max(lastModifiedMs, context.nowMs - rng.int(1000, 120_000));
  }
  const failureReason = buildFailureReason(plan, { instanceType, codeSource, roleArn, channels: inputs.channels, hyperParameters }, rng);
  const setsEnableFlags = rng.chance(0.95);

  const job = assembleJob({
    TrainingJobName: name,
    TrainingJobArn: `${arnPrefix}:training-job/${name.toLowerCase()}`,
    TuningJobArn: plan.parent?.kind === "tuning" ? plan.parent.arn : undefined,
    LabelingJobArn: labelingJobName !== undefined ? `${arnPrefix}:labeling-job/${labelingJobName}` : undefined,
    AutoMLJobArn: plan.parent?.kind === "automl" ? plan.parent.arn : undefined,
    ModelArtifacts: uploaded ? { S3ModelArtifacts: settings.modelArtifactsUri(output, name) } : undefined,
    TrainingJobStatus: plan.status,
    SecondaryStatus: plan.secondary,
    FailureReason: failureReason,
    HyperParameters: Object.keys(hyperParameters).length > 0 ? hyperParameters : undefined,
    AlgorithmSpecification: algorithmSpecification,
    RoleArn: roleArn,
    InputDataConfig: inputs.channels,
    OutputDataConfig: output,
    ResourceConfig: resources !== undefined ? { ...resources.config, ...(started ? resources.selected : undefined) } : undefined,
    WarmPoolStatus: keepAliveSeconds !== undefined ? buildWarmPoolStatus(plan, keepAliveSeconds, timeline, context.nowMs) : undefined,
    VpcConfig: features.has("vpc") ? buildVpcConfig(context, FLEET_PROJECTS.indexOf(project)) : undefined,
    StoppingCondition: buildStoppingCondition(plan, durations, timeline, rng),
    CreationTime: toWireTime(timeline.creationMs),
    TrainingStartTime: timeline.trainingStartMs !== undefined ? toWireTime(timeline.trainingStartMs) : undefined,
    TrainingEndTime: timeline.trainingEndMs !== undefined ? toWireTime(timeline.trainingEndMs) : undefined,
    LastModifiedTime: toWireTime(lastModifiedMs),
    SecondaryStatusTransitions: timeline.transitions,
    FinalMetricDataList: reportsMetrics && metricNames.length > 0 ? finalMetricData(metricNames, plan.quality ?? 0.5, epochs, timeline.lastReportMs, rng) : undefined,
    EnableNetworkIsolation: setsEnableFlags || features.has("networkIsolation") ? features.has("networkIsolation") : undefined,
    EnableInterContainerTrafficEncryption: setsEnableFlags || features.has("interContainerEncryption") ? features.has("interContainerEncryption") : undefined,
    EnableManagedSpotTraining: setsEnableFlags || features.has("spot") ? features.has("spot") : undefined,
    CheckpointConfig: features.has("checkpoint") ? settings.buildCheckpointConfig(project, name, context, rng) : undefined,
    TrainingTimeInSeconds: seconds,
    BillableTimeInSeconds: seconds !== undefined ? billableSeconds(plan, seconds, rng) : undefined,
    BillableTokenCount: profile.family === "serverless" && seconds !== undefined ? drawBillableTokens(plan, epochs, rng) : undefined,
    ...debugging.members,
    ExperimentConfig: features.has("experiment") ? settings.buildExperimentConfig(plan, project, timeline.creationMs, rng) : undefined,
    Environment: buildEnvironment(profile.family, project.name, features, rng),
    RetryStrategy: features.has("retryStrategy") ? { MaximumRetryAttempts: rng.int(1, 5) } : undefined,
    RemoteDebugConfig: features.has("remoteDebug") ? { EnableRemoteDebug: true } : undefined,
    InfraCheckConfig: features.has("infraCheck") ? { EnableInfraCheck: true } : undefined,
    ServerlessJobConfig: profile.family === "serverless" ? buildServerlessConfig(plan, model, project.name, context, rng) : undefined,
    MlflowConfig: mlflow?.MlflowConfig,
    ModelPackageConfig: modelPackage?.config,
    MlflowDetails: mlflow?.MlflowDetails,
    ProgressInfo: buildProgressInfo(plan, epochs, timeline, durations.trainingMs, context.nowMs, rng),
    OutputModelPackageArn: modelPackage !== undefined && uploaded ? modelPackageArn(context, modelPackage.groupName, modelPackage.outputVersion) : undefined,
  });

  const tags = plan.parent?.tags ?? buildTags({ project, model, datasetVersion: inputs.datasetVersion }, features, context.studioDomainArn, rng);
  return { job, tags: tags.map((tag) => ({ ...tag })) };
}
