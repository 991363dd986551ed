import { OPERATION_NAMES, type OperationName } from "../operations/operation-names.js";

export type CountsByOperation = Record<OperationName, number>;

/**
 * Calls per operation, by how they ended:
 * - served: the operation ran and returned a result or its own error, such
 *   as a ValidationException. A fault that cuts or spoils the response
 *   afterwards does not remove the call from this count.
 * - throttled: rejected with ThrottlingException by a token bucket or by a
 *   fault of that type.
 * - failed: hit by any other injected fault (error, reset, malformed body).
 */
export type CallStatsSnapshot = { served: CountsByOperation; throttled: CountsByOperation; failed: CountsByOperation };

export type CallOutcome = keyof CallStatsSnapshot;

export class CallStats {
  private counts = emptySnapshot();

  record(outcome: CallOutcome, operation: OperationName): void {
    this.counts[outcome][operation] += 1;
  }

  snapshot(): CallStatsSnapshot {
    return structuredClone(this.counts);
  }

  reset(): void {
    this.counts = emptySnapshot();
  }
}

function emptySnapshot(): CallStatsSnapshot {
  const zeros = (): CountsByOperation => Object.fromEntries(OPERATION_NAMES.map((name) => [name, 0])) as CountsByOperation;
  return { served: zeros(), throttled: zeros(), failed: zeros() };
}
