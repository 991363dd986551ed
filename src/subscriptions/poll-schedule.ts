import type { SubscriptionSettings } from "./subscriptions.config.js";

/** Maximum wait between polls while SageMaker keeps failing, in milliseconds, unless the call budget needs longer. */
const MAX_FAILURE_DELAY_MS = 60_000;

/**
 * Milliseconds from the start of one poll to the start of the next. A poll
 * that made `calls` SageMaker calls waits long enough to keep the average at
 * `maxCallsPerSecond`, and at least `minIntervalMs`. After `failures` polls
 * in a row failed, the wait doubles per failure up to one minute (or the
 * budgeted wait when that is longer), so that a throttled or unreachable
 * SageMaker is not asked again at full rate.
 */
export function pollDelayMs(calls: number, failures: number, settings: SubscriptionSettings): number {
  const budgeted = Math.max(settings.minIntervalMs, Math.ceil((1_000 * calls) / settings.maxCallsPerSecond));
  if (failures === 0) return budgeted;
  return Math.max(budgeted, Math.min(MAX_FAILURE_DELAY_MS, budgeted * 2 ** Math.min(failures, 10)));
}
