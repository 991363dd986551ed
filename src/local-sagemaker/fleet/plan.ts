import { ALGORITHMS, ALGORITHM_WEIGHTS } from "./algorithms.js";
import { completeFeatures } from "./features.js";
import type { AlgorithmId, Feature, HaltStage, JobPlan } from "./fleet.types.js";
import { drawModel, hardwareOf } from "./models.js";
import { projectNamed } from "./projects.js";
import type { SeededRandom } from "./random.js";

/** The parts of a plan a slot fixes; everything left out is drawn. */
export type PlanSpec = Partial<Omit<JobPlan, "features">> & {
  features?: readonly Feature[];
  /** Whether to draw features beyond `features` (default true). */
  drawExtras?: boolean;
};

type StatusPair = readonly [status: string, secondary: string];

/**
 * Status mix of jobs whose status is drawn: mostly Completed, running jobs
 * about 4% and placed among the newest by their timeline. Failed jobs are not
 * drawn here: generateFleet places them among the slots, so that their share
 * stays near 3% and a filtered page of failed jobs is sparse.
 */
const STATUS_WEIGHTS: readonly (readonly [StatusPair, number])[] = [
  [["Completed", "Completed"], 89.5],
  [["Stopped", "Stopped"], 2.5],
  [["Stopped", "MaxRuntimeExceeded"], 1],
  [["Stopped", "MaxWaitTimeExceeded"], 0.4],
  [["InProgress", "Training"], 2.4],
  [["InProgress", "Starting"], 0.4],
  [["InProgress", "Downloading"], 0.3],
  [["InProgress", "Uploading"], 0.2],
  [["InProgress", "Pending"], 0.15],
  [["InProgress", "Interrupted"], 0.1],
  [["InProgress", "Restarting"], 0.1],
  [["InProgress", "Updating"], 0.05],
  [["Stopping", "Stopping"], 0.8],
  [["Deleting", "Completed"], 0.4],
];

/** Feature that each of these secondary statuses requires. resolvePlan adds it to the plan. */
const STATUS_FEATURES: Readonly<Record<string, Feature>> = {
  Interrupted: "spot",
  MaxWaitTimeExceeded: "spot",
  Restarting: "retryStrategy",
  Pending: "pendingCapacity",
  Updating: "profiler",
};

/** Turns a spec into a full plan, drawing the algorithm, project, model, status, stage, features and quality it leaves open. */
export function resolvePlan(spec: PlanSpec, rng: SeededRandom): JobPlan {
  const algorithm: AlgorithmId = spec.algorithm ?? rng.weighted(ALGORITHM_WEIGHTS);
  const project = spec.project ?? rng.pick(ALGORITHMS[algorithm].projects);
  const model = spec.model ?? drawModel(algorithm, projectNamed(project), rng);
  const [status, secondary] =
    spec.status !== undefined && spec.secondary !== undefined ? [spec.status, spec.secondary] : adaptStatus(algorithm, rng.weighted(STATUS_WEIGHTS));

  const forced = [...(spec.features ?? [])];
  const implied = STATUS_FEATURES[secondary];
  if (implied !== undefined) {
    forced.push(implied);
  }
  const features = completeFeatures(algorithm, hardwareOf(algorithm, model), forced, spec.drawExtras ?? true, rng);

  const plan: JobPlan = {
    ...spec,
    status,
    secondary,
    algorithm,
    project,
    model,
    features,
    haltStage: spec.haltStage ?? drawHaltStage(status, rng),
    quality: spec.quality ?? rng.next(),
  };
  if (features.has("warmPool") && status === "Completed" && plan.warmPool === undefined) {
    plan.warmPool = { status: rng.chance(0.35) ? "Available" : "Terminated" };
  }
  return plan;
}

/** Replaces a drawn status the algorithm cannot reach (spot or profiler states of a serverless job) with a plain one. */
function adaptStatus(algorithm: AlgorithmId, [status, secondary]: StatusPair): StatusPair {
  const family = ALGORITHMS[algorithm].family;
  const needsCluster = secondary === "Interrupted" || secondary === "Pending" || secondary === "Restarting" || secondary === "MaxWaitTimeExceeded";
  if (family === "serverless" && needsCluster) {
    return status === "Stopped" ? ["Stopped", "Stopped"] : ["InProgress", "Training"];
  }
  if (secondary === "Updating" && (family !== "framework" || algorithm === "sklearn")) {
    return ["InProgress", "Training"];
  }
  return [status, secondary];
}

function drawHaltStage(status: string, rng: SeededRandom): HaltStage | undefined {
  if (status === "Failed") {
    return rng.weighted([["starting", 25], ["downloading", 20], ["training", 55]] as const);
  }
  if (status === "Stopping") {
    return rng.weighted([["starting", 3], ["training", 7]] as const);
  }
  return undefined;
}
