import type { FleetContext, JobPlan } from "./fleet.types.js";
import { modelProfile } from "./models.js";
import type { SeededRandom } from "./random.js";
import { isGpuInstance, isTrainiumInstance } from "./resources.js";

/**
 * The image or algorithm resource a job runs: AlgorithmSpecification takes
 * either a TrainingImage or an AlgorithmName.
 */
export type CodeSource = { TrainingImage: string } | { AlgorithmName: string };

/** Marketplace listings by the model they train; the seller accounts and product ids are made up for the fleet. */
const MARKETPLACE_ALGORITHMS: Readonly<Record<string, { seller: string; name: string; productId: string }>> = {
  "autogluon-tabular": { seller: "594180270386", name: "autogluon-tabular-v1-3", productId: "7c0f2d9e41b34d8a9e1f3c5b6a7d8e90" },
  "timeseries-forecaster": { seller: "301217895009", name: "timeseries-forecaster-v4", productId: "c2a91be04f5d4e7f8a6b3c1d2e9f0a17" },
};

const HUGGING_FACE_IMAGES = [
  "huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04",
  "huggingface-pytorch-training:1.13.1-transformers4.26.0-gpu-py39-cu117-ubuntu20.04",
];

/** Returns what a job of `plan` runs on `instanceType`, or undefined for serverless jobs. */
export function codeSourceFor(plan: JobPlan, instanceType: string, context: FleetContext, rng: SeededRandom): CodeSource | undefined {
  const algorithm = plan.algorithm;
  const { registries, region, accountId } = context;
  const ecr = (account: string, repositoryAndTag: string): CodeSource => ({
    TrainingImage: `${account}.dkr.ecr.${region}.amazonaws.com/${repositoryAndTag}`,
  });
  const dlc = (repositoryAndTag: string): CodeSource => ecr(registries.deepLearningContainers, repositoryAndTag);

  switch (algorithm) {
    case "xgboost":
      return ecr(registries.frameworks, `sagemaker-xgboost:${rng.pick(["1.7-1", "1.7-1", "1.5-1", "1.3-1"])}`);
    case "sklearn":
      return ecr(registries.frameworks, "sagemaker-scikit-learn:1.2-1-cpu-py3");
    case "kmeans":
    case "linear-learner":
    case "factorization-machines":
      return ecr(registries.tabularBuiltins, `${algorithm}:1`);
    case "blazingtext":
    case "image-classification":
      return ecr(registries.mediaBuiltins, `${algorithm}:1`);
    case "pytorch":
      return dlc(pytorchImage(instanceType, rng));
    case "tensorflow":
      return dlc(
        isGpuInstance(instanceType)
          ? rng.pick(["tensorflow-training:2.16.2-gpu-py310-cu123-ubuntu20.04-sagemaker", "tensorflow-training:2.14.1-gpu-py310-cu118-ubuntu20.04-sagemaker"])
          : "tensorflow-training:2.16.2-cpu-py310-ubuntu20.04-sagemaker",
      );
    case "huggingface":
      // Recent language models need a recent transformers release (Mistral needs 4.34 or later), so they get the newer image only.
      return dlc(
        modelProfile(plan.model)?.task === "text-generation"
          ? HUGGING_FACE_IMAGES[0]
          : rng.pick(HUGGING_FACE_IMAGES),
      );
    case "byoc": {
      const repository = modelProfile(plan.model)?.repository ?? `ml-trainers/${plan.model}`;
      return plan.features.has("privateRegistry")
        ? { TrainingImage: `registry.ml.example.internal:5000/${repository}:0.9.${rng.int(0, 4)}` }
        : ecr(accountId, `${repository}:${rng.pick(["latest", "1.4.2", `2025.${rng.int(1, 9)}-${rng.hex(7)}`])}`);
    }
    case "marketplace": {
      const listing = MARKETPLACE_ALGORITHMS[plan.model] ?? MARKETPLACE_ALGORITHMS["autogluon-tabular"];
      return { AlgorithmName: `arn:aws:sagemaker:${region}:${listing.seller}:algorithm/${listing.name}-${listing.productId}` };
    }
    case "algorithm-resource":
      return { AlgorithmName: rng.chance(0.5) ? "ranking-gbm-v3" : `arn:aws:sagemaker:${region}:${accountId}:algorithm/ranking-gbm-v3` };
    case "llm-fine-tuning":
    case "llm-evaluation":
      return undefined;
  }
}

function pytorchImage(instanceType: string, rng: SeededRandom): string {
  if (isTrainiumInstance(instanceType)) {
    return "pytorch-training-neuronx:2.1.2-neuronx-py310-sdk2.20.0-ubuntu20.04";
  }
  if (!isGpuInstance(instanceType)) {
    return "pytorch-training:2.3.0-cpu-py311-ubuntu20.04-sagemaker";
  }
  return rng.pick([
    "pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker",
    "pytorch-training:2.5.1-gpu-py311-cu124-ubuntu22.04-sagemaker",
    "pytorch-training:2.1.0-gpu-py310-cu121-ubuntu20.04-sagemaker",
  ]);
}

/** Returns the image that evaluates debugger and profiler rules in the fleet's region. */
export function debuggerRulesImage(context: FleetContext): string {
  return `${context.registries.debuggerRules}.dkr.ecr.${context.region}.amazonaws.com/sagemaker-debugger-rules:latest`;
}
