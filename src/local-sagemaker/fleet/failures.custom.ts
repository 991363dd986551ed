import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { epochsOf, parameter } from "./failures.common.js";
import { hostMemoryGiB } from "./instance-specs.js";

/** Returns the name of a marketplace or algorithm-resource algorithm, without the ARN around it. */
function algorithmNameOf(facts: FailureFacts): string {
  return (facts.algorithmName ?? facts.model).split("/").pop() ?? facts.model;
}

/**
 * Lists the failures of a bring-your-own image. Such an image does not run
 * through SageMaker's script toolkit, so its failures report what the
 * container itself did: the exit code and the last log line.
 */
const containerKilled: FailureTemplate = (facts) => {
  const memory = hostMemoryGiB(facts.instanceType);
  const size = memory === undefined ? "" : ` (${memory} GiB)`;
  return `AlgorithmError: The training container exited with code 137: it was killed after using all the memory of ${facts.instanceType}${size}. Choose an instance type with more memory or lower the container's memory use.`;
};

const wrongPlatform: FailureTemplate = () =>
  "AlgorithmError: The training container exited with code 1. Last log line: \"exec /usr/local/bin/train: exec format error\". The image was built for linux/arm64; training instances need linux/amd64 images.";

/** Own images read the `training` channel, which SageMaker copies from its source to /opt/ml/input/data/training. */
const noInputFiles: FailureTemplate = (facts) =>
  `AlgorithmError: The training container exited with code 2. Last log line: "train: no input files matched /opt/ml/input/data/training/*.parquet". Check that channel 'training' (${facts.input.location}) holds Parquet files.`;

const missingLabel: FailureTemplate = (facts) => {
  const key = facts.hyperParameters.label !== undefined ? "label" : "target";
  return `ClientError: Algorithm ${algorithmNameOf(facts)} could not train: the training data has no column '${parameter(facts, key, "label")}', which the ${key} hyperparameter names.`;
};

const timeLimit: FailureTemplate = (facts) =>
  `AlgorithmError: Algorithm ${algorithmNameOf(facts)} fitted no model within time_limit=${parameter(facts, "time_limit", "3600")} seconds. Raise time_limit or choose a faster preset.`;

const missingQueryGroups: FailureTemplate = (facts) =>
  `ClientError: Algorithm ${algorithmNameOf(facts)} needs a 'query_id' column to group the rows of channel 'validation' into ranked lists, and the data has none.`;

const invalidConversation: FailureTemplate = (_facts, rng) =>
  `ClientError: Record ${rng.int(2, 40_000)} of train.jsonl does not follow the Converse format: the turns in 'messages' must alternate between the user and assistant roles and end with an assistant turn.`;

const divergedLoss: FailureTemplate = (facts, rng) =>
  `AlgorithmError: Training stopped because the loss became NaN at step ${rng.int(50, 4000)} of epoch ${rng.int(1, epochsOf(facts))}. Lower learning_rate (${parameter(facts, "learning_rate", "0.0002")}) and start a new job.`;

const missingReference: FailureTemplate = (_facts, rng) =>
  `ClientError: Record ${rng.int(2, 5000)} of test.jsonl has no reference text, which the evaluation needs to score the model's output.`;

/**
 * Lists the failures of a job whose code AWS does not run through its script
 * toolkit: container exits of an own image, the checks of a marketplace or
 * algorithm resource, and the data and loss checks of a serverless job.
 */
export function customFailures(facts: FailureFacts): FailureTemplate[] {
  switch (facts.algorithm) {
    case "byoc":
      return [containerKilled, wrongPlatform, noInputFiles];
    case "marketplace":
      return [missingLabel, timeLimit];
    case "algorithm-resource":
      return [missingQueryGroups, containerKilled];
    case "llm-fine-tuning":
      return [invalidConversation, divergedLoss];
    case "llm-evaluation":
      return [missingReference];
    default:
      throw new RangeError(`Algorithm "${facts.algorithm}" runs AWS or script code: list its failures with its own family.`);
  }
}
