import type { AlgorithmId, Feature, HaltStage } from "./fleet.types.js";
import type { PlanSpec } from "./plan.js";

/** A unit of generation: one job, or a group of jobs that refer to each other. */
export type Slot =
  | { kind: "single"; spec: PlanSpec }
  | { kind: "tuning"; algorithm: AlgorithmId; children: readonly PlanSpec[] }
  | { kind: "automl"; children: readonly PlanSpec[] }
  | { kind: "warmPoolPair"; reuser: PlanSpec; reused: PlanSpec };

function job(status: string, secondary: string, algorithm: AlgorithmId, features: Feature[] = [], haltStage?: HaltStage): Slot {
  return { kind: "single", spec: { status, secondary, algorithm, features, haltStage, drawExtras: false } };
}

const COMPLETED: PlanSpec = { status: "Completed", secondary: "Completed" };

/**
 * The slots that open every fleet, in order. Their jobs (fewer than 60)
 * contain every TrainingJobStatus and SecondaryStatus of the SDK in a
 * consistent pair, every warm pool status and every kind of algorithm and
 * input. Each member of DescribeTrainingJobResponse appears in at least one
 * of them, so even a small fleet shows all of it. Jobs after these are drawn
 * at random.
 */
export const COVERAGE_SLOTS: readonly Slot[] = [
  job("Completed", "Completed", "xgboost", ["experiment", "outputCompression", "kmsEncryption", "shardedByS3Key"]),
  job("Completed", "Completed", "pytorch", ["spot", "spotInterruption", "checkpoint", "debugHook", "debugRules", "customDebugRule", "profiler", "tensorBoard", "experiment", "nonAsciiText"]),
  job("InProgress", "Training", "pytorch", ["heterogeneousCluster", "interContainerEncryption", "mlflow", "secretEnvironment"]),
  job("Failed", "Failed", "huggingface", ["hubModel", "secretEnvironment", "fastFileMode", "nonAsciiText"], "training"),
  job("Completed", "Completed", "tensorflow", ["vpc", "fsxLustre", "networkIsolation", "interContainerEncryption", "distributed", "profilerDisabled"]),
  job("InProgress", "Starting", "byoc", ["vpc", "efs", "containerEntrypoint", "secretEnvironment"]),
  job("Completed", "Completed", "image-classification", ["labelingJob", "augmentedManifest", "pipeMode", "experiment"]),
  job("Completed", "Completed", "kmeans", ["manifestFile", "shardedByS3Key"]),
  job("Completed", "Completed", "linear-learner", ["pipeMode", "shuffle", "gzipInput"]),
  job("Completed", "Completed", "factorization-machines", ["pipeMode", "kmsEncryption"]),
  { kind: "tuning", algorithm: "xgboost", children: [COMPLETED, COMPLETED, { status: "Stopped", secondary: "Stopped" }, COMPLETED, COMPLETED] },
  { kind: "automl", children: [COMPLETED, COMPLETED, COMPLETED] },
  job("Completed", "Completed", "marketplace", ["networkIsolation"]),
  job("Completed", "Completed", "algorithm-resource"),
  {
    kind: "warmPoolPair",
    reuser: { status: "InProgress", secondary: "Training", algorithm: "pytorch", drawExtras: false },
    reused: { drawExtras: false },
  },
  { kind: "single", spec: { ...COMPLETED, algorithm: "xgboost", features: ["warmPool"], warmPool: { status: "Available" }, drawExtras: false } },
  { kind: "single", spec: { ...COMPLETED, algorithm: "sklearn", features: ["warmPool"], warmPool: { status: "Terminated" }, drawExtras: false } },
  job("InProgress", "Pending", "pytorch", ["pendingCapacity", "instancePreferences"]),
  job("Completed", "Completed", "pytorch", ["instancePreferences", "distributed"]),
  job("Completed", "Completed", "pytorch", ["ultraServerPlacement", "trainingPlan", "infraCheck", "distributed", "remoteDebug"]),
  job("Completed", "Completed", "llm-fine-tuning", ["largeTokenCount", "modelPackage", "mlflow", "datasetSource", "nonAsciiText"]),
  job("InProgress", "Training", "llm-evaluation", ["mlflow"]),
  job("Completed", "Completed", "llm-fine-tuning", ["modelPackage", "outputCompression"]),
  job("Failed", "Failed", "pytorch", ["distributed"], "starting"),
  job("Failed", "Failed", "xgboost", [], "downloading"),
  job("Failed", "Failed", "pytorch", ["debugHook", "customDebugRule"], "training"),
  job("Stopped", "Stopped", "tensorflow", ["profiler", "debugRules"]),
  job("Stopped", "MaxRuntimeExceeded", "xgboost", ["retryStrategy"]),
  job("Stopped", "MaxWaitTimeExceeded", "pytorch", ["spot", "checkpoint"]),
  job("Stopping", "Stopping", "pytorch", ["profiler", "debugRules"], "training"),
  job("Stopping", "Stopping", "byoc", [], "starting"),
  job("Deleting", "Completed", "xgboost"),
  job("InProgress", "Downloading", "tensorflow"),
  job("InProgress", "DownloadingTrainingImage", "blazingtext"),
  job("InProgress", "Uploading", "huggingface"),
  job("InProgress", "Interrupted", "pytorch", ["spot", "checkpoint"]),
  job("InProgress", "Restarting", "xgboost", ["retryStrategy"]),
  job("InProgress", "Updating", "pytorch", ["profiler"]),
  job("InProgress", "LaunchingMLInstances", "kmeans"),
  job("InProgress", "PreparingTrainingStack", "linear-learner"),
  job("Completed", "Completed", "byoc", ["privateRegistry", "vpc", "kmsEncryption", "retryStrategy", "retryRestart"]),
  job("Completed", "Completed", "byoc", ["platformRegistryAccess", "remoteDebug", "containerEntrypoint", "secretEnvironment"]),
  job("Completed", "Completed", "huggingface", ["hubModel", "fastFileMode", "secretEnvironment", "tensorBoard"]),
  job("Completed", "Completed", "xgboost", ["noTags"]),
  job("Completed", "Completed", "blazingtext", ["augmentedManifest", "pipeMode", "nonAsciiText"]),
  job("Failed", "Failed", "huggingface", ["nonAsciiText"], "training"),
  job("Completed", "Completed", "pytorch", ["pipeMode", "debugHook"]),
  job("Completed", "Completed", "tensorflow", ["fastFileMode", "experiment", "mlflow"]),
  job("InProgress", "Starting", "pytorch", ["pendingCapacity", "trainingPlan"]),
  job("Completed", "Completed", "pytorch", ["spot"]),
];
