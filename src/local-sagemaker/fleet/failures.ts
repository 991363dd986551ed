import { ALGORITHMS } from "./algorithms.js";
import { builtInFailures } from "./failures.builtin.js";
import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { customFailures } from "./failures.custom.js";
import { downloadingFailures, startingFailures } from "./failures.setup.js";
import { sklearnFailures } from "./failures.sklearn.js";
import { tensorflowFailures } from "./failures.tensorflow.js";
import { huggingFaceFailures, pytorchFailures } from "./failures.torch.js";
import type { SeededRandom } from "./random.js";

export type { FailureFacts, InputSource } from "./failures.common.js";

/**
 * Writes a FailureReason in the style SageMaker uses for a job that failed in
 * `facts.stage`. A job that failed before training gets a one-line
 * CapacityError, ClientError or InternalServerError. A failure in the
 * training code speaks for the code that ran: a built-in algorithm's own
 * checks, a Python traceback of the script's framework (over 1,000
 * characters), an own image's exit code, or a serverless job's data checks.
 * Memory errors name the accelerator of the instance type: CUDA on NVIDIA
 * GPUs, the Neuron runtime on Trainium, host memory on CPU instances.
 */
export function describeFailure(facts: FailureFacts, rng: SeededRandom): string {
  return rng.pick(failureTemplates(facts))(facts, rng);
}

/** Lists the failures that fit a job; describeFailure draws one of them. */
export function failureTemplates(facts: FailureFacts): FailureTemplate[] {
  if (facts.stage === "starting") {
    return startingFailures(facts);
  }
  if (facts.stage === "downloading") {
    return downloadingFailures(facts);
  }
  switch (ALGORITHMS[facts.algorithm].family) {
    case "builtin":
      return builtInFailures(facts);
    case "framework":
      return scriptFailures(facts);
    default:
      return customFailures(facts);
  }
}

function scriptFailures(facts: FailureFacts): FailureTemplate[] {
  switch (facts.algorithm) {
    case "pytorch":
      return pytorchFailures(facts);
    case "huggingface":
      return huggingFaceFailures(facts);
    case "tensorflow":
      return tensorflowFailures(facts);
    default:
      return sklearnFailures(facts);
  }
}
