import type { AlgorithmId, FleetContext } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";
import { isGpuInstance, isTrainiumInstance } from "./resources.js";

/**
 * The image or algorithm resource a job runs: AlgorithmSpecification takes
 * either a TrainingImage or an AlgorithmName.
 */
export type CodeSource = { TrainingImage: string } | { AlgorithmName: string };

/** Seller accounts of the marketplace-like algorithms; the numbers are made up for the fleet. */
const MARKETPLACE_ALGORITHMS = [
  { seller: "594180270386", name: "autogluon-tabular-v1-3", productId: "7c0f2d9e41b34d8a9e1f3c5b6a7d8e90" },
  { seller: "301217895009", name: "timeseries-forecaster-v4", productId: "c2a91be04f5d4e7f8a6b3c1d2e9f0a17" },
];

const BYOC_REPOSITORIES = [
  "ml-trainers/lightgbm",
  "ml-trainers/catboost",
  "fraud/graphsage-train",
  "forecasting/prophet-batch",
  "ranking/lambdamart",
];

/** Returns what the job runs for `algorithm` on `instanceType`, or undefined for serverless jobs. */
export function codeSourceFor(
  algorithm: AlgorithmId,
  instanceType: string,
  privateRegistry: boolean,
  context: FleetContext,
  rng: SeededRandom,
): CodeSource | undefined {
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
      return dlc(
        rng.pick([
          "huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04",
          "huggingface-pytorch-training:1.13.1-transformers4.26.0-gpu-py39-cu117-ubuntu20.04",
        ]),
      );
    case "byoc":
      return privateRegistry
        ? { TrainingImage: `registry.ml.example.internal:5000/trainers/tabnet:0.9.${rng.int(0, 4)}` }
        : ecr(accountId, `${rng.pick(BYOC_REPOSITORIES)}:${rng.pick(["latest", "1.4.2", `2025.${rng.int(1, 9)}-${rng.hex(7)}`])}`);
    case "marketplace": {
      const listing = rng.pick(MARKETPLACE_ALGORITHMS);
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
