import type { AlgorithmId, HaltStage } from "./fleet.types.js";
import { hostMemoryGiB } from "./instance-specs.js";
import type { SeededRandom } from "./random.js";

/** Source of a job's first input channel. */
export type InputSource = {
  kind: "s3" | "fsx" | "efs" | "dataset";
  /** S3 URI, file-system directory or dataset ARN. */
  location: string;
  fileSystemId?: string;
};

/** Facts about a failed job that its failure message mentions. */
export type FailureFacts = {
  stage: HaltStage;
  algorithm: AlgorithmId;
  model: string;
  project: string;
  /** Instance type that runs the training code; empty for serverless jobs. */
  instanceType: string;
  /** TrainingImage; empty for algorithm resources and serverless jobs. */
  image: string;
  /** AlgorithmName of marketplace and algorithm-resource jobs. */
  algorithmName?: string;
  roleArn: string;
  input: InputSource;
  hyperParameters: Readonly<Record<string, string>>;
  /** Whether the job's texts use non-ASCII characters, which some messages then quote. */
  nonAscii: boolean;
};

/** Writes one kind of failure message. */
export type FailureTemplate = (facts: FailureFacts, rng: SeededRandom) => string;

/**
 * Writes the message of a job whose instance ran out of host memory, so the
 * kernel killed the training process (exit code 137). It names the
 * instance's memory so the fix (a larger type) is plain.
 */
export const hostOutOfMemory: FailureTemplate = (facts) => {
  const memory = hostMemoryGiB(facts.instanceType);
  const size = memory === undefined ? "" : ` (${memory} GiB)`;
  return `OutOfMemoryError: The training process on algo-1 was killed with exit code 137 because ${facts.instanceType}${size} ran out of memory. Choose an instance type with more memory or load less data at once.`;
};

/** Returns a hyperparameter's value as the job's code reads it: script-mode values lose their JSON quotes. */
export function parameter(facts: FailureFacts, key: string, fallback: string): string {
  const raw = facts.hyperParameters[key];
  if (raw === undefined) {
    return fallback;
  }
  return raw.startsWith('"') ? String(JSON.parse(raw)) : raw;
}

/** Returns the number of epochs the job's code runs, 1 when it sets none. */
export function epochsOf(facts: FailureFacts): number {
  return Number(parameter(facts, "epochs", parameter(facts, "epoch_count", "1")));
}

/** Returns the path of file `name` under the job's first input location. */
export function inputFile(facts: FailureFacts, name: string): string {
  const location = facts.input.location;
  return location.endsWith("/") ? `${location}${name}` : `${location}/${name}`;
}
