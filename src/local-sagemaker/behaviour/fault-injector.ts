import type { FaultErrorType, OperationFaults } from "./behaviour.js";
import { seededRandom, type RandomSource } from "./seeded-random.js";

/** The faults to apply to one call; at most one of `error`, `reset` and `malformed` is set. */
export type FaultDecision = {
  error?: FaultErrorType;
  reset: boolean;
  malformed: boolean;
  extraDelayMs: number;
};

const NO_FAULT: FaultDecision = { reset: false, malformed: false, extraDelayMs: 0 };

/**
 * Decides the faults of each call from a seeded generator, so that the same
 * seed and the same sequence of calls give the same faults. Every call with
 * faults configured draws exactly three numbers, whichever faults fire.
 */
export class FaultInjector {
  private random: RandomSource;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  /** Restarts the sequence, as when the fault settings change. */
  reseed(seed: number): void {
    this.random = seededRandom(seed);
  }

  decide(faults: OperationFaults | undefined): FaultDecision {
    if (faults === undefined) return NO_FAULT;

    const errorDraw = this.random();
    const resetDraw = this.random();
    const malformedDraw = this.random();

    const error = errorDraw < faults.errorRate ? faults.errorType : undefined;
    const reset = error === undefined && resetDraw < faults.resetRate;
    const malformed = error === undefined && !reset && malformedDraw < faults.malformedRate;
    return { error, reset, malformed, extraDelayMs: faults.slowMs };
  }
}
