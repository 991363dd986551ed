import type { AlgorithmId, FleetContext, JobPlan } from "./fleet.types.js";
import type { FleetProject } from "./projects.js";
import type { SeededRandom } from "./random.js";

/** Builds RoleArn: the console's default execution role or a team role. */
export function buildRoleArn(project: FleetProject, context: FleetContext, rng: SeededRandom): string {
  return rng.chance(0.5)
    ? `arn:aws:iam::${context.accountId}:role/service-role/AmazonSageMaker-ExecutionRole-20240312T101544`
    : `arn:aws:iam::${context.accountId}:role/${project.team}-sagemaker-training`;
}

/**
 * Builds OutputDataConfig. SDK-made jobs send an empty KmsKeyId, so most jobs
 * without a key carry `""` rather than no member.
 */
export function buildOutputDataConfig(plan: JobPlan, project: FleetProject, context: FleetContext, rng: SeededRandom): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  if (plan.features.has("kmsEncryption")) {
    output.KmsKeyId = rng.pick([context.kmsKeyArn, "alias/ml-artifacts"]);
  } else if (rng.chance(0.7)) {
    output.KmsKeyId = "";
  }
  output.S3OutputPath = rng.chance(0.6)
    ? `s3://sagemaker-${context.region}-${context.accountId}/`
    : `s3://ml-models-${context.accountId}/${project.name}/`;
  if (plan.features.has("outputCompression")) {
    output.CompressionType = plan.algorithm === "llm-fine-tuning" || rng.chance(0.4) ? "NONE" : "GZIP";
  }
  return output;
}

/** Returns S3ModelArtifacts: a model.tar.gz, or a prefix of uncompressed files when compression is off. */
export function modelArtifactsUri(output: Record<string, unknown>, jobName: string): string {
  const base = `${String(output.S3OutputPath).replace(/\/?$/, "/")}${jobName}/output/`;
  return output.CompressionType === "NONE" ? `${base}model/` : `${base}model.tar.gz`;
}

/** Builds CheckpointConfig under the project's models bucket. */
export function buildCheckpointConfig(project: FleetProject, jobName: string, context: FleetContext, rng: SeededRandom): Record<string, unknown> {
  const config: Record<string, unknown> = { S3Uri: `s3://ml-models-${context.accountId}/${project.name}/checkpoints/${jobName}/` };
  if (rng.chance(0.6)) {
    config.LocalPath = "/opt/ml/checkpoints";
  }
  return config;
}

const NON_ASCII_DISPLAY_NAMES = ["Entraînement du modèle – lot 3", "训练运行 #12", "学習ラン 🚀", "Früherkennung – Durchlauf 7"];

/** Builds ExperimentConfig; display names are non-ASCII for `nonAsciiText` jobs. */
export function buildExperimentConfig(plan: JobPlan, project: FleetProject, creationMs: number, rng: SeededRandom): Record<string, unknown> {
  const day = new Date(creationMs).toISOString().slice(0, 10).replaceAll("-", "");
  return {
    ExperimentName: `${project.name}-experiments`,
    TrialName: `${project.name}-trial-${day}`,
    TrialComponentDisplayName: plan.features.has("nonAsciiText") ? rng.pick(NON_ASCII_DISPLAY_NAMES) : rng.pick(["training", "train", "fine-tune"]),
    RunName: `run-${rng.hex(6)}`,
  };
}

/** Builds MlflowConfig, and MlflowDetails once the run exists (after training started). */
export function buildMlflow(
  project: FleetProject,
  started: boolean,
  nonAscii: boolean,
  context: FleetContext,
  rng: SeededRandom,
): { MlflowConfig: Record<string, unknown>; MlflowDetails?: Record<string, unknown> } {
  const MlflowConfig = {
    MlflowResourceArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:mlflow-tracking-server/${project.team}-mlflow`,
    MlflowExperimentName: project.name,
    MlflowRunName: nonAscii ? "essai-réglage-fin-ü" : `run-${rng.hex(6)}`,
  };
  if (!started) {
    return { MlflowConfig };
  }
  return { MlflowConfig, MlflowDetails: { MlflowExperimentId: String(rng.int(1, 400)), MlflowRunId: rng.hex(32) } };
}

/** Builds TrainingImageConfig for an image in a private registry reached through the VPC, or on the platform's network. */
export function buildTrainingImageConfig(plan: JobPlan, context: FleetContext): Record<string, unknown> | undefined {
  if (plan.features.has("privateRegistry")) {
    return {
      TrainingRepositoryAccessMode: "Vpc",
      TrainingRepositoryAuthConfig: {
        TrainingRepositoryCredentialsProviderArn: `arn:aws:lambda:${context.region}:${context.accountId}:function:private-registry-credentials`,
      },
    };
  }
  return plan.features.has("platformRegistryAccess") ? { TrainingRepositoryAccessMode: "Platform" } : undefined;
}

/** Builds ContainerEntrypoint and ContainerArguments, which replace the image's own entry point. */
export function buildEntrypoint(algorithm: AlgorithmId, instanceCount: number): { ContainerEntrypoint: string[]; ContainerArguments: string[] } {
  if (algorithm === "byoc") {
    return {
      ContainerEntrypoint: ["python3", "/opt/program/train.py"],
      ContainerArguments: ["--config", "/opt/ml/input/config/hyperparameters.json", "--log-level", "info"],
    };
  }
  return {
    ContainerEntrypoint: ["torchrun"],
    ContainerArguments: [`--nnodes=${instanceCount}`, "--nproc_per_node=8", "/opt/ml/code/train.py"],
  };
}
