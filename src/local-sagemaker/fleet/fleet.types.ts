import type { WireTag } from "../wire.js";
import type { NameRegistry } from "./names.js";
import type { RegionRegistries } from "./regions.js";

/** The kind of training code a job runs, which decides its image, inputs and metrics. */
export type AlgorithmId =
  | "xgboost"
  | "blazingtext"
  | "kmeans"
  | "linear-learner"
  | "factorization-machines"
  | "image-classification"
  | "pytorch"
  | "tensorflow"
  | "huggingface"
  | "sklearn"
  | "byoc"
  | "marketplace"
  | "algorithm-resource"
  | "llm-fine-tuning"
  | "llm-evaluation";

/**
 * Kind of algorithm. Built-in algorithms run an AWS image with service-filled
 * metric definitions. Framework jobs run a user script in an AWS deep
 * learning container. Custom jobs run the user's own image or an algorithm
 * resource. Serverless jobs customize a foundation model without a cluster.
 */
export type AlgorithmFamily = "builtin" | "framework" | "custom" | "serverless";

/** An optional trait of a job; each one turns on the members that go with it. */
export type Feature =
  | "spot"
  | "spotInterruption"
  | "checkpoint"
  | "distributed"
  | "heterogeneousCluster"
  | "vpc"
  | "fsxLustre"
  | "efs"
  | "pipeMode"
  | "fastFileMode"
  | "augmentedManifest"
  | "shuffle"
  | "manifestFile"
  | "shardedByS3Key"
  | "gzipInput"
  | "debugHook"
  | "debugRules"
  | "customDebugRule"
  | "profiler"
  | "profilerDisabled"
  | "tensorBoard"
  | "experiment"
  | "labelingJob"
  | "warmPool"
  | "retryStrategy"
  | "retryRestart"
  | "secretEnvironment"
  | "networkIsolation"
  | "interContainerEncryption"
  | "kmsEncryption"
  | "outputCompression"
  | "privateRegistry"
  | "platformRegistryAccess"
  | "modelPackage"
  | "remoteDebug"
  | "infraCheck"
  | "mlflow"
  | "trainingPlan"
  | "pendingCapacity"
  | "ultraServerPlacement"
  | "instancePreferences"
  | "containerEntrypoint"
  | "nonAsciiText"
  | "noTags"
  | "datasetSource"
  | "largeTokenCount"
  | "hubModel";

/** The phase in which a failed or stopping job left its normal course. */
export type HaltStage = "starting" | "downloading" | "training";

/** The tuning or AutoML job that launched a training job. */
export type ParentJob = {
  kind: "tuning" | "automl";
  name: string;
  arn: string;
  /** 1-based position among the parent's training jobs. */
  childNumber: number;
  objectiveMetric: string;
  /** Tags SageMaker copies from the parent to each of its training jobs. */
  tags: WireTag[];
};

/** Warm pool state fixed by the slot that links a job to the one reusing its pool. */
export type WarmPoolLink = {
  status: "InUse" | "Available" | "Reused" | "Terminated";
  reusedByJob?: string;
  retainedSeconds?: number;
};

/** Every decision about one job that the builder turns into a DescribeTrainingJob body. */
export type JobPlan = {
  status: string;
  secondary: string;
  algorithm: AlgorithmId;
  features: ReadonlySet<Feature>;
  haltStage?: HaltStage;
  /** Name of the project that owns the job, one of FLEET_PROJECTS (children share their parent's). */
  project: string;
  /** The model the job trains, a key of MODELS or a built-in algorithm's model; tags, names, hyperparameters and metrics follow it. */
  model: string;
  parent?: ParentJob;
  warmPool?: WarmPoolLink;
  /** Fixed CreationTime in epoch milliseconds; otherwise derived from the status. */
  creationMs?: number;
  /** Fixed end of a finished job in epoch milliseconds (a job whose warm pool a later job reused). */
  endMs?: number;
  /** Seed of the compute draw, shared by jobs on the same cluster shape (tuning siblings, a warm pool and its reuser). */
  resourceSeed?: number;
  /** Overrides the job's drawn model quality in [0, 1], which drives its metric values. */
  quality?: number;
  /** Overrides hyperparameters drawn for the algorithm (tuning children). */
  hyperParameterOverrides?: Record<string, string>;
};

/** The values shared by every job of one fleet. */
export type FleetContext = {
  region: string;
  accountId: string;
  nowMs: number;
  registries: RegionRegistries;
  names: NameRegistry;
  /** Security groups and subnets of the account's training VPCs. */
  networks: readonly { securityGroupIds: string[]; subnets: string[] }[];
  kmsKeyArn: string;
  studioDomainArn: string;
  fileSystems: { fsxLustreId: string; fsxMountName: string; efsId: string };
};
