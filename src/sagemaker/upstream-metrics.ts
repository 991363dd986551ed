/** Outcome of one SageMaker call, as counted in metrics and logs. */
export type CallOutcome = "success" | "not_found" | "throttled" | "timeout" | "error";

/**
 * Counts SageMaker calls by operation and outcome for the life of the process,
 * plus the retries the SDK made inside them. `/metrics` and the benchmark read
 * these counters.
 */
export class UpstreamMetrics {
  private readonly calls = new Map<string, number>();
  private readonly retries = new Map<string, number>();
  private readonly durationsMs = new Map<string, number>();

  record(operation: string, outcome: CallOutcome, attempts: number, durationMs: number): void {
    const key = `${operation}\u0000${outcome}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    this.retries.set(operation, (this.retries.get(operation) ?? 0) + Math.max(0, attempts - 1));
    this.durationsMs.set(operation, (this.durationsMs.get(operation) ?? 0) + durationMs);
  }

  /** Calls by operation and outcome, e.g. `{ Search: { success: 3 } }`. */
  callsByOperation(): Record<string, Partial<Record<CallOutcome, number>>> {
    const result: Record<string, Partial<Record<CallOutcome, number>>> = {};
    for (const [key, count] of this.calls) {
      const [operation, outcome] = key.split("\u0000") as [string, CallOutcome];
      result[operation] ??= {};
      result[operation][outcome] = count;
    }
    return result;
  }

  retriesByOperation(): Record<string, number> {
    return Object.fromEntries(this.retries);
  }

  durationSecondsByOperation(): Record<string, number> {
    return Object.fromEntries([...this.durationsMs].map(([operation, ms]) => [operation, ms / 1000]));
  }
}
