import type { StoredJob } from "../wire.js";
import { ALGORITHMS } from "./algorithms.js";
import type { AlgorithmId, FleetContext, ParentJob } from "./fleet.types.js";
import { drawTunedValues } from "./hyperparameters.js";
import { buildJob } from "./job.build.js";
import { drawModel, modelTask } from "./models.js";
import { shortStamp, truncateBase } from "./names.js";
import type { PlanSpec } from "./plan.js";
import { resolvePlan } from "./plan.js";
import { projectNamed } from "./projects.js";
import type { SeededRandom } from "./random.js";
import { buildTags } from "./tags.js";
import { FLEET_WINDOW_MS } from "./timeline.js";

const HOUR_MS = 3600 * 1000;

/** Builds a tuning job's training jobs: siblings with different hyperparameters, quality and, now and then, an early stop. */
export function buildTuningChildren(algorithm: AlgorithmId, children: readonly PlanSpec[], context: FleetContext, rng: SeededRandom): StoredJob[] {
  const profile = ALGORITHMS[algorithm];
  const project = projectNamed(rng.pick(profile.projects));
  const model = drawModel(algorithm, project, rng);
  const startMs = drawGroupStart(context, rng);
  const name = `${truncateBase(profile.baseJobName, 19)}-${shortStamp(startMs)}`;
  const objective = tuningObjective(algorithm, project.name, model);
  const parallelJobs = rng.int(2, 4);
  const spacingMs = rng.int(20, 90) * 60 * 1000;
  const baseQuality = rng.float(0, 0.8);
  const resourceSeed = rng.int(0, 2 ** 32 - 1);
  const sharedFeatures = rng.chance(0.2) ? (["spot", "checkpoint"] as const) : [];
  const parentFields = {
    kind: "tuning" as const,
    name,
    arn: `arn:aws:sagemaker:${context.region}:${context.accountId}:hyper-parameter-tuning-job/${name.toLowerCase()}`,
    objectiveMetric: objective.metric,
    tags: buildTags({ project, model }, new Set(), context.studioDomainArn, rng),
  };

  return children.map((spec, index) => {
    const parent: ParentJob = { ...parentFields, childNumber: index + 1 };
    const plan = resolvePlan(
      {
        status: "Completed",
        secondary: "Completed",
        drawExtras: false,
        ...spec,
        features: [...sharedFeatures, ...(spec.features ?? [])],
        algorithm,
        project: project.name,
        model,
        parent,
        resourceSeed,
        creationMs: startMs + Math.floor(index / parallelJobs) * spacingMs + launchOffsetMs(index % parallelJobs, rng),
        quality: Math.min(1, Math.max(0, baseQuality + rng.float(-0.25, 0.2))),
        hyperParameterOverrides: { ...drawTunedValues(algorithm, rng), ...objective.fixed, _tuning_objective_metric: objective.metric },
      },
      rng,
    );
    return buildJob(plan, context, rng);
  });
}

/**
 * Builds the training jobs an AutoML job launched: a data-processing job,
 * then candidate models. The parent tries several models, so its tags, which
 * SageMaker copies to each child, have no `model` tag.
 */
export function buildAutoMlChildren(children: readonly PlanSpec[], context: FleetContext, rng: SeededRandom): StoredJob[] {
  const project = projectNamed(rng.pick(["churn-prediction", "fraud-detection", "demand-forecast"]));
  const startMs = drawGroupStart(context, rng);
  const name = `automl-${project.name.split("-")[0]}-${shortStamp(startMs)}`;
  const parentFields = {
    kind: "automl" as const,
    name,
    arn: `arn:aws:sagemaker:${context.region}:${context.accountId}:automl-job/${name.toLowerCase()}`,
    objectiveMetric: project.name === "demand-forecast" ? "validation:rmse" : "validation:auc",
    tags: buildTags({ project }, new Set(), context.studioDomainArn, rng),
  };

  return children.map((spec, index) => {
    const algorithm: AlgorithmId = index === 0 ? "sklearn" : rng.pick(["xgboost", "xgboost", "linear-learner"]);
    const model = algorithm === "sklearn" ? "automl-preprocessing" : drawModel(algorithm, project, rng);
    const objective = tuningObjective(algorithm, project.name, model);
    const plan = resolvePlan(
      {
        status: "Completed",
        secondary: "Completed",
        drawExtras: false,
        ...spec,
        algorithm,
        project: project.name,
        model,
        parent: { ...parentFields, childNumber: index + 1 },
        creationMs: startMs + index * rng.int(4, 15) * 60 * 1000,
        hyperParameterOverrides: algorithm === "sklearn" ? {} : { ...objective.fixed, _tuning_objective_metric: parentFields.objectiveMetric },
      },
      rng,
    );
    return buildJob(plan, context, rng);
  });
}

/**
 * Builds a job that reuses another job's warm pool, followed by that other
 * job, whose WarmPoolStatus names the first one. The reusing job comes first,
 * so a fleet cut between the two never names a job it does not contain.
 */
export function buildWarmPoolPair(reuserSpec: PlanSpec, reusedSpec: PlanSpec, context: FleetContext, rng: SeededRandom): StoredJob[] {
  const algorithm = reuserSpec.algorithm ?? rng.pick<AlgorithmId>(["pytorch", "xgboost", "huggingface"]);
  const project = projectNamed(rng.pick(ALGORITHMS[algorithm].projects));
  const shared = { algorithm, project: project.name, model: drawModel(algorithm, project, rng), resourceSeed: rng.int(0, 2 ** 32 - 1) };
  const reuserPlan = resolvePlan({ ...reuserSpec, ...shared, features: [...(reuserSpec.features ?? []), "warmPool"] }, rng);
  const reuser = buildJob(reuserPlan, context, rng);

  const gapSeconds = rng.int(30, 900);
  const reusedPlan = resolvePlan(
    {
      status: "Completed",
      secondary: "Completed",
      ...reusedSpec,
      ...shared,
      features: [...(reusedSpec.features ?? []), "warmPool"],
      endMs: reuser.job.CreationTime * 1000 - gapSeconds * 1000,
      warmPool: { status: "Reused", reusedByJob: reuser.job.TrainingJobName, retainedSeconds: gapSeconds },
    },
    rng,
  );
  return [reuser, buildJob(reusedPlan, context, rng)];
}

/** Returns the objective a tuning job of `algorithm` on `model` optimizes, with the hyperparameters that objective needs. */
function tuningObjective(algorithm: AlgorithmId, project: string, model: string): { metric: string; fixed: Record<string, string> } {
  switch (algorithm) {
    case "xgboost":
      return project === "demand-forecast"
        ? { metric: "validation:rmse", fixed: { objective: "reg:squarederror", eval_metric: "rmse" } }
        : { metric: "validation:auc", fixed: { objective: "binary:logistic", eval_metric: "auc" } };
    case "linear-learner":
      return { metric: "validation:objective_loss", fixed: {} };
    case "huggingface":
      return { metric: modelTask(model) === "text-classification" ? "eval_accuracy" : "eval_loss", fixed: {} };
    default:
      return { metric: "validation:loss", fixed: {} };
  }
}

/**
 * Draws how long after its batch started a tuning job launched the training
 * job at `position` in the batch. Each position gets its own 5-second window,
 * so siblings never share a CreationTime and list in launch order.
 */
function launchOffsetMs(position: number, rng: SeededRandom): number {
  return position * 5000 + rng.int(0, 4999);
}

/** Draws when a group of jobs began, leaving room for all of them to finish before `now`. */
function drawGroupStart(context: FleetContext, rng: SeededRandom): number {
  return rng.int(context.nowMs - FLEET_WINDOW_MS, context.nowMs - 48 * HOUR_MS);
}
