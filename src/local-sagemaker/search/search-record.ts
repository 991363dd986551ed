import { DESCRIBE_ONLY_MEMBERS, type StoredJob } from "../wire.js";

/** One entry of a Search response's `Results` for `Resource: "TrainingJob"`. */
export type TrainingJobSearchRecord = { TrainingJob: Record<string, unknown> };

const DESCRIBE_ONLY = new Set<string>(DESCRIBE_ONLY_MEMBERS);

/**
 * Builds Search's view of a stored job: the DescribeTrainingJob body without
 * the members only DescribeTrainingJob returns, plus `Tags`. A job without
 * tags has no `Tags` member, as in published Search responses. The record is
 * a deep copy, so callers cannot change the store through it.
 */
export function toSearchRecord(stored: StoredJob): TrainingJobSearchRecord {
  const trainingJob: Record<string, unknown> = {};

  for (const [member, value] of Object.entries(stored.job)) {
    if (DESCRIBE_ONLY.has(member) || value === undefined) continue;
    trainingJob[member] = structuredClone(value);
  }

  if (stored.tags.length > 0) trainingJob.Tags = structuredClone(stored.tags);

  return { TrainingJob: trainingJob };
}
