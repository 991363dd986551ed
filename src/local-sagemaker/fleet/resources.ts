import type { AlgorithmProfile, Hardware } from "./algorithms.js";
import type { FleetContext, JobPlan } from "./fleet.types.js";
import { hardwareOf } from "./models.js";
import type { SeededRandom } from "./random.js";

type Weighted = readonly (readonly [string, number])[];

const CPU_INSTANCES: Weighted = [
  ["ml.m5.large", 3],
  ["ml.m5.xlarge", 6],
  ["ml.m5.2xlarge", 5],
  ["ml.m5.4xlarge", 4],
  ["ml.m5.12xlarge", 1],
  ["ml.m6i.2xlarge", 2],
  ["ml.c5.xlarge", 4],
  ["ml.c5.2xlarge", 3],
  ["ml.c5.4xlarge", 2],
  ["ml.c5.9xlarge", 1],
  ["ml.r5.2xlarge", 1],
];

const GPU_INSTANCES: Weighted = [
  ["ml.g4dn.xlarge", 4],
  ["ml.g4dn.2xlarge", 2],
  ["ml.g5.xlarge", 3],
  ["ml.g5.2xlarge", 5],
  ["ml.g5.12xlarge", 2],
  ["ml.g6.2xlarge", 2],
  ["ml.g6e.2xlarge", 1],
  ["ml.p3.2xlarge", 4],
  ["ml.p3.8xlarge", 1],
];

const CLUSTER_INSTANCES: Weighted = [
  ["ml.p4d.24xlarge", 4],
  ["ml.p4de.24xlarge", 1],
  ["ml.p5.48xlarge", 2],
  ["ml.trn1.32xlarge", 2],
  ["ml.g5.48xlarge", 1],
  ["ml.p3.16xlarge", 1],
];

/** The instance type that SageMaker groups on UltraServers, which InstancePlacementConfig addresses. */
const ULTRASERVER_INSTANCE = "ml.p6e-gb200.36xlarge";

/** Instance types and counts offered when the job lets SageMaker choose by available capacity. */
const PREFERENCES = [
  { InstanceType: "ml.p5.48xlarge", InstanceCount: 2 },
  { InstanceType: "ml.p4d.24xlarge", InstanceCount: 4 },
  { InstanceType: "ml.g6e.48xlarge", InstanceCount: 4 },
] as const;

/** The compute of one job. */
export type ResourcePlan = {
  /** ResourceConfig as stored, without the Selected* members that appear once capacity is chosen. */
  config: Record<string, unknown>;
  /** Instance type that runs the training code (the largest group of a heterogeneous cluster). */
  instanceType: string;
  instanceCount: number;
  selected?: { SelectedInstanceType: string; SelectedInstanceCount: number };
  /** Instance group names, for channels that feed only some groups. */
  instanceGroupNames?: string[];
};

/** Returns whether `instanceType` has NVIDIA GPUs, which decides the image variant. */
export function isGpuInstance(instanceType: string): boolean {
  return /^ml\.(p\d|g\d)/.test(instanceType);
}

/** Returns whether `instanceType` runs on AWS Trainium, which needs Neuron images. */
export function isTrainiumInstance(instanceType: string): boolean {
  return instanceType.startsWith("ml.trn");
}

/** Returns the ARN of one of the account's training plans (reserved capacity). */
export function trainingPlanArn(context: FleetContext, name: string): string {
  return `arn:aws:sagemaker:${context.region}:${context.accountId}:training-plan/${name}`;
}

/** Draws the ResourceConfig of a job with a cluster; serverless jobs have none. */
export function buildResources(
  plan: JobPlan,
  profile: AlgorithmProfile,
  context: FleetContext,
  rng: SeededRandom,
): ResourcePlan | undefined {
  if (profile.hardware === "none") {
    return undefined;
  }
  const resources = drawCluster(plan, profile, context, rng);
  addCommonMembers(resources.config, plan, context, rng);
  return resources;
}

function drawCluster(plan: JobPlan, profile: AlgorithmProfile, context: FleetContext, rng: SeededRandom): ResourcePlan {
  if (plan.features.has("heterogeneousCluster")) {
    return heterogeneousCluster(rng);
  }
  if (plan.features.has("instancePreferences")) {
    return preferredInstances(context, rng);
  }
  if (plan.features.has("ultraServerPlacement")) {
    return ultraServerCluster(context, rng);
  }

  const distributed = plan.features.has("distributed");
  const instanceType = drawInstanceType(plan, hardwareOf(plan.algorithm, plan.model), rng);
  let instanceCount = 1;
  if (distributed) {
    instanceCount = rng.pick([2, 2, 4, 4, 8, 16]);
  } else if (profile.family === "builtin" && rng.chance(0.1)) {
    instanceCount = rng.int(2, 4);
  }
  const config = { InstanceType: instanceType, InstanceCount: instanceCount, VolumeSizeInGB: drawVolumeSize(instanceType, rng) };
  return { config, instanceType, instanceCount };
}

/**
 * Draws the instance type of a one-group cluster. Trainium instances need the
 * Neuron build of a framework, which the fleet has for PyTorch only, so only
 * PyTorch models that are not tied to NVIDIA GPUs may land there. A training
 * plan reserves large accelerated instances.
 */
function drawInstanceType(plan: JobPlan, hardware: Hardware, rng: SeededRandom): string {
  const neuron = plan.algorithm === "pytorch" && hardware === "mixed";
  const clusterTypes = neuron ? CLUSTER_INSTANCES : CLUSTER_INSTANCES.filter(([type]) => !isTrainiumInstance(type));
  if ((plan.features.has("distributed") && hardware !== "cpu") || plan.features.has("trainingPlan")) {
    return rng.weighted(clusterTypes);
  }
  if (hardware === "gpu" || (hardware === "mixed" && rng.chance(0.6))) {
    return rng.chance(0.1) ? rng.weighted(clusterTypes) : rng.weighted(GPU_INSTANCES);
  }
  return rng.weighted(CPU_INSTANCES);
}

function drawVolumeSize(instanceType: string, rng: SeededRandom): number {
  if (/24xlarge|48xlarge|32xlarge|16xlarge|36xlarge/.test(instanceType)) {
    return rng.pick([500, 1000, 2000]);
  }
  return isGpuInstance(instanceType) ? rng.pick([50, 100, 200]) : rng.pick([10, 30, 30, 50]);
}

function addCommonMembers(config: Record<string, unknown>, plan: JobPlan, context: FleetContext, rng: SeededRandom): void {
  if (plan.features.has("kmsEncryption")) {
    config.VolumeKmsKeyId = context.kmsKeyArn;
  }
  if (plan.features.has("warmPool")) {
    config.KeepAlivePeriodInSeconds = rng.pick([600, 1800, 3600]);
  }
  if (plan.features.has("trainingPlan") && config.TrainingPlanArn === undefined) {
    const family = String(config.InstanceType ?? "ml.p5.48xlarge").split(".")[1];
    config.TrainingPlanArn = trainingPlanArn(context, `${family}-${rng.pick(["reserved-q1", "weekly-block"])}`);
  }
}

function heterogeneousCluster(rng: SeededRandom): ResourcePlan {
  const trainerType = rng.pick(["ml.p4d.24xlarge", "ml.p3.16xlarge", "ml.g5.48xlarge"]);
  const trainerCount = rng.pick([1, 2, 4]);
  const groups = [
    { InstanceType: rng.pick(["ml.c5.18xlarge", "ml.c5n.9xlarge"]), InstanceCount: rng.int(2, 4), InstanceGroupName: "data-loaders" },
    { InstanceType: trainerType, InstanceCount: trainerCount, InstanceGroupName: "trainers" },
  ];
  const config: Record<string, unknown> = { VolumeSizeInGB: rng.pick([200, 500]), InstanceGroups: groups };
  return {
    config,
    instanceType: trainerType,
    instanceCount: trainerCount,
    instanceGroupNames: groups.map((group) => group.InstanceGroupName),
  };
}

function preferredInstances(context: FleetContext, rng: SeededRandom): ResourcePlan {
  const plan = trainingPlanArn(context, "p5-reserved-q1");
  const preferences = PREFERENCES.map((preference, index) =>
    index === 0 ? { ...preference, TrainingPlanArns: [plan] } : { ...preference },
  );
  const chosen = rng.pick(PREFERENCES);
  return {
    config: { VolumeSizeInGB: 1000, InstancePreferences: preferences },
    instanceType: chosen.InstanceType,
    instanceCount: chosen.InstanceCount,
    selected: { SelectedInstanceType: chosen.InstanceType, SelectedInstanceCount: chosen.InstanceCount },
  };
}

function ultraServerCluster(context: FleetContext, rng: SeededRandom): ResourcePlan {
  const perServer = 8;
  const config: Record<string, unknown> = {
    InstanceType: ULTRASERVER_INSTANCE,
    InstanceCount: perServer * 2,
    VolumeSizeInGB: 2000,
    TrainingPlanArn: trainingPlanArn(context, "gb200-ultraserver-block"),
    InstancePlacementConfig: {
      EnableMultipleJobs: false,
      PlacementSpecifications: [
        { UltraServerId: `us-${rng.hex(17)}`, InstanceCount: perServer },
        { InstanceCount: perServer },
      ],
    },
  };
  return { config, instanceType: ULTRASERVER_INSTANCE, instanceCount: perServer * 2 };
}

/** Draws the VpcConfig of a VPC job: the training network of its project. */
export function buildVpcConfig(context: FleetContext, projectIndex: number): Record<string, unknown> {
  const network = context.networks[projectIndex % context.networks.length];
  return { SecurityGroupIds: [...network.securityGroupIds], Subnets: [...network.subnets] };
}
