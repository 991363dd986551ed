import type { JobPlan } from "./fleet.types.js";
import type { PhaseDurations } from "./phases.js";
import type { SeededRandom } from "./random.js";
import type { Timeline } from "./timeline.js";

/** MaxRuntimeInSeconds choices, from one hour to ten days; SageMaker's default is one day. */
const RUNTIME_LIMITS = [3600, 7200, 14_400, 43_200, 86_400, 172_800, 432_000, 864_000];

/**
 * Builds StoppingCondition so that it agrees with the timeline: a job stopped
 * for MaxRuntimeExceeded ran exactly its limit, a job stopped for
 * MaxWaitTimeExceeded waited exactly its limit, and every other job stays
 * under both limits.
 */
export function buildStoppingCondition(plan: JobPlan, durations: PhaseDurations, timeline: Timeline, rng: SeededRandom): Record<string, number> {
  const plannedSeconds = (durations.downloadingMs + durations.trainingMs + durations.uploadingMs) / 1000;
  const ranSeconds = timeline.trainingStartMs !== undefined && timeline.trainingEndMs !== undefined ? (timeline.trainingEndMs - timeline.trainingStartMs) / 1000 : 0;
  const runSeconds = Math.max(plannedSeconds, ranSeconds);
  let maxRuntime = RUNTIME_LIMITS.find((limit) => limit >= runSeconds * 1.5) ?? RUNTIME_LIMITS[RUNTIME_LIMITS.length - 1];
  if (maxRuntime < 86_400 && rng.chance(0.6)) {
    maxRuntime = 86_400;
  }
  if (plan.secondary === "MaxRuntimeExceeded" && timeline.trainingStartMs !== undefined) {
    const lastTraining = [...timeline.transitions].reverse().find((transition) => transition.Status === "Training");
    maxRuntime = Math.floor((lastTraining?.EndTime ?? 0) - timeline.trainingStartMs / 1000);
  }

  const condition: Record<string, number> = { MaxRuntimeInSeconds: maxRuntime };
  if (plan.features.has("spot")) {
    const waitedSeconds = ((timeline.trainingEndMs ?? timeline.lastModifiedMs) - timeline.creationMs) / 1000;
    if (plan.secondary === "MaxWaitTimeExceeded") {
      condition.MaxWaitTimeInSeconds = Math.floor(waitedSeconds);
      condition.MaxRuntimeInSeconds = Math.min(maxRuntime, condition.MaxWaitTimeInSeconds);
    } else {
      condition.MaxWaitTimeInSeconds = Math.max(maxRuntime, Math.ceil((waitedSeconds * rng.float(1.5, 3)) / 3600) * 3600);
    }
  }
  if (plan.features.has("pendingCapacity")) {
    condition.MaxPendingTimeInSeconds = durations.pendingMs > 28_800_000 ? 43_200 : rng.pick([28_800, 43_200]);
  }
  return condition;
}

/**
 * Returns BillableTimeInSeconds: the training time, or for managed spot
 * training the discounted share of it, which is always smaller.
 */
export function billableSeconds(plan: JobPlan, trainingSeconds: number, rng: SeededRandom): number {
  if (!plan.features.has("spot")) {
    return trainingSeconds;
  }
  return Math.max(1, Math.min(trainingSeconds - 1, Math.round(trainingSeconds * rng.float(0.3, 0.8))));
}

/**
 * Builds WarmPoolStatus for a job with KeepAlivePeriodInSeconds: in use while
 * the job runs, then available, reused by a later job, or terminated.
 */
export function buildWarmPoolStatus(plan: JobPlan, keepAliveSeconds: number, timeline: Timeline, nowMs: number): Record<string, unknown> {
  if (plan.status === "InProgress" || plan.status === "Stopping") {
    return { Status: "InUse" };
  }

  const link = plan.warmPool;
  const endedMs = timeline.trainingEndMs ?? timeline.lastModifiedMs;
  if (link?.status === "Available") {
    return { Status: "Available", ResourceRetainedBillableTimeInSeconds: Math.max(0, Math.floor((nowMs - endedMs) / 1000)) };
  }
  if (link?.status === "Reused") {
    return { Status: "Reused", ResourceRetainedBillableTimeInSeconds: link.retainedSeconds ?? 0, ReusedByJob: link.reusedByJob };
  }
  return { Status: "Terminated", ResourceRetainedBillableTimeInSeconds: keepAliveSeconds };
}
