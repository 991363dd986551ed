import type { Hardware } from "./algorithms.js";
import { ALGORITHMS } from "./algorithms.js";
import type { AlgorithmId, Feature } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";

/** How often a job that may carry a feature gets it when its plan does not force it. */
const FEATURE_PROBABILITIES: readonly (readonly [Feature, number])[] = [
  ["spot", 0.15],
  ["spotInterruption", 0.1],
  ["checkpoint", 0.1],
  ["distributed", 0.15],
  ["heterogeneousCluster", 0.02],
  ["vpc", 0.15],
  ["fsxLustre", 0.03],
  ["efs", 0.02],
  ["pipeMode", 0.15],
  ["fastFileMode", 0.08],
  ["augmentedManifest", 0.03],
  ["shuffle", 0.05],
  ["manifestFile", 0.03],
  ["shardedByS3Key", 0.1],
  ["gzipInput", 0.03],
  ["debugHook", 0.15],
  ["debugRules", 0.1],
  ["customDebugRule", 0.02],
  ["profiler", 0.3],
  ["profilerDisabled", 0.3],
  ["tensorBoard", 0.1],
  ["experiment", 0.25],
  ["labelingJob", 0.05],
  ["warmPool", 0.05],
  ["retryStrategy", 0.08],
  ["retryRestart", 0.02],
  ["secretEnvironment", 0.2],
  ["networkIsolation", 0.08],
  ["interContainerEncryption", 0.3],
  ["kmsEncryption", 0.15],
  ["outputCompression", 0.1],
  ["privateRegistry", 0.05],
  ["platformRegistryAccess", 0.03],
  ["modelPackage", 0.1],
  ["remoteDebug", 0.03],
  ["infraCheck", 0.04],
  ["mlflow", 0.1],
  ["trainingPlan", 0.02],
  ["pendingCapacity", 0.02],
  ["ultraServerPlacement", 0.005],
  ["instancePreferences", 0.01],
  ["containerEntrypoint", 0.1],
  ["nonAsciiText", 0.05],
  ["noTags", 0.05],
  ["datasetSource", 0.3],
  ["hubModel", 0.1],
  ["largeTokenCount", 0.15],
];

const CLUSTER_FEATURES: readonly Feature[] = [
  "spot", "spotInterruption", "checkpoint", "distributed", "vpc", "warmPool", "retryStrategy", "retryRestart", "networkIsolation",
  "interContainerEncryption", "trainingPlan", "pendingCapacity", "instancePreferences", "infraCheck", "remoteDebug",
];
const COMMON_FEATURES: readonly Feature[] = ["kmsEncryption", "outputCompression", "experiment", "nonAsciiText", "noTags", "mlflow", "modelPackage"];
const S3_INPUT_FEATURES: readonly Feature[] = ["shuffle", "manifestFile", "shardedByS3Key", "gzipInput"];

/** Features that reserve accelerated capacity: training plans and the instance lists behind them hold only GPU or Trainium types. */
const ACCELERATOR_FEATURES: readonly Feature[] = ["trainingPlan", "instancePreferences", "ultraServerPlacement", "heterogeneousCluster"];

/**
 * Features a job of `algorithm` on `hardware` may carry; the rest would make
 * a request SageMaker rejects or no one sends.
 */
function allowedFeatures(algorithm: AlgorithmId, hardware: Hardware): Set<Feature> {
  const profile = ALGORITHMS[algorithm];
  if (profile.family === "serverless") {
    const serverless: Feature[] = [...COMMON_FEATURES, "retryStrategy"];
    if (algorithm === "llm-fine-tuning") {
      serverless.push("datasetSource", "largeTokenCount");
    }
    return new Set(serverless);
  }

  const allowed = new Set<Feature>([...CLUSTER_FEATURES, ...COMMON_FEATURES, ...S3_INPUT_FEATURES, "profilerDisabled", "secretEnvironment", "fsxLustre", "efs"]);
  if (profile.inputModes.includes("Pipe")) allowed.add("pipeMode");
  if (profile.inputModes.includes("FastFile")) allowed.add("fastFileMode");
  if (algorithm === "image-classification" || algorithm === "blazingtext") {
    allowed.add("augmentedManifest");
    allowed.add("labelingJob");
  }
  if (algorithm === "xgboost" || algorithm === "pytorch" || algorithm === "tensorflow" || algorithm === "huggingface") {
    allowed.add("debugHook");
    allowed.add("debugRules");
    allowed.add("customDebugRule");
    allowed.add("tensorBoard");
  }
  if (profile.family === "framework" && algorithm !== "sklearn") {
    allowed.add("profiler");
  }
  if (algorithm === "pytorch" || algorithm === "tensorflow") allowed.add("heterogeneousCluster");
  if (algorithm === "pytorch") allowed.add("ultraServerPlacement");
  if (algorithm === "huggingface") allowed.add("hubModel");
  if (algorithm === "pytorch" || algorithm === "byoc") allowed.add("containerEntrypoint");
  if (algorithm === "byoc") {
    allowed.add("privateRegistry");
    allowed.add("platformRegistryAccess");
  }
  if (hardware === "cpu") {
    ACCELERATOR_FEATURES.forEach((feature) => allowed.delete(feature));
  }
  return allowed;
}

/**
 * Completes the features of a job. It adds drawn features to the forced ones
 * and keeps only those the algorithm allows. Then it applies the rules that
 * tie features together: for example, a file-system input needs a VPC, and a
 * spot job cannot keep a warm pool.
 */
export function completeFeatures(algorithm: AlgorithmId, hardware: Hardware, forced: readonly Feature[], drawExtras: boolean, rng: SeededRandom): Set<Feature> {
  const allowed = allowedFeatures(algorithm, hardware);
  const features = new Set<Feature>(forced.filter((feature) => allowed.has(feature)));
  if (drawExtras) {
    for (const [feature, probability] of FEATURE_PROBABILITIES) {
      if (allowed.has(feature) && rng.chance(probability)) {
        features.add(feature);
      }
    }
  }
  applyFeatureRules(algorithm, features, forced, rng);
  return features;
}

function applyFeatureRules(algorithm: AlgorithmId, features: Set<Feature>, forced: readonly Feature[], rng: SeededRandom): void {
  const has = (feature: Feature): boolean => features.has(feature);
  const add = (...added: Feature[]): void => {
    for (const feature of added) {
      features.add(feature);
    }
  };
  const drop = (...dropped: Feature[]): void => {
    for (const feature of dropped) {
      if (!forced.includes(feature)) {
        features.delete(feature);
      }
    }
  };

  const reservedCapacity: Feature[] = ["warmPool", "trainingPlan", "instancePreferences", "ultraServerPlacement", "pendingCapacity"];
  if (reservedCapacity.some((feature) => forced.includes(feature))) drop("spot", "spotInterruption");
  if (has("spotInterruption") && !has("spot")) drop("spotInterruption");
  if (has("spotInterruption")) add("spot");
  if (has("spot") && rng.chance(0.85)) add("checkpoint");
  if (has("spot")) drop(...reservedCapacity);
  if (has("retryRestart")) add("retryStrategy");
  if (has("spotInterruption") && has("retryRestart")) drop("retryRestart");

  if (has("fsxLustre") && has("efs")) drop("efs");
  if (has("fsxLustre") || has("efs") || has("privateRegistry")) add("vpc");
  if (has("fsxLustre") || has("efs")) drop("pipeMode", "fastFileMode", "augmentedManifest", "manifestFile", "gzipInput");
  if (has("labelingJob")) add("augmentedManifest");
  if (has("augmentedManifest")) add("pipeMode");
  if (has("augmentedManifest")) drop("manifestFile");
  if (has("pipeMode")) drop("fastFileMode");
  if (!has("pipeMode")) drop("gzipInput");
  if (has("privateRegistry")) drop("platformRegistryAccess");

  if (has("ultraServerPlacement")) add("trainingPlan", "distributed", "infraCheck");
  if (has("heterogeneousCluster")) add("distributed");
  if (has("heterogeneousCluster") || has("ultraServerPlacement")) drop("instancePreferences");
  if (has("heterogeneousCluster") || has("instancePreferences") || has("ultraServerPlacement")) drop("warmPool");
  if (has("heterogeneousCluster") || has("instancePreferences")) drop("trainingPlan");
  if (!has("distributed")) drop("interContainerEncryption");

  if (algorithm === "marketplace") add("networkIsolation");
  if (has("profiler")) drop("profilerDisabled");
  if (has("debugRules") || has("customDebugRule")) add("debugHook");
}
