import { ALGORITHMS } from "./algorithms.js";
import type { JobPlan } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";
import type { Timeline } from "./timeline.js";

/** TrainingProgressInfo as it travels on the wire. */
export type WireProgressInfo = { TotalStepCountPerEpoch: number; CurrentStep: number; CurrentEpoch: number; MaxEpoch: number };

/**
 * Builds ProgressInfo, which @aws-sdk/client-sagemaker 3.1142.0 documents as
 * the progress of a serverless training job, so cluster jobs never carry it.
 * It appears once the job reached its Training phase. A job that finished
 * training (Uploading, Completed) is at the last step of its last epoch.
 * A job still training is where its elapsed Training time puts it. A job
 * that failed or was stopped is somewhere before the end.
 * `trainingMs` is the planned length of the Training phase.
 */
export function buildProgressInfo(plan: JobPlan, epochs: number, timeline: Timeline, trainingMs: number, nowMs: number, rng: SeededRandom): WireProgressInfo | undefined {
  const trained = timeline.transitions.some((transition) => transition.Status === "Training");
  if (ALGORITHMS[plan.algorithm].family !== "serverless" || !trained) {
    return undefined;
  }

  const maxEpoch = Math.max(1, epochs);
  const totalSteps = rng.int(200, 5000);
  const share = completedShare(plan, timeline, trainingMs, nowMs, rng);
  if (share === 1) {
    return { TotalStepCountPerEpoch: totalSteps, CurrentStep: totalSteps, CurrentEpoch: maxEpoch, MaxEpoch: maxEpoch };
  }

  // Steps are counted from 1 within each epoch, and the share stays below 1, so the position is never the last step of the last epoch.
  const stepsDone = Math.floor(share * maxEpoch * totalSteps);
  const epochIndex = Math.floor(stepsDone / totalSteps);
  return { TotalStepCountPerEpoch: totalSteps, CurrentStep: Math.max(1, stepsDone - epochIndex * totalSteps), CurrentEpoch: epochIndex + 1, MaxEpoch: maxEpoch };
}

/** Returns the share of the planned steps a job has run: 1 after training, below 1 otherwise. */
function completedShare(plan: JobPlan, timeline: Timeline, trainingMs: number, nowMs: number, rng: SeededRandom): number {
  if (plan.secondary === "Completed" || plan.secondary === "Uploading") {
    return 1;
  }
  const last = timeline.transitions[timeline.transitions.length - 1];
  if (timeline.running && last.Status === "Training") {
    const elapsedMs = nowMs - last.StartTime * 1000;
    return Math.min(0.99, Math.max(0.01, elapsedMs / trainingMs));
  }
  return rng.float(0.05, 0.95);
}
