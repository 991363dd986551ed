import { trainingJobArn, type ArnScope } from "../store/training-job-arn.js";
import { TRAINING_JOB_NAME_PATTERN } from "../validation/sagemaker-constraints.js";
import type { StoredJob, WireTag, WireTrainingJob } from "../wire.js";

/** A job record that cannot be stored; the message names the source, the member and the rule. */
export class InvalidJobRecordError extends Error {
  constructor(source: string, problem: string) {
    super(`Invalid training job record in ${source}: ${problem}.`);
    this.name = "InvalidJobRecordError";
  }
}

const NAME_REGEX = new RegExp(TRAINING_JOB_NAME_PATTERN);

/**
 * Turns a DescribeTrainingJob response body into a stored job. A `Tags`
 * list in the record becomes the job's tags. Every other member, known to
 * the SDK or not, is kept as it is. A record without TrainingJobArn gets one
 * built from the name in `scope`. Timestamps must already be epoch seconds,
 * the wire form.
 */
export function parseJobRecord(record: unknown, scope: ArnScope, source: string): StoredJob {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new InvalidJobRecordError(source, "expected a JSON object with the members of a DescribeTrainingJob response");
  }
  const { Tags: tags, ...members } = structuredClone(record) as Record<string, unknown>;

  const name = members.TrainingJobName;
  if (typeof name !== "string" || !NAME_REGEX.test(name)) {
    throw new InvalidJobRecordError(source, `TrainingJobName ${JSON.stringify(name)} must match ${TRAINING_JOB_NAME_PATTERN}`);
  }
  if (typeof members.TrainingJobStatus !== "string") {
    throw new InvalidJobRecordError(source, `TrainingJobStatus of ${name} must be a string`);
  }
  for (const member of ["CreationTime", "LastModifiedTime"]) {
    const value = members[member];
    if (value !== undefined && typeof value !== "number") {
      throw new InvalidJobRecordError(source, `${member} of ${name} must be epoch seconds as a JSON number, not ${JSON.stringify(value)}`);
    }
  }
  if (members.CreationTime === undefined) throw new InvalidJobRecordError(source, `CreationTime of ${name} is missing`);
  if (members.TrainingJobArn !== undefined && typeof members.TrainingJobArn !== "string") {
    throw new InvalidJobRecordError(source, `TrainingJobArn of ${name} must be a string`);
  }
  members.TrainingJobArn ??= trainingJobArn(scope, name);

  return { job: members as WireTrainingJob, tags: parseTags(tags, `${source} (${name})`) };
}

/** Parses one record or an array of records; each source is `source` and the record's index. */
export function parseJobRecords(records: unknown, scope: ArnScope, source: string): StoredJob[] {
  const list = Array.isArray(records) ? records : [records];
  return list.map((record, index) => parseJobRecord(record, scope, `${source} record ${index}`));
}

function parseTags(tags: unknown, source: string): WireTag[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags)) throw new InvalidJobRecordError(source, "Tags must be a list of {Key, Value} objects");

  return tags.map((tag: unknown, index) => {
    const candidate = tag as Partial<WireTag> | null;
    if (typeof candidate?.Key !== "string" || typeof candidate.Value !== "string") {
      throw new InvalidJobRecordError(source, `Tags[${index}] must be an object with string Key and Value`);
    }
    return { Key: candidate.Key, Value: candidate.Value };
  });
}
