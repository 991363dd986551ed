import type { FleetJob } from "./fleet.fixture.js";

/** What a model predicts, as far as its metrics go. */
export type Task = "classification" | "regression" | "ranking" | "detection" | "images" | "text" | "generation" | "clustering" | "tabular";

/** Where a model can come from and what it predicts. */
export type ModelFacts = {
  /** Matches the training image, algorithm name or serverless base model of a job that trains the model. */
  code: RegExp;
  task: Task;
  /** Whether the model is a neural network trained in epochs. */
  neural?: true;
};

const DEEP_LEARNING = /\/(pytorch|tensorflow)-training(-neuronx)?:/;
const PYTORCH = /\/pytorch-training(-neuronx)?:/;
const HUGGING_FACE = /\/huggingface-pytorch-training:/;
const SCIKIT_LEARN = /\/sagemaker-scikit-learn:/;

/**
 * Which code can train each model the fleet names, written from what the
 * libraries do rather than read from the generator: LightGBM is its own
 * library, a random forest here is scikit-learn's, an LSTM is a network of
 * PyTorch or TensorFlow, Llama fine-tuning runs on the Hugging Face image.
 * Built-in algorithms train only themselves; their task (`tabular`) depends
 * on the objective they were given.
 */
export const MODEL_FACTS: Readonly<Record<string, ModelFacts>> = {
  xgboost: { code: /\/sagemaker-xgboost:/, task: "tabular" },
  "linear-learner": { code: /\/linear-learner:/, task: "tabular" },
  "factorization-machines": { code: /\/factorization-machines:/, task: "tabular" },
  kmeans: { code: /\/kmeans:/, task: "clustering" },
  blazingtext: { code: /\/blazingtext:/, task: "text" },
  "image-classification": { code: /\/image-classification:/, task: "images" },
  "tabular-mlp": { code: DEEP_LEARNING, task: "classification", neural: true },
  "wide-deep": { code: DEEP_LEARNING, task: "classification", neural: true },
  graphsage: { code: /\/pytorch-training(-neuronx)?:|\/graphsage[-\w]*:/, task: "classification", neural: true },
  lightgbm: { code: /\/lightgbm:/, task: "classification" },
  "random-forest": { code: SCIKIT_LEARN, task: "classification" },
  "gbm-baseline": { code: SCIKIT_LEARN, task: "classification" },
  "autogluon-tabular": { code: /:algorithm\/autogluon-tabular/, task: "classification" },
  "two-tower": { code: DEEP_LEARNING, task: "ranking", neural: true },
  lambdamart: { code: /\/lambdamart:/, task: "ranking" },
  "ranking-gbm": { code: /ranking-gbm/, task: "ranking" },
  tft: { code: PYTORCH, task: "regression", neural: true },
  "lstm-forecast": { code: DEEP_LEARNING, task: "regression", neural: true },
  prophet: { code: /\/prophet[-\w]*:/, task: "regression" },
  "hist-gbm": { code: SCIKIT_LEARN, task: "regression" },
  "timeseries-forecaster": { code: /:algorithm\/timeseries-forecaster/, task: "regression" },
  resnet50: { code: DEEP_LEARNING, task: "images", neural: true },
  "efficientnet-b0": { code: DEEP_LEARNING, task: "images", neural: true },
  "yolo-defects": { code: /\/pytorch-training(-neuronx)?:|\/yolo[-\w]*:/, task: "detection", neural: true },
  "distilbert-intent": { code: HUGGING_FACE, task: "text", neural: true },
  "distilbert-sentiment": { code: HUGGING_FACE, task: "text", neural: true },
  "roberta-base": { code: HUGGING_FACE, task: "text", neural: true },
  "llama-3-8b-lora": { code: HUGGING_FACE, task: "generation", neural: true },
  "mistral-7b-lora": { code: HUGGING_FACE, task: "generation", neural: true },
  "llama-3-1-8b-instruct": { code: /llama-3-1-8b-instruct/, task: "generation", neural: true },
  "mistral-7b-instruct": { code: /mistral-7b-instruct/, task: "generation", neural: true },
  "qwen2-5-7b-instruct": { code: /qwen2-5-7b-instruct/, task: "generation", neural: true },
};

/** Returns what a job runs: its training image, its algorithm resource, or the base model of a serverless job. */
export function codeOf(job: FleetJob): string {
  return job.AlgorithmSpecification?.TrainingImage ?? job.AlgorithmSpecification?.AlgorithmName ?? job.ServerlessJobConfig?.BaseModelArn ?? "";
}

function pascalCase(words: string): string {
  return words
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/**
 * Returns the model that a job name mentions, in kebab case (`tft-demand-
 * forecast-v3`) or Pascal case (`DemandForecast-LstmForecast-v9`), or
 * undefined. The longest match wins, so `distilbert-sentiment` is not read
 * as another model that shares a prefix.
 */
export function modelInName(name: string): string | undefined {
  const lower = name.toLowerCase();
  const found = Object.keys(MODEL_FACTS).filter((model) => lower.includes(model) || name.includes(pascalCase(model)));
  return found.sort((left, right) => right.length - left.length)[0];
}

/** Classification measures: a model that predicts a number never reports them. */
const CLASSIFICATION = new Set(["auc", "accuracy", "f1", "logloss", "error", "merror", "mlogloss", "aucpr", "roc_auc_score", "binary_classification_accuracy", "binary_f_beta"]);
/** Regression measures: a classifier never reports them. */
const REGRESSION = new Set(["rmse", "mae", "mape", "mse", "r2", "absolute_loss"]);

/** Returns the measure of a metric name without its channel and `eval_` prefix: `validation:auc` -> `auc`. */
export function measureOf(metricName: string): string {
  const measure = metricName.includes(":") ? metricName.split(":")[1] : metricName;
  return measure.replace(/^eval_/, "");
}

/** Returns whether a metric measures classification, regression, or neither. */
export function metricKind(metricName: string): "classification" | "regression" | undefined {
  const measure = measureOf(metricName);
  return CLASSIFICATION.has(measure) ? "classification" : REGRESSION.has(measure) ? "regression" : undefined;
}
