import type { Hardware } from "./algorithms.js";
import { ALGORITHMS } from "./algorithms.js";
import type { AlgorithmId } from "./fleet.types.js";
import type { FleetProject } from "./projects.js";
import type { SeededRandom } from "./random.js";

/**
 * Prediction task of a model. It decides the metrics a job reports and the
 * shape of its hyperparameters. The models of built-in algorithms have no
 * entry in MODELS, because their objective or predictor type hyperparameter
 * sets their task.
 */
export type ModelTask =
  | "classification"
  | "forecasting"
  | "ranking"
  | "image-classification"
  | "object-detection"
  | "text-classification"
  | "text-generation"
  | "preprocessing";

/** A model that script-mode, own-image, marketplace or serverless jobs train. */
export type ModelProfile = {
  task: ModelTask;
  /** Algorithms able to train it; a job draws its model among those of its algorithm and project. */
  algorithms: readonly AlgorithmId[];
  /** Instance family it needs, when narrower than its algorithm's (tree models run on CPUs, vision models on GPUs). */
  hardware?: Hardware;
  /** Repository of the account's own training image, for `byoc` jobs. */
  repository?: string;
  /** Hugging Face Hub id that `huggingface` jobs fine-tune. */
  hubId?: string;
  /** Projects that use it, for models outside the projects' own lists (marketplace listings). */
  projects?: readonly string[];
};

/** The models of the fleet, keyed by the name that the `model` tag and hand-chosen job names carry. */
export const MODELS: Readonly<Record<string, ModelProfile>> = {
  "tabular-mlp": { task: "classification", algorithms: ["pytorch", "tensorflow"] },
  "gbm-baseline": { task: "classification", algorithms: ["sklearn"] },
  "random-forest": { task: "classification", algorithms: ["sklearn"] },
  graphsage: { task: "classification", algorithms: ["pytorch", "byoc"], hardware: "gpu", repository: "fraud/graphsage-train" },
  lightgbm: { task: "classification", algorithms: ["byoc"], hardware: "cpu", repository: "ml-trainers/lightgbm" },
  "wide-deep": { task: "classification", algorithms: ["tensorflow", "pytorch"] },
  "two-tower": { task: "ranking", algorithms: ["pytorch", "tensorflow"] },
  lambdamart: { task: "ranking", algorithms: ["byoc"], hardware: "cpu", repository: "ranking/lambdamart" },
  "ranking-gbm": { task: "ranking", algorithms: ["algorithm-resource"], projects: ["search-ranking"] },
  tft: { task: "forecasting", algorithms: ["pytorch"] },
  "lstm-forecast": { task: "forecasting", algorithms: ["pytorch", "tensorflow"] },
  prophet: { task: "forecasting", algorithms: ["byoc"], hardware: "cpu", repository: "forecasting/prophet-batch" },
  "hist-gbm": { task: "forecasting", algorithms: ["sklearn"] },
  "autogluon-tabular": { task: "classification", algorithms: ["marketplace"], projects: ["churn-prediction"] },
  "timeseries-forecaster": { task: "forecasting", algorithms: ["marketplace"], projects: ["demand-forecast"] },
  resnet50: { task: "image-classification", algorithms: ["pytorch", "tensorflow"], hardware: "gpu" },
  "efficientnet-b0": { task: "image-classification", algorithms: ["pytorch", "tensorflow"], hardware: "gpu" },
  "yolo-defects": { task: "object-detection", algorithms: ["pytorch", "byoc"], hardware: "gpu", repository: "vision/yolo-defects-train" },
  "distilbert-intent": { task: "text-classification", algorithms: ["huggingface"], hubId: "distilbert-base-uncased" },
  "distilbert-sentiment": { task: "text-classification", algorithms: ["huggingface"], hubId: "distilbert-base-uncased" },
  "roberta-base": { task: "text-classification", algorithms: ["huggingface"], hubId: "roberta-base" },
  "llama-3-8b-lora": { task: "text-generation", algorithms: ["huggingface"], hubId: "meta-llama/Meta-Llama-3-8B" },
  "mistral-7b-lora": { task: "text-generation", algorithms: ["huggingface"], hubId: "mistralai/Mistral-7B-v0.1" },
  "llama-3-1-8b-instruct": { task: "text-generation", algorithms: ["llm-fine-tuning", "llm-evaluation"] },
  "mistral-7b-instruct": { task: "text-generation", algorithms: ["llm-fine-tuning", "llm-evaluation"] },
  "qwen2-5-7b-instruct": { task: "text-generation", algorithms: ["llm-fine-tuning"] },
  /** The data-processing step of an AutoML job: it fits feature transforms, not a predictor, so it reports no metrics. */
  "automl-preprocessing": { task: "preprocessing", algorithms: ["sklearn"] },
};

/**
 * Draws the model a job of `algorithm` trains for `project`: the algorithm's
 * own model for built-ins, one of the algorithm's listed models for
 * marketplace, algorithm-resource and serverless jobs, otherwise one of the
 * project's models that the algorithm can train.
 * Throws a RangeError when none fits, which is a gap in the catalog.
 */
export function drawModel(algorithm: AlgorithmId, project: FleetProject, rng: SeededRandom): string {
  const profile = ALGORITHMS[algorithm];
  const listed = profile.models ?? project.models;
  const candidates = listed.filter((name) => {
    const model = MODELS[name];
    if (model === undefined) {
      return profile.family === "builtin";
    }
    return model.algorithms.includes(algorithm) && (model.projects === undefined || model.projects.includes(project.name));
  });
  if (candidates.length === 0) {
    throw new RangeError(`No model of project "${project.name}" runs on algorithm "${algorithm}": add one to MODELS or to the project's models.`);
  }
  return rng.pick(candidates);
}

/** Returns the catalog entry of `name`, or undefined for a built-in algorithm's model. */
export function modelProfile(name: string): ModelProfile | undefined {
  return MODELS[name];
}

/** Returns the task of `name`; built-in models (undefined here) take theirs from their hyperparameters. */
export function modelTask(name: string): ModelTask | undefined {
  return MODELS[name]?.task;
}

/** Returns the instance family that jobs of `algorithm` training `model` run on. */
export function hardwareOf(algorithm: AlgorithmId, model: string): Hardware {
  return MODELS[model]?.hardware ?? ALGORITHMS[algorithm].hardware;
}
