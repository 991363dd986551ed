import type { OperationName } from "../operations/operation-names.js";

/** Error types a fault can respond with, and the HTTP status SageMaker uses for each. */
export const FAULT_ERROR_STATUS = {
  InternalFailure: 500,
  ServiceUnavailable: 503,
  ThrottlingException: 400,
} as const;

export type FaultErrorType = keyof typeof FAULT_ERROR_STATUS;

/** Injected failures of one operation. Rates are probabilities per call, from 0 to 1. */
export type OperationFaults = {
  /** Share of calls that get `errorType` instead of running the operation. */
  errorRate: number;
  errorType: FaultErrorType;
  /** Extra delay in ms on every call, on top of the latency. */
  slowMs: number;
  /** Share of calls whose socket is destroyed after the headers and half of the body. */
  resetRate: number;
  /** Share of calls that get 200 with a body that is not valid JSON. */
  malformedRate: number;
};

/** A token bucket: `burst` calls at once, refilled at `ratePerSecond`. */
export type ThrottleRule = { ratePerSecond: number; burst: number };

/** Faults keyed by operation; `*` applies to every operation without its own entry. */
export type FaultsByOperation = Partial<Record<OperationName | "*", OperationFaults>>;

/** Behaviour settings of the local SageMaker, settable at start and at runtime. */
export type Behaviour = {
  /** Delay in ms before every response of every operation. */
  latencyMs: number;
  /** Extra delay in ms per operation, added to `latencyMs`. */
  latencyMsByOperation: Partial<Record<OperationName, number>>;
  throttle: Partial<Record<OperationName, ThrottleRule>>;
  faults: FaultsByOperation;
  /** Number of newest jobs (by CreationTime) that Search does not see yet. */
  searchLagJobs: number;
  /** Search returns each job as it was at least this many ms ago. */
  searchLagMs: number;
  /** Time in ms from Stopping to Stopped after StopTrainingJob. */
  stopDelayMs: number;
  /** Time in ms between progression steps of running jobs; 0 turns progression off. */
  progressionIntervalMs: number;
  /** Running jobs moved one step further at each progression step. */
  progressionJobsPerStep: number;
  /** At each progression step a new job starts while fewer jobs than this are InProgress. */
  minActiveJobs: number;
};

export const DEFAULT_BEHAVIOUR: Behaviour = {
  latencyMs: 0,
  latencyMsByOperation: {},
  throttle: {},
  faults: {},
  searchLagJobs: 0,
  searchLagMs: 0,
  stopDelayMs: 2_000,
  progressionIntervalMs: 0,
  progressionJobsPerStep: 2,
  minActiveJobs: 0,
};

export const DEFAULT_OPERATION_FAULTS: OperationFaults = {
  errorRate: 0,
  errorType: "InternalFailure",
  slowMs: 0,
  resetRate: 0,
  malformedRate: 0,
};

/** Returns `current` with each member of `update` replacing the member of the same name. */
export function applyBehaviourUpdate(current: Behaviour, update: Partial<Behaviour>): Behaviour {
  const next: Behaviour = { ...current };
  for (const [member, value] of Object.entries(update) as [keyof Behaviour, unknown][]) {
    if (value !== undefined) (next as Record<keyof Behaviour, unknown>)[member] = value;
  }
  return next;
}

/** Returns the faults that apply to an operation, or undefined when none are set. */
export function faultsFor(behaviour: Behaviour, operation: OperationName): OperationFaults | undefined {
  return behaviour.faults[operation] ?? behaviour.faults["*"];
}
