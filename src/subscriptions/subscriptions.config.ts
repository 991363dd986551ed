import { ConfigError, readInteger } from "../config/config.js";

type Env = Record<string, string | undefined>;

/** Call budget and limits of the shared poller behind `trainingJobUpdated`. */
export type SubscriptionSettings = {
  /** Average SageMaker calls per second the poller may make, over all subscribers of this process. */
  maxCallsPerSecond: number;
  /** Shortest time between the starts of two polls, in milliseconds. */
  minIntervalMs: number;
  /** ListTrainingJobs pages (100 jobs each, newest first) one poll may read. */
  sweepMaxPages: number;
  /** DescribeTrainingJob calls one poll may make for jobs watched by name. */
  maxDescribesPerPoll: number;
};

/** Reads the `SUBSCRIPTION_*` settings; see docs/subscriptions.md for the delay they give. */
export function readSubscriptionSettings(env: Env): SubscriptionSettings {
  return {
    maxCallsPerSecond: readDecimal(env, "SUBSCRIPTION_MAX_CALLS_PER_SECOND", 1, 0.01, 100),
    minIntervalMs: readInteger(env, "SUBSCRIPTION_MIN_INTERVAL_MS", 2_000, 50, 3_600_000),
    sweepMaxPages: readInteger(env, "SUBSCRIPTION_SWEEP_MAX_PAGES", 3, 1, 20),
    maxDescribesPerPoll: readInteger(env, "SUBSCRIPTION_MAX_DESCRIBES_PER_POLL", 10, 0, 100),
  };
}

function readDecimal(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;

  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(variable, raw, `a number from ${min} to ${max}`);
  }
  return value;
}
