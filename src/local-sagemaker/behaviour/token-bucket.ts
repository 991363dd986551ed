import type { Clock } from "../clock.js";
import type { OperationName } from "../operations/operation-names.js";
import type { ThrottleRule } from "./behaviour.js";

/** A token bucket that starts full with `burst` tokens and refills at `ratePerSecond`. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly rule: ThrottleRule,
    private readonly clock: Clock,
  ) {
    this.tokens = rule.burst;
    this.refilledAt = clock();
  }

  /** Takes one token; returns false when the bucket is empty. */
  tryTake(): boolean {
    const now = this.clock();
    const refill = ((now - this.refilledAt) / 1000) * this.rule.ratePerSecond;
    this.tokens = Math.min(this.rule.burst, this.tokens + refill);
    this.refilledAt = now;

    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** One token bucket per throttled operation; operations without a rule are never throttled. */
export class OperationThrottle {
  private buckets = new Map<OperationName, TokenBucket>();

  constructor(private readonly clock: Clock) {}

  /** Replaces every bucket with a full one for the given rules. */
  configure(rules: Partial<Record<OperationName, ThrottleRule>>): void {
    this.buckets = new Map();
    for (const [operation, rule] of Object.entries(rules) as [OperationName, ThrottleRule][]) {
      this.buckets.set(operation, new TokenBucket(rule, this.clock));
    }
  }

  /** Returns whether a call of `operation` may go ahead now, and counts it against the bucket if so. */
  admit(operation: OperationName): boolean {
    return this.buckets.get(operation)?.tryTake() ?? true;
  }
}
